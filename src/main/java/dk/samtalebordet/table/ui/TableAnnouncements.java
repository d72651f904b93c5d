package dk.samtalebordet.table.ui;

import dk.samtalebordet.agreement.AgreementModel.AgreementChanged;
import dk.samtalebordet.agreement.AgreementModel.AgreementRemoved;
import dk.samtalebordet.concept.Picture;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.table.TableModel.FocusChanged;
import dk.samtalebordet.table.TableModel.PieceChanged;
import dk.samtalebordet.table.TableModel.PieceKind;

/**
 * What the table says in words when another participant changes it: a piece laid on or taken off the table, the
 * focus moved, an agreement added, changed or removed ("Mads Østergaard lagde stikordet Motivation på bordet").
 * Said after the widgets show the change, with the wording and the agreement as they are now.
 */
final class TableAnnouncements {

    private TableAnnouncements() {
    }

    static void announce(TableContext ctx, TableBody body, LiveEvent event) {
        if (event instanceof PieceChanged e) {
            boolean stikord = e.kind() == PieceKind.STIKORD;
            String name = stikord ? e.key() : ctx.concept().pictures().stream().filter(p -> p.code().equals(e.key()))
                    .map(Picture::title).findFirst().orElse(e.key());
            ctx.announce(e.by(), "announce." + (stikord ? "stikord" : "picture") + (e.placed() ? ".laid" : ".removed"),
                    name);
        } else if (event instanceof FocusChanged e) {
            if (e.questionId() == null) {
                ctx.announce(e.by(), "announce.focus.cleared");
            } else {
                ctx.announce(e.by(), "announce.focus", body.wording(e.questionId()));
            }
        } else if (event instanceof AgreementChanged e) {
            // as the table shows it: the event's own reading, not one more
            body.agreement(e.agreementId()).ifPresent(a -> ctx.announce(e.by(),
                    e.added() ? "announce.agreement.added" : "announce.agreement.changed", a.fields().what()));
        } else if (event instanceof AgreementRemoved e) {
            ctx.announce(e.by(), "announce.agreement.removed");
        }
    }
}

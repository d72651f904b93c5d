package dk.samtalebordet.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the udviklingsplan PDF shows, already resolved to display text (names, Danish labels). It holds
 * only what the participants share: never anyone's private notes.
 *
 * @param documentId   the id printed on every page, e.g. "UP-2026-3F2A9C1B"
 * @param copyHolder   whose copy this is, e.g. "Jens Peter Hansen" (null for the full plan)
 * @param fingerprint  the SHA-256 (hex) of the plan's content, printed in the document
 */
public record PlanDocumentData(
        String documentId,
        String title,
        String conceptName,
        String kindLabel,
        String copyHolder,
        List<ParticipantLine> participants,
        Instant startsAt,
        String formLabel,
        String place,
        List<ChosenStikord> chosenStikord,
        List<String> stikordUsed,
        List<String> picturesUsed,
        List<NoteSection> notes,
        List<AgreementLine> agreements,
        String minutes,
        String planWriter,
        List<ApprovalLine> approvals,
        Instant lockedAt,
        String fingerprint) {

    public record ParticipantLine(String name, String roleLabel) {
    }

    /** The 3 stikord one participant chose before the conversation. */
    public record ChosenStikord(String name, List<String> stikord) {
    }

    public record NoteSection(String perspective, String text) {
    }

    /**
     * One agreement with every field; {@code scope} is the perspective name or "Hele samtalen", and in a GRUS
     * {@code forWhom} is "Gruppen" or the named participant.
     */
    public record AgreementLine(String scope, String forWhom, String what, String who, String when,
                                String responsible, LocalDate followUpDate, String followUpHow, String value) {
    }

    public record ApprovalLine(String name, Instant approvedAt) {
    }
}

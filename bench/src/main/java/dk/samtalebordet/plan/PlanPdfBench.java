package dk.samtalebordet.plan;

import dk.samtalebordet.plan.PlanDocumentData.AgreementLine;
import dk.samtalebordet.plan.PlanDocumentData.ApprovalLine;
import dk.samtalebordet.plan.PlanDocumentData.ChosenStikord;
import dk.samtalebordet.plan.PlanDocumentData.NoteSection;
import dk.samtalebordet.plan.PlanDocumentData.ParticipantLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Times the udviklingsplan PDF (PDF/A-1b, fonts embedded) of a full plan with 30 agreements in a warm JVM: the
 * same writer the lock uses, called in this package because it is the plan feature's own class.
 */
public final class PlanPdfBench {

    private PlanPdfBench() {
    }

    /** The plan every sample writes: 30 agreements over the 3 perspectives and the whole conversation. */
    public static PlanDocumentData planWithAgreements(int count) {
        String[] scopes = {"Adfærd", "Struktur", "Opgaver", "Hele samtalen"};
        List<AgreementLine> agreements = IntStream.range(0, count).mapToObj(i -> new AgreementLine(
                scopes[i % scopes.length], null,
                "Aftale " + (i + 1) + ": kursus i projektledelse, modul " + (i % 3 + 1)
                        + ", med sparring fra en erfaren kollega og en plan for at bruge det i hverdagen",
                "Jens Peter Hansen og Mads Østergaard", "Inden udgangen af " + (i % 2 == 0 ? "marts" : "juni"),
                i % 2 == 0 ? "Jens Peter Hansen" : "Mads Østergaard", LocalDate.of(2027, 1 + i % 12, 1),
                "Ved næste MUS", "Mere selvstændighed i opgaverne")).toList();
        Instant startsAt = Instant.parse("2026-11-23T09:00:00Z");
        return new PlanDocumentData("UP-2026-BENCH030", "MUS · Albertslund", "Albertslund MUS",
                "Medarbejderudviklingssamtale (MUS)", null,
                List.of(new ParticipantLine("Mads Østergaard", "Leder"),
                        new ParticipantLine("Jens Peter Hansen", "Medarbejder")),
                startsAt, "Ved bordet", "Mødelokale 2, Rådhuset",
                List.of(new ChosenStikord("Mads Østergaard", List.of("Motivation", "Ansvar", "Samarbejde")),
                        new ChosenStikord("Jens Peter Hansen", List.of("Arbejdsglæde", "Trivsel", "Fleksibilitet"))),
                List.of("Motivation", "Ansvar", "Arbejdsglæde"), List.of("Trappen"),
                List.of(new NoteSection("Adfærd", "Vi talte om samarbejdet i teamet og om at sige til i tide."),
                        new NoteSection("Struktur", "Mødestrukturen fungerer; færre ad hoc-møder."),
                        new NoteSection("Opgaver", "Flere opgaver med borgerkontakt.")),
                agreements, "Samtalen forløb godt.", "Mads Østergaard",
                List.of(new ApprovalLine("Mads Østergaard", startsAt.plusSeconds(5400)),
                        new ApprovalLine("Jens Peter Hansen", startsAt.plusSeconds(5460))),
                startsAt.plusSeconds(5460), "0".repeat(64));
    }

    /** Each timed sample in milliseconds, the PDF's size and its number of agreements. */
    public record Result(List<Double> millis, int bytes, int agreements) {
    }

    /** Writes the plan {@code warmup} times untimed, then {@code samples} times timed. */
    public static Result run(int warmup, int samples) {
        PlanPdfWriter writer = new PlanPdfWriter();
        PlanDocumentData plan = planWithAgreements(30);
        int size = 0;
        for (int i = 0; i < warmup; i++) {
            size = writer.write(plan).length;
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            size = writer.write(plan).length;
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Result(millis, size, plan.agreements().size());
    }
}

package dk.samtalebordet.plan;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.samtalebordet.plan.PlanDocumentData.AgreementLine;
import dk.samtalebordet.plan.PlanDocumentData.ApprovalLine;
import dk.samtalebordet.plan.PlanDocumentData.ChosenStikord;
import dk.samtalebordet.plan.PlanDocumentData.NoteSection;
import dk.samtalebordet.plan.PlanDocumentData.ParticipantLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The udviklingsplan PDF: its content as extractable text, A4, PDF/A-1b (checked by veraPDF), page numbering. */
class PlanPdfWriterTest {

    private static final String FINGERPRINT = "3f2a9c1b7e4d5a6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";
    private static final PlanPdfWriter WRITER = new PlanPdfWriter();

    private static final List<AgreementLine> AGREEMENTS = List.of(
            new AgreementLine("Hele samtalen", null, "Projektlederuddannelse – modul 1 (ÆØÅ æøå)",
                    "Mads Østergaard", "Efterår 2027", "Jens Peter Hansen", LocalDate.of(2027, 3, 4),
                    "Kort status på 1:1-møde", "Bedre styring af anlægsprojekter for borgerne"),
            new AgreementLine("Trivsel og arbejdsglæde", null, "Fast fokustid to formiddage om ugen",
                    "Mads og teamet", "Fra 1. januar", "Mads Østergaard", null,
                    "Vi taler om det på næste MUS", "Mere ro til fordybelse – færre fejl i sagerne"),
            new AgreementLine("Faglig udvikling", "Emine Yılmaz", "Sidemandsoplæring i GIS hos Emine Yılmaz",
                    "Emine Yılmaz og Mads Østergaard", "Inden sommerferien", "Emine Yılmaz", null,
                    "Opfølgning på teammødet i juni", "Vi står stærkere, når flere kan kortlægningen"));

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void everyFieldOfThePlanIsInTheDocumentAsText() throws Exception {
        PlanDocumentData data = plan(AGREEMENTS, "Jens Peter Hansen");

        String text = text(WRITER.write(data));

        for (AgreementLine a : AGREEMENTS) {
            assertThat(text).contains(a.scope(), a.what(), a.who(), a.when(), a.responsible(), a.followUpHow(),
                    a.value());
            if (a.forWhom() != null) {
                assertThat(text).contains("For " + a.forWhom());
            }
        }
        assertThat(text).contains("04.03.2027 – Kort status på 1:1-møde");
        assertThat(text).contains("Udviklingsplan", "MUS · Trappen til udvikling", "Koncept", "Trappen til udvikling",
                "Medarbejderudviklingssamtale (MUS)", "Dato og tid", "23. november 2026 kl. 10.00", "Walk'n'talk",
                "Mødelokale Ærøskøbing, 2. sal", "Kopi til: Jens Peter Hansen");
        assertThat(text).contains("Deltagere", "Jens Peter Hansen – Leder", "Mads Østergaard – Medarbejder");
        assertThat(text).contains("Stikord valgt og delt før samtalen", "Mads Østergaard: Ansvar, Mod, Nysgerrighed",
                "Jens Peter Hansen: Tillid, Overblik, Humor");
        assertThat(text).contains("Stikord og billeder brugt i samtalen", "Ansvar, Mod", "Trappen, Broen");
        assertThat(text).contains("Noter", "Trivsel og arbejdsglæde", "Glæde ved at løse opgaver på tværs.",
                "Vi talte om ansvar og udvikling.", "Samarbejde", "ÅBEN dialog – også om det svære.");
        assertThat(text).contains("Aftaler – udviklingsplan", "Hvad", "Hvem", "Hvornår", "Ansvar", "Opfølgning",
                "Værdi");
        assertThat(text).contains("Referat", "Samtalen forløb i god ro og orden.",
                "Planen er skrevet af: Jens Peter Hansen");
        assertThat(text).contains("Godkendelser", "Mads Østergaard – godkendt 23. november 2026 kl. 10.41",
                "Jens Peter Hansen – godkendt 23. november 2026 kl. 10.45", "Låst 23. november 2026 kl. 10.45");
        assertThat(text).contains("Side 1 af", "Dokument-id: UP-2026-3F2A9C1B", PlanPdfWriter.FINGERPRINT_LABEL + FINGERPRINT);
        assertThat(text.lines().map(String::strip)).contains(PlanPdfWriter.FINGERPRINT_LABEL + FINGERPRINT);
        assertThat(text).contains("æ", "ø", "å", "Æ", "Ø", "Å", "Yılmaz", "Ærøskøbing");
    }

    @Test
    void emptySectionsSaySo() throws Exception {
        PlanDocumentData full = plan(List.of(), null);
        PlanDocumentData data = new PlanDocumentData(full.documentId(), full.title(), full.conceptName(),
                full.kindLabel(), null, full.participants(), full.startsAt(), full.formLabel(), full.place(),
                List.of(), List.of(), List.of(), List.of(new NoteSection("Trivsel", "  \n ")), List.of(), "", null,
                full.approvals(), full.lockedAt(), FINGERPRINT);

        String text = text(WRITER.write(data));

        assertThat(text).contains("Ingen delte stikord før samtalen", "Ingen fælles noter", "Ingen aftaler")
                .doesNotContain("Kopi til", "Referat", "Planen er skrevet af", "Trivsel");
        assertThat(text).containsPattern("Stikord og billeder brugt i samtalen\\s+Ingen");
    }

    @Test
    void theDocumentIsA4AndDeclaresPdfA1b() throws Exception {
        byte[] pdf = WRITER.write(plan(AGREEMENTS, null));

        PdfReader reader = new PdfReader(pdf);
        try {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                Rectangle size = reader.getPageSize(page);
                assertThat(size.getWidth()).isEqualTo(595f);
                assertThat(size.getHeight()).isEqualTo(842f);
            }
            String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("http://www.aiim.org/pdfa/ns/id/")
                    .containsPattern("pdfaid:part(>|=\")1")
                    .containsPattern("pdfaid:conformance(>|=\")B")
                    .contains("MUS · Trappen til udvikling", "da-DK", "Samtalebordet");
            assertThat(reader.getInfo()).containsEntry("Title", "MUS · Trappen til udvikling")
                    .containsEntry("Author", "Samtalebordet").containsEntry("Creator", "Samtalebordet");
        } finally {
            reader.close();
        }
    }

    @Test
    void theDocumentSaysItsLanguageAndIsNamedByItsTitle() throws Exception {
        PdfReader reader = new PdfReader(WRITER.write(plan(AGREEMENTS, null)));
        try {
            assertThat(reader.getCatalog().get(PdfName.LANG)).hasToString("da-DK");
            PdfDictionary preferences = reader.getCatalog().getAsDict(PdfName.VIEWERPREFERENCES);
            assertThat(preferences.get(PdfName.DISPLAYDOCTITLE)).isEqualTo(PdfBoolean.PDFTRUE);
        } finally {
            reader.close();
        }
    }

    @Test
    void aCopyInEnglishHasEnglishWordsAroundTheSameContentAndStaysPdfA() throws Exception {
        byte[] pdf = WRITER.write(plan(AGREEMENTS, "Jens Peter Hansen"), new PdfText(Locale.ENGLISH));

        String text = text(pdf);
        assertThat(text).contains("Concept", "Date and time", "23 November 2026 at 10:00", "Copy for: Jens Peter Hansen",
                "Participants", "Agreements – udviklingsplan", "What", "Responsible", "Follow-up",
                "4 March 2027 – Kort status på 1:1-møde", "Page 1 of", "Document id: UP-2026-3F2A9C1B",
                "Fingerprint of the plan’s content (SHA-256): " + FINGERPRINT);
        assertThat(text).contains(AGREEMENTS.get(0).what(), AGREEMENTS.get(1).value());
        assertThat(text).doesNotContain("Dato og tid", "Deltagere", "Side 1 af", "Kopi til");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getCatalog().get(PdfName.LANG)).hasToString("en");
            assertThat(new String(reader.getMetadata(), StandardCharsets.UTF_8)).contains("<rdf:li>en</rdf:li>");
        } finally {
            reader.close();
        }
        assertCompliantPdfA1b(pdf);
    }

    @Test
    void veraPdfFindsTheDocumentPdfA1bCompliant() throws Exception {
        byte[] pdf = WRITER.write(plan(AGREEMENTS, "Emine Yılmaz"));

        assertCompliantPdfA1b(pdf);
    }

    @Test
    void aLongPlanSpansSeveralPagesAndEveryPageIsNumbered() throws Exception {
        List<AgreementLine> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            AgreementLine a = AGREEMENTS.get(i % AGREEMENTS.size());
            many.add(new AgreementLine(a.scope(), null, "Aftale nummer " + i + ": " + a.what(), a.who(), a.when(),
                    a.responsible(), a.followUpDate(), a.followUpHow(), a.value()));
        }
        byte[] pdf = WRITER.write(plan(many, null));

        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                String text = extractor.getTextFromPage(page);
                assertThat(text).contains("Side " + page + " af " + pages, "Dokument-id: UP-2026-3F2A9C1B",
                        PlanPdfWriter.FINGERPRINT_LABEL + FINGERPRINT);
                all.append(text).append('\n');
            }
            for (int i = 1; i <= 30; i++) {
                assertThat(all).contains("Aftale nummer " + i + ": ");
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void textFromThePlanIsNeverInterpreted() throws Exception {
        AgreementLine markup = new AgreementLine("Hele samtalen", "Gruppen", "<b>x</b>", "Emine Yılmaz",
                "&amp; snart", "Emine Yılmaz", null, "<i>status</i>", "{{værdi}} \\n ${x}");

        String text = text(WRITER.write(plan(List.of(markup), null)));

        assertThat(text).contains("<b>x</b>", "&amp; snart", "<i>status</i>", "{{værdi}} \\n ${x}", "For Gruppen");
    }

    @Test
    void oddInputIsSetAsPlainTextAndTheDocumentStaysPdfA() throws Exception {
        String longNote = "En lang note om arbejdet på tværs af afdelingerne. ".repeat(250);
        AgreementLine odd = new AgreementLine(null, null, "Emoji \uD83D\uDE42 og\ttab\u0007ding", null, "", null, null,
                null, "Værdi\r\nmed CRLF og et langt ord: " + "ø".repeat(150));
        PlanDocumentData full = plan(List.of(odd), null);
        PlanDocumentData data = new PlanDocumentData(full.documentId(), "<b>MUS</b> & \"Trappen\"\u0007",
                full.conceptName(), full.kindLabel(), null, full.participants(), full.startsAt(), full.formLabel(), "",
                full.chosenStikord(), full.stikordUsed(), full.picturesUsed(),
                List.of(new NoteSection("Samarbejde", longNote)),
                full.agreements(), null, null, full.approvals(), full.lockedAt(), FINGERPRINT);

        byte[] pdf = WRITER.write(data);

        String text = text(pdf);
        assertThat(text).contains("<b>MUS</b> & \"Trappen\"", "Emoji", "og tab", "Værdi", "med CRLF",
                "Hele samtalen").doesNotContain("\u0007");
        String body = text.lines().map(String::strip)
                .filter(line -> !line.startsWith("Dokument-id:") && !line.startsWith("Side ")
                        && !line.startsWith(PlanPdfWriter.FINGERPRINT_LABEL.strip()) && !line.startsWith("Udviklingsplan ·"))
                .collect(Collectors.joining()).replaceAll("\\s", "");
        assertThat(body.contains(longNote.replaceAll("\\s", ""))).as("the whole long note, across pages").isTrue();
        assertThat(body).contains("ø".repeat(150));
        assertCompliantPdfA1b(pdf);
    }

    @Test
    void theWriterCanBeUsedFromSeveralThreadsAtOnce() throws Exception {
        PlanDocumentData data = plan(AGREEMENTS, "Mads Østergaard");
        String expected = text(WRITER.write(data));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> copies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                copies.add(pool.submit(() -> WRITER.write(data)));
            }
            for (Future<byte[]> copy : copies) {
                assertThat(text(copy.get())).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static PlanDocumentData plan(List<AgreementLine> agreements, String copyHolder) {
        Instant startsAt = Instant.parse("2026-11-23T09:00:00Z");
        return new PlanDocumentData("UP-2026-3F2A9C1B", "MUS · Trappen til udvikling", "Trappen til udvikling",
                "Medarbejderudviklingssamtale (MUS)", copyHolder,
                List.of(new ParticipantLine("Jens Peter Hansen", "Leder"),
                        new ParticipantLine("Mads Østergaard", "Medarbejder")),
                startsAt, "Walk'n'talk", "Mødelokale Ærøskøbing, 2. sal",
                List.of(new ChosenStikord("Mads Østergaard", List.of("Ansvar", "Mod", "Nysgerrighed")),
                        new ChosenStikord("Jens Peter Hansen", List.of("Tillid", "Overblik", "Humor"))),
                List.of("Ansvar", "Mod"), List.of("Trappen", "Broen"),
                List.of(new NoteSection("Trivsel og arbejdsglæde", "Glæde ved at løse opgaver på tværs.\n"
                                + "Vi talte om ansvar og udvikling."),
                        new NoteSection("Faglig udvikling", "   "),
                        new NoteSection("Samarbejde", "ÅBEN dialog – også om det svære. Øvelse gør mester.")),
                agreements, "Samtalen forløb i god ro og orden.\nNæste samtale om et år.", "Jens Peter Hansen",
                List.of(new ApprovalLine("Mads Østergaard", Instant.parse("2026-11-23T09:41:00Z")),
                        new ApprovalLine("Jens Peter Hansen", Instant.parse("2026-11-23T09:45:00Z"))),
                Instant.parse("2026-11-23T09:45:00Z"), FINGERPRINT);
    }

    private static void assertCompliantPdfA1b(byte[] pdf) throws Exception {
        ValidationResult result = validatePdfA1b(pdf);
        String failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().collect(Collectors.joining("\n"));
        assertThat(result.getTotalAssertions()).as("veraPDF checks run").isPositive();
        assertThat(result.isCompliant()).as("PDF/A-1b failures:\n%s", failures).isTrue();
    }

    static ValidationResult validatePdfA1b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            return validator.validate(parser);
        }
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}

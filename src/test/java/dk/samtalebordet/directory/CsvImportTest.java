package dk.samtalebordet.directory;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.organisation.ImportLine;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The HR system's CSV file as Excel writes it: a preview that stores nothing, then one transaction. */
@IntegrationTest
class CsvImportTest {

    private static final String HEADER = "Brugernavn;Navn;Stilling;E-mail;Medarbejdernummer;Enhed;Personaleleder;Aktiv";
    private static int round;

    @Autowired
    CsvImport csv;
    @Autowired
    PeopleService people;

    private long admin;
    /** Each test's own usernames, so no test meets another's persons. */
    private String bola;
    private String aerto;
    private String asmi;
    private String centre;

    @BeforeEach
    void anEmptyCsvSource() {
        String p = "t" + (++round);
        bola = p + "bøla";
        aerto = p + "ærto";
        asmi = p + "åsmi";
        centre = HEADER + "\r\n"
                + bola + ";Bønne Lassen;Skoleleder;bola@skole.example;2001;Skole og Dagtilbud;;ja\r\n"
                + aerto + ";Ærtegård Tofte;Lærer;;2002;\"Skole; Indskoling\";" + bola + ";ja\r\n"
                + asmi + ";Åse Mikkelsen;Pædagog;asmi@skole.example;2003;Skole og Dagtilbud;" + bola + ";\r\n";
        admin = people.findAccount("admin").orElseThrow().personId();
        csv.apply(bytes("\uFEFF" + HEADER + "\r\nxxpl;Pladsholder Person;;;;Pladsholdere;;ja\r\n"), admin);
    }

    @Test
    void thePreviewShowsEachRowAndStoresNothingThenTheImportStoresItAll() {
        ImportReport preview = csv.preview(bytes("\uFEFF" + centre));

        assertThat(preview.created()).isEqualTo(3);
        assertThat(preview.lines()).extracting(ImportLine::kind, ImportLine::subject).contains(
                org.assertj.core.groups.Tuple.tuple(ImportLine.Kind.CREATED, bola + " (Bønne Lassen)"),
                org.assertj.core.groups.Tuple.tuple(ImportLine.Kind.DEACTIVATED, "xxpl (Pladsholder Person)"));
        assertThat(people.findAccount(bola)).as("a preview stores nothing").isEmpty();
        assertThat(people.findAccount("xxpl")).hasValueSatisfying(a -> assertThat(a.active()).isTrue());

        ImportReport done = csv.apply(bytes("\uFEFF" + centre), admin);

        assertThat(done.created()).isEqualTo(3);
        PersonSummary stored = person(aerto);
        assertThat(stored.orgUnitName()).as("a quoted field with a semicolon").isEqualTo("Skole; Indskoling");
        assertThat(stored.managerName()).isEqualTo("Bønne Lassen");
        assertThat(stored.email()).isNull();
        assertThat(stored.source()).isEqualTo(Source.CSV);
        assertThat(person(asmi).active()).as("an empty Aktiv is active").isTrue();
        assertThat(people.findAccount("xxpl")).hasValueSatisfying(a -> assertThat(a.active()).isFalse());
    }

    @Test
    void aFileWithoutAByteOrderMarkReadsTheSame() {
        ImportReport done = csv.apply(bytes(centre), admin);

        assertThat(done.refused()).isZero();
        assertThat(person(bola).fullName()).isEqualTo("Bønne Lassen");
    }

    @Test
    void refusedRowsChangeNothingAndTheirReasonsAreDanish() {
        csv.apply(bytes(centre), admin);
        String file = HEADER + "\r\n"
                + bola + ";Bønne Lassen;Skoleleder;bola@skole.example;2001;Skole og Dagtilbud;;ja\r\n"
                + aerto + ";Ærtegård Tofte;Overlærer;;2002\r\n"
                + asmi + ";Åse Mikkelsen;Pædagog;asmi@skole.example;2003;Skole og Dagtilbud;findesikke;ja\r\n"
                + "nyny;;Vikar;;2004;Skole og Dagtilbud;" + bola + ";ja\r\n"
                + "ovov;Ove Ovesen;Vikar;;2005;Skole og Dagtilbud;" + bola + ";måske\r\n";

        ImportReport report = csv.apply(bytes(file), admin);

        Map<String, String> refused = report.lines().stream().filter(l -> l.kind() == ImportLine.Kind.REFUSED)
                .collect(Collectors.toMap(ImportLine::subject, ImportLine::detail));
        assertThat(refused).containsOnlyKeys(aerto + " (Ærtegård Tofte)", asmi + " (Åse Mikkelsen)", "nyny",
                "ovov (Ove Ovesen)");
        assertThat(refused.get(aerto + " (Ærtegård Tofte)"))
                .isEqualTo("Række 3 har 5 felter, men overskriften har 8. Rækken er ikke indlæst.");
        assertThat(refused.get(asmi + " (Åse Mikkelsen)")).isEqualTo("Personalelederen findes ikke: findesikke");
        assertThat(refused.get("nyny")).isEqualTo("Mangler navn.");
        assertThat(refused.get("ovov (Ove Ovesen)")).isEqualTo("Række 6: \"Aktiv\" skal være ja eller nej, ikke \"måske\".");
        PersonSummary stored = person(aerto);
        assertThat(stored.jobTitle()).as("a refused row changes nothing").isEqualTo("Lærer");
        assertThat(stored.active()).as("and its person is not taken as gone").isTrue();
        assertThat(person(asmi).active()).isTrue();
    }

    @Test
    void aFileThatIsNotUtf8OrLacksAColumnIsRefusedAsAWholeWithWhatToDo() {
        byte[] ansi = centre.getBytes(Charset.forName("windows-1252"));
        assertThat(catchThrowable(() -> csv.preview(ansi))).hasMessage(
                "Filen er ikke UTF-8. Gem den i Excel som \"CSV UTF-8 (kommasepareret) (*.csv)\", og prøv igen.");
        assertThat(catchThrowable(() -> csv.preview(bytes("Brugernavn;Stilling\r\n" + bola + ";Leder\r\n"))))
                .hasMessageStartingWith("Overskriften mangler kolonnen/kolonnerne: Navn, Enhed.");
        assertThat(people.findAccount(bola)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private PersonSummary person(String username) {
        return people.findById(people.findAccount(username).orElseThrow().personId()).orElseThrow();
    }
}

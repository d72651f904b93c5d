package dk.samtalebordet.directory;

import dk.samtalebordet.App;
import dk.samtalebordet.people.ImportReport;
import dk.samtalebordet.people.PeopleService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The organisation at the size of a large municipality: a real LDAP server (the tests' in-memory one, with an
 * Active Directory-like tree) holding {@code users} generated people in {@code units} org units
 * ({@link TestDirectory#addOrganisation}). Each round starts the whole application on
 * an empty database and times, side by side: the first synchronisation, two unchanged re-synchronisations, and
 * the directory view's queries (a page of 50 by name, a search by name, the count). Nothing is asserted.
 */
public final class DirectoryBench {

    private DirectoryBench() {
    }

    /** Each series in milliseconds; the last first run's report for the record. */
    public record Result(int users, int units, List<Double> firstSync, List<Double> unchangedSync,
                         List<Double> pageOf50, List<Double> searchByName, List<Double> count, String firstReport) {
    }

    public static Result run(int rounds, int users, int units, int queries) {
        TestDirectory directory = new TestDirectory();
        try {
            directory.addOrganisation(users, units);
            List<Double> first = new ArrayList<>();
            List<Double> unchanged = new ArrayList<>();
            List<Double> page = new ArrayList<>();
            List<Double> search = new ArrayList<>();
            List<Double> count = new ArrayList<>();
            String report = "";
            for (int round = 0; round < rounds; round++) {
                try (ConfigurableApplicationContext app = start(directory)) {
                    DirectorySync sync = app.getBean(DirectorySync.class);
                    PeopleService people = app.getBean(PeopleService.class);
                    long start = System.nanoTime();
                    ImportReport firstRun = sync.synchronise(null);
                    first.add(millisSince(start));
                    report = firstRun.created() + " created, " + firstRun.refused() + " refused";
                    for (int i = 0; i < 2; i++) {
                        start = System.nanoTime();
                        sync.synchronise(null);
                        unchanged.add(millisSince(start));
                    }
                    for (int i = 0; i < queries; i++) {
                        start = System.nanoTime();
                        people.search("", i % 20, 50);
                        page.add(millisSince(start));
                        start = System.nanoTime();
                        people.search(TestDirectory.LAST_NAMES[i % TestDirectory.LAST_NAMES.length], 0, 50);
                        search.add(millisSince(start));
                        start = System.nanoTime();
                        people.count(TestDirectory.FIRST_NAMES[i % TestDirectory.FIRST_NAMES.length]);
                        count.add(millisSince(start));
                    }
                }
            }
            return new Result(users, units, first, unchanged, page, search, count, report);
        } finally {
            directory.shutDown();
        }
    }

    private static ConfigurableApplicationContext start(TestDirectory directory) {
        return new SpringApplicationBuilder(App.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--samtalebordet.ldap.url=" + directory.url(), "--samtalebordet.ldap.domain=kommune.local",
                "--samtalebordet.ldap.base-dn=" + TestDirectory.PEOPLE,
                "--samtalebordet.ldap.bind-dn=" + TestDirectory.SERVICE_DN,
                "--samtalebordet.ldap.bind-password=" + TestDirectory.SERVICE_PASSWORD,
                "--samtalebordet.ldap.sync.enabled=false");
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}

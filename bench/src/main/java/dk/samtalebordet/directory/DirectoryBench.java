package dk.samtalebordet.directory;

import dk.samtalebordet.App;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.organisation.OrganisationImport;
import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.Source;
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
                         List<Double> pageOf50, List<Double> searchByName, List<Double> count,
                         List<Double> scimChange, String firstReport) {
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
            List<Double> scim = new ArrayList<>();
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
                    // one person pushed by SCIM, changed again and again beside the 5,000 from the directory
                    OrganisationImport organisation = app.getBean(OrganisationImport.class);
                    for (int i = 0; i < 50; i++) {
                        start = System.nanoTime();
                        organisation.apply(Source.SCIM, List.of(new DirectoryEntry("scim-bench-" + round,
                                "scim.bench." + round + "@kommune.dk", "Scim Bench", "Titel " + i, null, null,
                                "Enhed 1", null, true, null)));
                        scim.add(millisSince(start));
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
            return new Result(users, units, first, unchanged, page, search, count, scim, report);
        } finally {
            directory.shutDown();
        }
    }

    /** Runs the figure alone: {@code DirectoryBench [users] [rounds]}; prints medians, p95 and the ratio. */
    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Result r = run(rounds, users, 300, 200);
        System.out.printf(java.util.Locale.ROOT, "users %d, units %d, %s%n", r.users(), r.units(), r.firstReport());
        print("first sync", r.firstSync());
        print("unchanged sync", r.unchangedSync());
        print("page of 50", r.pageOf50());
        print("search by name", r.searchByName());
        print("count", r.count());
        print("SCIM change", r.scimChange());
        System.out.printf(java.util.Locale.ROOT, "unchanged / first (medians): %.2f%n",
                median(r.unchangedSync()) / median(r.firstSync()));
        System.exit(0);
    }

    private static void print(String name, List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        System.out.printf(java.util.Locale.ROOT, "%-16s n=%d median %.1f ms, p95 %.1f ms, max %.1f ms%n", name,
                sorted.size(), median(samples), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1),
                sorted.get(sorted.size() - 1));
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        return sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1);
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

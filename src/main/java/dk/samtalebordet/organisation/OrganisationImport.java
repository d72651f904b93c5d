package dk.samtalebordet.organisation;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.people.store.ConcurrentChange;
import dk.samtalebordet.people.store.LeaderRoles;
import dk.samtalebordet.people.store.OrgUnitRepository;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonChangeRepository;
import dk.samtalebordet.people.store.PersonHoldRepository;
import dk.samtalebordet.people.store.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static dk.samtalebordet.organisation.SyncPlan.text;

/**
 * Brings the stored organisation in line with a source: the directory synchronisation, a CSV import, a SCIM
 * push. Whatever the source, the same rules hold (see {@link SyncPlan}); a run is one transaction, and a run of a
 * complete source that would deactivate everybody, or an unusually large share, is refused as a whole. Complete
 * runs are kept in the run history with a line for each person that was not left unchanged.
 */
@Service
public class OrganisationImport {

    private static final Logger log = LoggerFactory.getLogger(OrganisationImport.class);

    private final PersonRepository persons;
    private final OrgUnitRepository units;
    private final PersonHoldRepository holds;
    private final PersonChangeRepository changes;
    private final OrganisationRunRepository runs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final double maxDeactivationShare;
    /** One run at a time on this node (across nodes: issue 15 adds a lock in the database for the schedule). */
    private final ReentrantLock running = new ReentrantLock();

    OrganisationImport(PersonRepository persons, OrgUnitRepository units, PersonHoldRepository holds,
                       PersonChangeRepository changes, OrganisationRunRepository runs,
                       PlatformTransactionManager transactions, Clock clock,
                       @Value("${samtalebordet.organisation.max-deactivation-share:0.2}")
                       double maxDeactivationShare, AuditLog audit) {
        this.audit = audit;
        this.persons = persons;
        this.units = units;
        this.holds = holds;
        this.changes = changes;
        this.runs = runs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxDeactivationShare = maxDeactivationShare;
    }

    /**
     * Makes the organisation match a complete source: everybody it has, nobody it does not. Kept in the history.
     *
     * @param startedBy the administrator who started it, or null for the scheduled run
     * @throws OrganisationException when the run was refused or failed; it is in the history too
     */
    public ImportReport synchronise(Source source, List<DirectoryEntry> entries, Long startedBy) {
        Instant started = clock.instant();
        try {
            ImportReport report = run(source, entries, true, startedBy, true);
            log.info("Organisation from {}: {} created, {} updated, {} deactivated, {} refused, {} conflicts, "
                            + "{} unchanged", source, report.created(), report.updated(), report.deactivated(),
                    report.refused(), report.conflicts(), report.unchanged());
            audit.record(Audited.of(AuditKind.ORGANISATION_RUN, startedBy).detail(source + ": " + report.created()
                    + " oprettet, " + report.updated() + " ændret, " + report.deactivated() + " deaktiveret, "
                    + report.refused() + " afvist, " + report.conflicts() + " konflikter"));
            return report;
        } catch (OrganisationException e) {
            recordFailure(source, started, startedBy, RunOutcome.REFUSED, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            log.error("Organisation from {} failed", source, e);
            recordFailure(source, started, startedBy, RunOutcome.FAILED, text("organisation.run.failed"));
            throw new OrganisationException(text("organisation.run.failed"), e);
        }
    }

    /** What {@link #synchronise} would do with a complete source, without changing anything. */
    public ImportReport preview(Source source, List<DirectoryEntry> entries) {
        return run(source, entries, true, null, false);
    }

    /** Applies some entries of a source that sends changes one at a time (SCIM); nobody else is touched. */
    public ImportReport apply(Source source, List<DirectoryEntry> entries) {
        return run(source, entries, false, null, true);
    }

    /** Records a run that could not start, such as a directory that did not answer. */
    public void recordFailure(Source source, Instant startedAt, Long startedBy, RunOutcome outcome, String message) {
        runs.save(new OrganisationRun(source, startedAt, clock.instant(), startedBy, outcome, null, message));
    }

    public List<RunSummary> history(int max) {
        return runs.findAllByOrderByStartedAtDescIdDesc(PageRequest.of(0, max)).stream()
                .map(OrganisationRun::toSummary).toList();
    }

    public List<ImportLine> lines(long runId) {
        return transaction.execute(status -> runs.findById(runId).map(OrganisationRun::lines).orElse(List.of()));
    }

    /**
     * A source that sends a few persons at a time (SCIM) needs only them, those with their usernames, and their
     * personaledere: one query, not the whole organisation, for each of Entra's requests. A leader chain is read
     * further as the ring check walks it.
     */
    private OrganisationSnapshot partial(Source source, List<DirectoryEntry> entries) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (DirectoryEntry entry : entries) {
            keys.add(Candidate.lower(Candidate.clean(entry.key())));
            if (entry.username() != null) {
                names.add(Candidate.lower(entry.username().strip()));
            }
            if (entry.managerRef() != null) {
                keys.add(Candidate.lower(Candidate.clean(entry.managerRef())));
                names.add(Candidate.lower(entry.managerRef().strip()));
            }
        }
        keys.remove(null);
        List<Person> found = persons.findForEntries(source, keys.isEmpty() ? java.util.Set.of("") : keys,
                names.isEmpty() ? java.util.Set.of("") : names);
        return new OrganisationSnapshot(units.findAll(), found,
                holds.findByKeyPersonIdIn(found.stream().map(Person::getId).toList()));
    }

    private ImportReport run(Source source, List<DirectoryEntry> entries, boolean complete, Long startedBy,
                             boolean store) {
        try {
            if (!running.tryLock(10, TimeUnit.SECONDS)) {
                throw new OrganisationException.Busy(text("organisation.run.busy"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrganisationException.Busy(text("organisation.run.busy"));
        }
        try {
            return ConcurrentChange.retried(transaction, status -> {
                Instant now = clock.instant();
                OrganisationSnapshot stored = complete ? new OrganisationSnapshot(units.findAll(),
                        persons.findAllWithRoles(), holds.findAll()) : partial(source, entries);
                long activeOfSource = stored.persons().stream()
                        .filter(p -> p.getSource() == source && p.isActive()).count();
                if (complete && entries.isEmpty() && activeOfSource > 0) {
                    throw new OrganisationException(text("organisation.run.empty", activeOfSource));
                }
                SyncPlan plan = new SyncPlan(source, complete, stored, entries).decide();
                Synchronisation synchronisation = new Synchronisation(source, startedBy, now, stored, persons, units,
                        changes);
                ImportReport report = synchronisation.apply(plan);
                if (complete && report.deactivated() > 10
                        && report.deactivated() > maxDeactivationShare * activeOfSource) {
                    throw new OrganisationException(text("organisation.run.too-many", report.deactivated(),
                            activeOfSource, Math.round(maxDeactivationShare * 100)));
                }
                if (complete && activeOfSource > 0 && stored.persons().stream()
                        .noneMatch(p -> p.getSource() == source && p.isActive())) {
                    throw new OrganisationException(text("organisation.run.everybody", activeOfSource));
                }
                if (complete) {
                    LeaderRoles.follow(persons, changes, source, startedBy, now);
                } else {
                    LeaderRoles.followFor(persons, changes, synchronisation.leadersAffected(), startedBy, now);
                }
                if (!store) {
                    status.setRollbackOnly();
                } else if (complete) {
                    // in the run's own transaction: a run is in the history exactly when it was applied
                    runs.save(new OrganisationRun(source, now, clock.instant(), startedBy, RunOutcome.DONE, report,
                            null));
                }
                return report;
            });
        } finally {
            running.unlock();
        }
    }
}

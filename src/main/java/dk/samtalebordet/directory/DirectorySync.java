package dk.samtalebordet.directory;

import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.organisation.OrganisationImport;
import dk.samtalebordet.organisation.RunOutcome;
import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.people.RoleMapping;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.shared.Translations;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.NamingException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The directory synchronisation: on its schedule ({@code samtalebordet.ldap.sync.cron}) and when an administrator
 * presses "Synkronisér nu", everybody under the base DN is read and the organisation is made to match
 * ({@link OrganisationImport#synchronise}). A directory that does not answer changes nothing and is recorded.
 */
@Service
public class DirectorySync {

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

    private final LdapConnections connections;
    private final DirectoryReader reader;
    private final OrganisationImport organisation;
    private final Clock clock;

    DirectorySync(LdapConnections connections, RoleMapping roles, OrganisationImport organisation, Clock clock) {
        this.connections = connections;
        this.reader = new DirectoryReader(connections.settings(), roles);
        this.organisation = organisation;
        this.clock = clock;
    }

    public boolean configured() {
        return connections.settings().enabled();
    }

    /** {@link #synchronise} on a worker thread, so the page that asked stays responsive; for the button. */
    @Async
    public CompletableFuture<ImportReport> synchroniseInBackground(long administrator) {
        return CompletableFuture.completedFuture(synchronise(administrator));
    }

    /** The scheduled run: on one node of several, the one that takes the lock; the others skip this turn. */
    @Scheduled(cron = "${samtalebordet.ldap.sync.cron:0 15 * * * *}")
    @SchedulerLock(name = "directory-synchronisation")
    public void onSchedule() {
        if (connections.settings().syncEnabled()) {
            try {
                synchronise(null);
            } catch (OrganisationException e) {
                log.warn("Scheduled directory synchronisation: {}", e.getMessage());
            }
        }
    }

    /**
     * Reads the directory and applies it.
     *
     * @param administrator who pressed the button, or null for the schedule
     * @throws OrganisationException when the directory did not answer or the run was refused (both recorded)
     */
    public ImportReport synchronise(Long administrator) {
        if (!configured()) {
            throw new OrganisationException(Translations.danish("directory.not-configured"));
        }
        Instant started = clock.instant();
        List<DirectoryEntry> entries;
        try {
            entries = reader.readAll(connections.serviceAccount());
        } catch (NamingException e) {
            log.error("The directory {} could not be read", connections.settings().url(), e);
            String message = Translations.danish("directory.unreachable", connections.settings().url(),
                    e.getMostSpecificCause().getMessage());
            organisation.recordFailure(Source.LDAP, started, administrator, RunOutcome.FAILED, message);
            throw new OrganisationException(message, e);
        }
        return organisation.synchronise(Source.LDAP, entries, administrator);
    }
}

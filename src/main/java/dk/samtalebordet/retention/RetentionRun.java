package dk.samtalebordet.retention;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the retention rules once a day, on one node (ShedLock): each kind of data in a transaction of its own,
 * which also records in the audit log how many were deleted (never what). An administrator sees beforehand what
 * the next run deletes ({@link #preview}).
 */
@Service
public class RetentionRun {

    private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

    private final List<RetainedData> kinds;
    private final RetentionRules rules;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionRun(List<RetainedData> kinds, RetentionRules rules, AuditLog audit,
                 PlatformTransactionManager transactions, Clock clock) {
        this.kinds = kinds;
        this.rules = rules;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** How many of one kind a run deletes (or deleted), and how long the rule keeps that kind. */
    public record Count(String kind, Period period, int count) {
    }

    /** What a run now would delete, kind by kind; nothing is changed. */
    public List<Count> preview() {
        Instant now = clock.instant();
        return kinds.stream().map(k -> new Count(k.kind(), k.period(rules), k.due(rules, now))).toList();
    }

    @Scheduled(cron = "${samtalebordet.retention.cron:0 30 3 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "retention")
    public void onSchedule() {
        run();
    }

    /** Deletes what the rules say is due now; returns how many of each kind. */
    public List<Count> run() {
        Instant now = clock.instant();
        List<Count> deleted = new ArrayList<>();
        for (RetainedData kind : kinds) {
            int count = transaction.execute(status -> {
                int n = kind.delete(rules, now);
                if (n > 0) {
                    audit.record(Audited.of(AuditKind.RETENTION_DELETED, null).detail(kind.kind() + ": " + n));
                }
                return n;
            });
            deleted.add(new Count(kind.kind(), kind.period(rules), count));
        }
        log.info("Retention run: {}", deleted);
        return deleted;
    }
}

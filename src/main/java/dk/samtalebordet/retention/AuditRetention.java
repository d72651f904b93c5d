package dk.samtalebordet.retention;

import dk.samtalebordet.audit.AuditLog;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Period;

/** Audit log entries older than {@link RetentionRules#audit()}; the last kind of a run, so a run's own stay. */
@Component
@Order(100)
class AuditRetention implements RetainedData {

    private final AuditLog audit;

    AuditRetention(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String kind() {
        return "audit";
    }

    @Override
    public Period period(RetentionRules rules) {
        return rules.audit();
    }

    @Override
    public int due(RetentionRules rules, Instant now) {
        return audit.countOlderThan(RetentionRules.before(now, rules.audit()));
    }

    @Override
    public int delete(RetentionRules rules, Instant now) {
        return audit.deleteOlderThan(RetentionRules.before(now, rules.audit()));
    }
}

package dk.samtalebordet.retention;

import java.time.Instant;
import java.time.Period;

/**
 * One kind of data the retention rules delete, offered by the module that owns it: how much the run at a given
 * time deletes, and the deletion itself (in the run's transaction, which also records it in the audit log).
 */
public interface RetainedData {

    /** The key of this kind, shown as {@code retention.kind.<key>}; also the audit entry's detail. */
    String kind();

    /** The rule's period: how long this kind is kept (from what, the kind's rule text says). */
    Period period(RetentionRules rules);

    /** How many items a run at this time deletes. */
    int due(RetentionRules rules, Instant now);

    /** Deletes them; returns how many. */
    int delete(RetentionRules rules, Instant now);
}

package dk.samtalebordet.organisation;

import dk.samtalebordet.people.Source;
import java.time.Instant;

/** A run in the history, without its lines. {@code startedBy} is null for a scheduled run. */
public record RunSummary(long id, Source source, Instant startedAt, Instant finishedAt, Long startedBy,
                         RunOutcome outcome, int created, int updated, int deactivated, int refused, int conflicts,
                         int unchanged, String message) {
}

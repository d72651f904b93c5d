package dk.samtalebordet.overview;

import dk.samtalebordet.people.PersonSummary;

import java.time.Instant;

/**
 * A leader's employee, with the start of their latest held MUS (or GRUS) and of their next planned one.
 * Either may be null.
 */
public record EmployeeOverview(PersonSummary employee, Instant lastMus, Instant nextMus) {
}

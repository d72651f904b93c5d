package dk.samtalebordet.people;

/** An org unit, for choosing one. */
public record OrgUnitSummary(long id, String name) {
}

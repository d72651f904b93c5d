package dk.samtalebordet.people;

/**
 * A person's data is being erased on request, in this transaction: each module deletes what it holds of the
 * person alone (private notes, preparations, reminders, memberships), before the person is anonymised.
 */
public record PersonErasing(long personId) {
}

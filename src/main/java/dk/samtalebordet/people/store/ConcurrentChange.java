package dk.samtalebordet.people.store;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change of the organisation that lost a race with another transaction changing the same person (a run
 * against a sign-in, SCIM against a correction by hand) is done again from a fresh read, in a new transaction:
 * neither change is lost, and nobody sees an error for it.
 */
public final class ConcurrentChange {

    static final int ATTEMPTS = 3;

    private ConcurrentChange() {
    }

    /** Runs the work in its own transaction, again from the start when another one changed the same rows. */
    public static <T> T retried(TransactionTemplate transaction, TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(work);
            } catch (OptimisticLockingFailureException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}

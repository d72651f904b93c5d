package dk.samtalebordet.people.store;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.people.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two transactions changing the same person at once, in a fixed order: the later one is refused rather than
 * writing over the earlier one, and a change of the organisation that loses is done again from a fresh read.
 */
@IntegrationTest
class ConcurrentChangeTest {

    @Autowired
    PersonRepository persons;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    PlatformTransactionManager transactions;

    private TransactionTemplate transaction;
    private TransactionTemplate meanwhile;
    private long id;

    @BeforeEach
    void aPerson() {
        transaction = new TransactionTemplate(transactions);
        meanwhile = new TransactionTemplate(transactions);
        meanwhile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String name = "samtidig." + UUID.randomUUID().toString().substring(0, 8);
        id = transaction.execute(status -> persons.save(new Person(Source.CSV, name, name, "Sam Tidig",
                units.findAll().get(0))).getId());
    }

    @Test
    void aChangeMadeOnAStaleReadIsRefusedAndTheOtherIsKept() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            Person stale = persons.findById(id).orElseThrow();
            meanwhile.executeWithoutResult(s -> persons.findById(id).orElseThrow().setJobTitle("Fra rettelsen"));
            stale.setJobTitle("Fra kørslen");
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(title()).isEqualTo("Fra rettelsen");
    }

    @Test
    void aChangeThatLostIsDoneAgainFromAFreshReadAndNeitherIsLost() {
        AtomicInteger attempts = new AtomicInteger();
        ConcurrentChange.retried(transaction, status -> {
            Person person = persons.findById(id).orElseThrow();
            if (attempts.incrementAndGet() == 1) {
                meanwhile.executeWithoutResult(s -> persons.findById(id).orElseThrow().setEmployeeNumber("4711"));
            }
            person.setJobTitle("Fra kørslen");
            return null;
        });

        assertThat(attempts).hasValue(2);
        assertThat(title()).isEqualTo("Fra kørslen");
        String number = transaction.execute(s -> persons.findById(id).orElseThrow().getEmployeeNumber());
        assertThat(number).as("the concurrent change is kept").isEqualTo("4711");
    }

    private String title() {
        return transaction.execute(s -> persons.findById(id).orElseThrow().getJobTitle());
    }
}

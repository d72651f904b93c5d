package dk.samtalebordet.people.store;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PersonHoldRepository extends JpaRepository<PersonHold, PersonHold.Key> {

    List<PersonHold> findByKeyPersonId(long personId);

    List<PersonHold> findByKeyPersonIdIn(java.util.Collection<Long> personIds);
}

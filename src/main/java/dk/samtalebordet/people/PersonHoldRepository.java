package dk.samtalebordet.people;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PersonHoldRepository extends JpaRepository<PersonHold, PersonHold.Key> {

    List<PersonHold> findByKeyPersonId(long personId);

    List<PersonHold> findByKeyPersonIdIn(java.util.Collection<Long> personIds);
}

package dk.samtalebordet.people.store;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PersonChangeRepository extends JpaRepository<PersonChange, Long> {

    List<PersonChange> findByPersonIdOrderByChangedAtDescIdDesc(long personId);
}

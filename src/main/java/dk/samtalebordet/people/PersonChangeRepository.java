package dk.samtalebordet.people;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PersonChangeRepository extends JpaRepository<PersonChange, Long> {

    List<PersonChange> findByPersonIdOrderByChangedAtDescIdDesc(long personId);
}

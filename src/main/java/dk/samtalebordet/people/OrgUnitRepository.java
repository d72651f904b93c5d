package dk.samtalebordet.people;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByName(String name);

    List<OrgUnit> findByActiveTrueOrderByName();
}

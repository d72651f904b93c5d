package dk.samtalebordet.people.store;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByName(String name);

    List<OrgUnit> findByActiveTrueOrderByName();
}

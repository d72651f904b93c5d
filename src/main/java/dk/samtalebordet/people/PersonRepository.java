package dk.samtalebordet.people;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    Optional<Person> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    List<Person> findByManagerIdAndActiveTrueOrderByFullName(Long managerId);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    List<Person> findAllByOrderByOrgUnitNameAscFullNameAsc();

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    List<Person> findByIdIn(Iterable<Long> ids);

    boolean existsByUsernameIgnoreCase(String username);
}

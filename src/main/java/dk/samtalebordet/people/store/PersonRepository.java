package dk.samtalebordet.people.store;

import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.Source;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    Optional<Person> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    List<Person> findByEmployeeNumber(String employeeNumber);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    List<Person> findByManagerIdAndActiveTrueOrderByFullName(Long managerId);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    List<Person> findAllByOrderByOrgUnitNameAscFullNameAsc();

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    List<Person> findByIdIn(Iterable<Long> ids);

    boolean existsByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    Optional<Person> findBySourceAndExternalIdIgnoreCase(Source source, String externalId);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    Slice<Person> findBySource(Source source, Pageable page);

    long countBySource(Source source);

    @Query("select distinct p.manager.id from Person p where p.active = true and p.manager is not null")
    List<Long> findLeaderIds();

    @Query("select distinct p from Person p left join fetch p.roles")
    List<Person> findAllWithRoles();

    @Query("select distinct p from Person p left join fetch p.roles left join fetch p.orgUnit "
            + "where (p.source = :source and lower(p.externalId) in :keys) or lower(p.username) in :usernames")
    List<Person> findForEntries(Source source, java.util.Collection<String> keys,
                                java.util.Collection<String> usernames);

    @Query("select count(p) > 0 from Person p join p.roles r where p.active = true and r = :role")
    boolean existsActiveWithRole(Role role);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    @Query(value = "select p from Person p where lower(p.fullName) like :text escape '\\' "
            + "or lower(p.username) like :text escape '\\' or lower(p.orgUnit.name) like :text escape '\\'")
    Slice<Person> search(String text, Pageable page);

    @EntityGraph(attributePaths = {"orgUnit", "manager"})
    @Query("select p from Person p where p.active = true and (lower(p.fullName) like :text escape '\\' "
            + "or lower(p.username) like :text escape '\\' or lower(p.orgUnit.name) like :text escape '\\')")
    Slice<Person> searchActive(String text, Pageable page);

    @Query("select count(p) from Person p where lower(p.fullName) like :text escape '\\' "
            + "or lower(p.username) like :text escape '\\' or lower(p.orgUnit.name) like :text escape '\\'")
    long countSearch(String text);
}

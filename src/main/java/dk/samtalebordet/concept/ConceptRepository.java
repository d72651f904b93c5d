package dk.samtalebordet.concept;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ConceptRepository extends JpaRepository<Concept, Long> {

    Optional<Concept> findByKeyAndVersion(String key, int version);

    Optional<Concept> findFirstByKeyOrderByVersionDesc(String key);

    @Query("select c from Concept c where c.version = "
            + "(select max(o.version) from Concept o where o.key = c.key) order by c.name")
    List<Concept> findLatestVersions();

    List<Concept> findByKeyOrderByVersionDesc(String key);
}

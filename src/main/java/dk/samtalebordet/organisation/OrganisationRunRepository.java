package dk.samtalebordet.organisation;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OrganisationRunRepository extends JpaRepository<OrganisationRun, Long> {

    List<OrganisationRun> findAllByOrderByStartedAtDescIdDesc(Pageable page);
}

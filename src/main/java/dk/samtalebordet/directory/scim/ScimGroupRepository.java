package dk.samtalebordet.directory.scim;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ScimGroupRepository extends JpaRepository<ScimGroup, String> {

    List<ScimGroup> findByDisplayNameIgnoreCase(String displayName);

    List<ScimGroup> findAllByOrderByCreatedAt(Pageable page);

    List<ScimGroup> findByMembersContains(long personId);
}

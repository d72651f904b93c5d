package dk.samtalebordet.directory.scim;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Meta;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonAccounts;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.RoleMapping;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.people.SourcePerson;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The groups an identity provider pushes, and what they mean here: the roles their members get by
 * {@code samtalebordet.roles.*} (a group's display name, or its id, matched as the mapping says). Every change of
 * a group's name or members brings its old and new members' roles up to date.
 */
@Service
@Transactional
class ScimGroupService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScimGroupService.class);

    private final ScimGroupRepository groups;
    private final PeopleService people;
    private final PersonAccounts accounts;
    private final RoleMapping roles;
    private final Clock clock;

    ScimGroupService(ScimGroupRepository groups, PeopleService people, PersonAccounts accounts, RoleMapping roles,
                     Clock clock) {
        this.groups = groups;
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
        this.clock = clock;
    }

    GroupResource create(GroupResource group) throws ScimException {
        ScimGroup stored = new ScimGroup(UUID.randomUUID().toString(), clock.instant());
        set(stored, group);
        return resource(groups.save(stored));
    }

    @Transactional(readOnly = true)
    GroupResource get(String id) throws ScimException {
        return resource(existing(id));
    }

    @Transactional(readOnly = true)
    List<GroupResource> byDisplayName(String displayName) {
        return groups.findByDisplayNameIgnoreCase(displayName).stream().map(this::resource).toList();
    }

    @Transactional(readOnly = true)
    List<GroupResource> page(int startIndex, int count) {
        return groups.findAllByOrderByCreatedAt(PageRequest.of(0, startIndex - 1 + count)).stream()
                .skip(startIndex - 1L).map(this::resource).toList();
    }

    @Transactional(readOnly = true)
    long count() {
        return groups.count();
    }

    GroupResource replace(String id, GroupResource group) throws ScimException {
        ScimGroup stored = existing(id);
        set(stored, group);
        return resource(stored);
    }

    void delete(String id) throws ScimException {
        ScimGroup stored = existing(id);
        Set<Long> members = stored.members();
        groups.delete(stored);
        groups.flush();
        followRoles(members);
    }

    private void set(ScimGroup stored, GroupResource group) throws ScimException {
        if (group.getDisplayName() == null || group.getDisplayName().isBlank()) {
            throw new BadRequestException("displayName mangler.", BadRequestException.INVALID_VALUE);
        }
        Set<Long> members = new HashSet<>();
        for (Member member : group.getMembers() == null ? List.<Member>of() : group.getMembers()) {
            // a member Samtalebordet refused (say, without a department) must not cost the others their role
            people.findBySourceKey(Source.SCIM, member.getValue()).map(SourcePerson::id).ifPresentOrElse(
                    members::add, () -> log.warn("SCIM group {}: unknown member {} left out",
                            group.getDisplayName(), member.getValue()));
        }
        Set<Long> affected = new HashSet<>(stored.members());
        affected.addAll(members);
        stored.set(group.getDisplayName().strip(), group.getExternalId(), members, clock.instant());
        groups.saveAndFlush(stored);
        followRoles(affected);
    }

    /** Each person's roles from all the groups they are in now, by the groups' names and Entra object ids. */
    private void followRoles(Set<Long> personIds) {
        if (!roles.configured()) {
            return;
        }
        for (long personId : personIds) {
            List<String> names = new java.util.ArrayList<>();
            for (ScimGroup group : groups.findByMembersContains(personId)) {
                names.add(group.displayName());
                if (group.externalId() != null) {
                    names.add(group.externalId());
                }
            }
            accounts.groupRoles(personId, Source.SCIM, roles.rolesOf(names));
        }
    }

    private ScimGroup existing(String id) throws ResourceNotFoundException {
        return groups.findById(id).orElseThrow(() -> new ResourceNotFoundException("Gruppen " + id
                + " findes ikke."));
    }

    private GroupResource resource(ScimGroup group) {
        GroupResource resource = new GroupResource();
        resource.setId(group.id());
        resource.setExternalId(group.externalId());
        resource.setDisplayName(group.displayName());
        resource.setMembers(group.members().stream().map(people::findById).flatMap(java.util.Optional::stream)
                .map(p -> people.findBySourceUsername(Source.SCIM, p.username()).orElse(null))
                .filter(java.util.Objects::nonNull)
                .map(p -> new Member().setValue(p.externalId()).setDisplay(p.fullName())
                        .setRef(java.net.URI.create("/scim/v2/Users/" + p.externalId())))
                .toList());
        Meta meta = new Meta();
        meta.setResourceType("Group");
        meta.setLocation(java.net.URI.create("/scim/v2/Groups/" + group.id()));
        resource.setMeta(meta);
        return resource;
    }
}

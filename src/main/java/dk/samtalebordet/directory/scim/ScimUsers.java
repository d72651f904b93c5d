package dk.samtalebordet.directory.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import dk.samtalebordet.organisation.ImportLine;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.organisation.OrganisationImport;
import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.people.SourcePerson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /scim/v2/Users}: the core User schema and the enterprise extension (employeeNumber, department,
 * manager), as Entra ID sends them. Every change goes through the organisation's rules
 * ({@link OrganisationImport#apply}); a refused one is a 400 with the Danish reason. A user deactivated with
 * {@code active=false}, or deleted, is deactivated and kept with everything about them.
 */
@RestController
@RequestMapping(path = "/scim/v2/Users", produces = {ScimErrors.MEDIA_TYPE, "application/json"})
class ScimUsers {

    private final PeopleService people;
    private final OrganisationImport organisation;

    ScimUsers(PeopleService people, OrganisationImport organisation) {
        this.people = people;
        this.organisation = organisation;
    }

    @GetMapping
    ResponseEntity<String> search(@RequestParam(required = false) String filter,
                                  @RequestParam(defaultValue = "1") int startIndex,
                                  @RequestParam(defaultValue = "100") int count) throws ScimException {
        int size = Math.max(0, Math.min(count, 200));
        int start = Math.max(1, startIndex);
        List<SourcePerson> found;
        long total;
        if (filter != null && !filter.isBlank()) {
            found = byFilter(Filter.fromString(filter)).stream().toList();
            total = found.size();
            found = found.stream().skip(start - 1L).limit(size).toList();
        } else {
            total = people.countSourcePersons(Source.SCIM);
            // SCIM's startIndex is 1-based and need not fall on a page; read the pages that hold it
            found = size == 0 ? List.of() : people.sourcePersons(Source.SCIM, 0, start - 1 + size).stream()
                    .skip(start - 1L).toList();
        }
        List<UserResource> resources = found.stream().map(ScimUsers::resource).toList();
        return ok(new ListResponse<>((int) total, resources, start, resources.size()), 200);
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable String id) throws ScimException {
        return ok(resource(existing(id)), 200);
    }

    @PostMapping(consumes = {ScimErrors.MEDIA_TYPE, "application/json"})
    ResponseEntity<String> create(@RequestBody String body) throws ScimException, JsonProcessingException {
        UserResource user = JsonUtils.getObjectReader().forType(UserResource.class).readValue(body);
        if (user.getUserName() == null || user.getUserName().isBlank()) {
            throw new BadRequestException("userName mangler.", BadRequestException.INVALID_VALUE);
        }
        if (people.findAccount(user.getUserName()).isPresent()) {
            throw new ResourceConflictException("Brugernavnet " + user.getUserName() + " findes allerede.");
        }
        String id = UUID.randomUUID().toString();
        DirectoryEntry entry = entry(id, user);
        if (!entry.active()) {
            // created disabled (Entra provisions a disabled account too): stored, then deactivated
            store(new DirectoryEntry(id, entry.username(), entry.fullName(), entry.jobTitle(), entry.email(),
                    entry.employeeNumber(), entry.orgUnit(), entry.managerRef(), true, null));
        }
        store(entry);
        return ok(resource(existing(id)), 201);
    }

    @PutMapping(path = "/{id}", consumes = {ScimErrors.MEDIA_TYPE, "application/json"})
    ResponseEntity<String> replace(@PathVariable String id, @RequestBody String body)
            throws ScimException, java.io.IOException {
        existing(id);
        UserResource user = JsonUtils.getObjectReader().forType(UserResource.class).readValue(body);
        store(entry(id, user));
        return ok(resource(existing(id)), 200);
    }

    @PatchMapping(path = "/{id}", consumes = {ScimErrors.MEDIA_TYPE, "application/json"})
    ResponseEntity<String> patch(@PathVariable String id, @RequestBody String body)
            throws ScimException, java.io.IOException {
        GenericScimResource current = resource(existing(id)).asGenericScimResource();
        PatchRequest patch = JsonUtils.getObjectReader().forType(PatchRequest.class)
                .readValue(EntraPatches.normalise(JsonUtils.getObjectReader().readTree(body)));
        patch.apply(current);
        UserResource user = JsonUtils.nodeToValue(current.getObjectNode(), UserResource.class);
        store(entry(id, user));
        return ok(resource(existing(id)), 200);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) throws ScimException {
        DirectoryEntry entry = existing(id).toEntry();
        store(new DirectoryEntry(entry.externalId(), entry.username(), entry.fullName(), entry.jobTitle(),
                entry.email(), entry.employeeNumber(), entry.orgUnit(), entry.managerRef(), false, null));
        return ResponseEntity.noContent().build();
    }

    private List<SourcePerson> byFilter(Filter filter) throws ScimException {
        if (filter.getFilterType() != FilterType.EQUAL || filter.getComparisonValue() == null) {
            throw BadRequestException.invalidFilter("Kun filtre med eq på userName, id eller externalId "
                    + "understøttes.");
        }
        String attribute = filter.getAttributePath().toString();
        String value = filter.getComparisonValue().asText();
        Optional<SourcePerson> found = switch (attribute.toLowerCase(java.util.Locale.ROOT)) {
            case "username" -> people.findBySourceUsername(Source.SCIM, value);
            case "id", "externalid" -> people.findBySourceKey(Source.SCIM, value);
            default -> throw BadRequestException.invalidFilter("Filteret på " + attribute + " understøttes ikke.");
        };
        return found.stream().toList();
    }

    private SourcePerson existing(String id) throws ResourceNotFoundException {
        return people.findBySourceKey(Source.SCIM, id)
                .orElseThrow(() -> new ResourceNotFoundException("Brugeren " + id + " findes ikke."));
    }

    private void store(DirectoryEntry entry) {
        ImportReport report = organisation.apply(Source.SCIM, List.of(entry));
        report.lines().stream().filter(l -> l.kind() == ImportLine.Kind.REFUSED).findFirst().ifPresent(l -> {
            throw new OrganisationException(l.detail());
        });
    }

    static DirectoryEntry entry(String id, UserResource user) throws ScimException {
        EnterpriseUserExtension enterprise = user.getExtension(EnterpriseUserExtension.class);
        Name name = user.getName();
        String fullName = user.getDisplayName();
        if ((fullName == null || fullName.isBlank()) && name != null) {
            fullName = name.getFormatted() != null ? name.getFormatted()
                    : String.join(" ", java.util.stream.Stream.of(name.getGivenName(), name.getFamilyName())
                            .filter(java.util.Objects::nonNull).toList());
        }
        String email = user.getEmails() == null ? null : user.getEmails().stream()
                .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.getPrimary()), Boolean.TRUE.equals(
                        a.getPrimary()))).map(Email::getValue).findFirst().orElse(null);
        return new DirectoryEntry(id, user.getUserName(), fullName, user.getTitle(), email,
                enterprise == null ? null : enterprise.getEmployeeNumber(),
                enterprise == null ? null : enterprise.getDepartment(),
                enterprise == null || enterprise.getManager() == null ? null : enterprise.getManager().getValue(),
                !Boolean.FALSE.equals(user.getActive()), null);
    }

    static UserResource resource(SourcePerson person) {
        UserResource user = new UserResource();
        user.setId(person.externalId());
        user.setUserName(person.username());
        user.setDisplayName(person.fullName());
        user.setName(new Name().setFormatted(person.fullName()));
        user.setTitle(person.jobTitle());
        user.setActive(person.active());
        if (person.email() != null) {
            user.setEmails(new Email().setValue(person.email()).setType("work").setPrimary(true));
        }
        EnterpriseUserExtension enterprise = new EnterpriseUserExtension()
                .setEmployeeNumber(person.employeeNumber()).setDepartment(person.orgUnit());
        if (person.managerExternalId() != null) {
            enterprise.setManager(new Manager().setValue(person.managerExternalId()));
        }
        user.setExtension(enterprise);
        Meta meta = new Meta();
        meta.setResourceType("User");
        meta.setLocation(java.net.URI.create("/scim/v2/Users/" + person.externalId()));
        user.setMeta(meta);
        return user;
    }

    static ResponseEntity<String> ok(Object resource, int status) {
        return ResponseEntity.status(status).header("Content-Type", ScimErrors.MEDIA_TYPE)
                .body(ScimErrors.json(resource));
    }
}

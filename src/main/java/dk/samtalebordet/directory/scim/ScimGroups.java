package dk.samtalebordet.directory.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.utils.JsonUtils;
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
import java.util.Locale;

/**
 * {@code /scim/v2/Groups}: the groups Entra ID assigns to Samtalebordet, with their members; a PATCH adds or
 * removes members ({@code members[value eq "…"]}) or renames, applied by the SCIM library.
 */
@RestController
@RequestMapping(path = "/scim/v2/Groups", produces = {ScimErrors.MEDIA_TYPE, "application/json"})
class ScimGroups {

    private final ScimGroupService groups;

    ScimGroups(ScimGroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    ResponseEntity<String> search(@RequestParam(required = false) String filter,
                                  @RequestParam(required = false) String excludedAttributes,
                                  @RequestParam(defaultValue = "1") int startIndex,
                                  @RequestParam(defaultValue = "100") int count) throws ScimException {
        int size = Math.max(0, Math.min(count, 200));
        int start = Math.max(1, startIndex);
        List<GroupResource> found;
        long total;
        if (filter != null && !filter.isBlank()) {
            Filter parsed = Filter.fromString(filter);
            if (parsed.getFilterType() != FilterType.EQUAL
                    || !parsed.getAttributePath().toString().equalsIgnoreCase("displayName")) {
                throw BadRequestException.invalidFilter("Kun displayName eq understøttes for grupper.");
            }
            found = groups.byDisplayName(parsed.getComparisonValue().asText());
            total = found.size();
            found = found.stream().skip(start - 1L).limit(size).toList();
        } else {
            total = groups.count();
            found = size == 0 ? List.of() : groups.page(start, size);
        }
        if (excludedAttributes != null && excludedAttributes.toLowerCase(Locale.ROOT).contains("members")) {
            found.forEach(g -> g.setMembers(null));
        }
        return ScimUsers.ok(new ListResponse<>((int) total, found, start, found.size()), 200);
    }

    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable String id) throws ScimException {
        return ScimUsers.ok(groups.get(id), 200);
    }

    @PostMapping(consumes = {ScimErrors.MEDIA_TYPE, "application/json"})
    ResponseEntity<String> create(@RequestBody String body) throws ScimException, JsonProcessingException {
        return ScimUsers.ok(groups.create(read(body)), 201);
    }

    @PutMapping(path = "/{id}", consumes = {ScimErrors.MEDIA_TYPE, "application/json"})
    ResponseEntity<String> replace(@PathVariable String id, @RequestBody String body)
            throws ScimException, java.io.IOException {
        return ScimUsers.ok(groups.replace(id, read(body)), 200);
    }

    @PatchMapping(path = "/{id}", consumes = {ScimErrors.MEDIA_TYPE, "application/json"})
    ResponseEntity<String> patch(@PathVariable String id, @RequestBody String body)
            throws ScimException, java.io.IOException {
        GenericScimResource current = groups.get(id).asGenericScimResource();
        PatchRequest patch = JsonUtils.getObjectReader().forType(PatchRequest.class)
                .readValue(EntraPatches.normalise(JsonUtils.getObjectReader().readTree(body)));
        patch.apply(current);
        GroupResource changed = JsonUtils.nodeToValue(current.getObjectNode(), GroupResource.class);
        return ScimUsers.ok(groups.replace(id, changed), 200);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) throws ScimException {
        groups.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static GroupResource read(String body) throws JsonProcessingException {
        return JsonUtils.getObjectReader().forType(GroupResource.class).readValue(body);
    }
}

package dk.samtalebordet.organisation;

import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.shared.Translations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dk.samtalebordet.organisation.Candidate.lower;

/**
 * Decides, before anything is written, which entries of a run are accepted: each must be valid on its own, have
 * a unique username and key, not take another source's username, and have a personaleleder who is known, active
 * and not refused, with no ring of leaders. Refusing an entry may refuse those it leads, so the checks repeat
 * until nothing more changes. A refused entry changes nothing of the person it describes.
 */
final class SyncPlan {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@'-]+");

    private final Source source;
    private final boolean complete;
    private final OrganisationSnapshot stored;
    final List<Candidate> candidates;
    private List<Person> missing = List.of();
    private final Map<String, Candidate> byKey = new HashMap<>();
    private final Map<Long, Candidate> byPersonId = new HashMap<>();

    SyncPlan(Source source, boolean complete, OrganisationSnapshot stored, List<DirectoryEntry> entries) {
        this.source = source;
        this.complete = complete;
        this.stored = stored;
        this.candidates = entries.stream().map(Candidate::new).toList();
    }

    boolean complete() {
        return complete;
    }

    SyncPlan decide() {
        candidates.forEach(this::validate);
        refuseDuplicates();
        candidates.forEach(this::matchByKey);
        candidates.forEach(this::matchByUsername);
        candidates.forEach(this::resolveManager);
        boolean changed;
        do {
            changed = refuseUnledAndRefusedManagers();
            if (!changed) {
                changed = refuseRings();
            }
        } while (changed);
        if (complete) {
            missing = stored.persons().stream()
                    .filter(p -> p.getSource() == source && !byPersonId.containsKey(p.getId()))
                    .toList();
        }
        return this;
    }

    /**
     * The stored persons of this source that no entry describes, as stored before the run: a complete source no
     * longer has them.
     */
    List<Person> missing() {
        return missing;
    }

    private void validate(Candidate c) {
        if (!c.active) {
            return; // a person disabled in the source is deactivated whatever else the entry lacks
        }
        if (c.username == null) {
            c.refuse(text("organisation.refused.no-username"));
        } else if (c.username.length() > 100 || !USERNAME.matcher(c.username).matches()) {
            c.refuse(text("organisation.refused.bad-username", c.username));
        }
        if (c.fullName == null) {
            c.refuse(text("organisation.refused.no-name"));
        } else if (c.fullName.length() > 200) {
            c.refuse(text("organisation.refused.too-long", text("person-field.NAME"), 200));
        }
        if (c.orgUnit == null) {
            c.refuse(text("organisation.refused.no-unit"));
        } else if (c.orgUnit.length() > 200) {
            c.refuse(text("organisation.refused.too-long", text("person-field.ORG_UNIT"), 200));
        }
        if (c.jobTitle != null && c.jobTitle.length() > 200) {
            c.refuse(text("organisation.refused.too-long", text("person-field.TITLE"), 200));
        }
        if (c.email != null && (c.email.length() > 254 || !c.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            c.refuse(text("organisation.refused.bad-email", c.email));
        }
        if (c.employeeNumber != null && c.employeeNumber.length() > 50) {
            c.refuse(text("organisation.refused.too-long", text("person-field.EMPLOYEE_NUMBER"), 50));
        }
        if (c.key.length() > 500) {
            c.refuse(text("organisation.refused.too-long", "id", 500));
        }
    }

    private void refuseDuplicates() {
        Map<String, List<Candidate>> usernames = candidates.stream().filter(c -> c.username != null)
                .collect(Collectors.groupingBy(c -> lower(c.username)));
        usernames.values().stream().filter(list -> list.size() > 1).forEach(list -> list.forEach(c ->
                c.refuse(text("organisation.refused.duplicate-username", c.username, list.size()))));
        Map<String, List<Candidate>> keys = candidates.stream().collect(Collectors.groupingBy(c -> lower(c.key)));
        keys.forEach((key, list) -> {
            if (list.size() > 1) {
                list.forEach(c -> c.refuse(text("organisation.refused.duplicate-key", c.key, list.size())));
            } else {
                byKey.put(key, list.get(0));
            }
        });
    }

    /** First every entry finds the stored person its own key names, so no entry can take another's person. */
    private void matchByKey(Candidate c) {
        Person byOwnKey = stored.byKey(source, c.key);
        if (byOwnKey != null && !byPersonId.containsKey(byOwnKey.getId())) {
            c.existing = byOwnKey;
            byPersonId.put(byOwnKey.getId(), c);
        }
    }

    /**
     * Then an entry whose key is new finds an active person of this source by username: the same person under a
     * new key (an AD account moved to another OU has a new DN). A username of a deactivated person, or of
     * another source, is refused rather than merged: a new colleague given a departed one's username must never
     * inherit their conversations.
     */
    private void matchByUsername(Candidate c) {
        Person byName = c.username == null ? null : stored.byUsername(c.username);
        if (c.existing == null && byName != null && byName.getSource() == source && byName.isActive()
                && !byPersonId.containsKey(byName.getId())) {
            c.existing = byName;
            byPersonId.put(byName.getId(), c);
        }
        if (byName != null && byName != c.existing && c.active) {
            c.refuse(byName.isActive() || byName.getSource() != source
                    ? text("organisation.refused.username-taken", c.username, byName.getFullName(),
                    text("source." + byName.getSource()))
                    : text("organisation.refused.username-of-inactive", c.username, byName.getFullName()));
        }
    }

    private void resolveManager(Candidate c) {
        if (c.managerRef == null || !c.accepted() || !c.active) {
            return;
        }
        Candidate inRun = byKey.get(lower(c.managerRef));
        if (inRun != null) {
            c.managerCandidate = inRun;
            return;
        }
        Person person = stored.byKey(source, c.managerRef);
        if (person == null && !c.managerRef.contains("=")) {
            person = stored.byUsername(c.managerRef);
        }
        if (person == null || complete && person.getSource() == source) {
            c.refuse(text("organisation.refused.unknown-manager", c.managerRef));
        } else {
            c.managerPerson = person;
        }
    }

    private boolean refuseUnledAndRefusedManagers() {
        boolean changed = false;
        for (Candidate c : candidates) {
            if (!c.accepted() || !c.active) {
                continue;
            }
            if (c.managerCandidate != null && !c.managerCandidate.accepted()) {
                c.refuse(text("organisation.refused.manager-refused", c.managerCandidate.subject()));
                changed = true;
            } else if (c.managerCandidate != null && !c.managerCandidate.active
                    || c.managerPerson != null && !c.managerPerson.isActive()) {
                String manager = c.managerCandidate != null ? c.managerCandidate.subject()
                        : c.managerPerson.getFullName();
                c.refuse(text("organisation.refused.manager-inactive", manager));
                changed = true;
            }
        }
        return changed;
    }

    /** Walks each accepted entry's chain of leaders, as it will be after the run; a ring refuses its entries. */
    private boolean refuseRings() {
        Set<Object> safe = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean changed = false;
        for (Candidate start : candidates) {
            if (!start.accepted() || !start.active) {
                continue;
            }
            List<Object> path = new ArrayList<>();
            Set<Object> onPath = new HashSet<>();
            Object node = start;
            while (node != null && !safe.contains(node)) {
                if (!onPath.add(node)) {
                    List<Object> ring = path.subList(path.indexOf(node), path.size());
                    String chain = ring.stream().map(SyncPlan::name).collect(Collectors.joining(" → "))
                            + " → " + name(node);
                    for (Object member : ring) {
                        if (member instanceof Candidate c && c.accepted()) {
                            c.refuse(text("organisation.refused.ring", chain));
                            changed = true;
                        }
                    }
                    break;
                }
                path.add(node);
                node = leaderOf(node);
            }
            safe.addAll(path);
        }
        return changed;
    }

    /** The leader a node will have after the run: a held correction stays, an accepted entry takes its own. */
    private Object leaderOf(Object node) {
        if (node instanceof Candidate c && c.accepted() && c.active
                && (c.existing == null || !stored.isHeld(c.existing, PersonField.MANAGER))) {
            return c.managerCandidate != null ? c.managerCandidate : node(c.managerPerson);
        }
        Person person = node instanceof Candidate c ? c.existing : (Person) node;
        return person == null ? null : node(person.getManager());
    }

    private Object node(Person person) {
        if (person == null) {
            return null;
        }
        Candidate c = byPersonId.get(person.getId());
        return c != null && c.accepted() ? c : person;
    }

    private static String name(Object node) {
        return node instanceof Candidate c ? c.subject() : ((Person) node).getFullName();
    }

    static String text(String key, Object... params) {
        return Translations.danish(key, params);
    }
}

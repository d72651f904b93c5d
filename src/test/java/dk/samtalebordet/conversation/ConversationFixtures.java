package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.people.PeopleService;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

/** Creates fresh conversations between demo people through the real service. */
@Component
public class ConversationFixtures {

    private final ConversationService conversations;
    private final ConceptService concepts;
    private final PeopleService people;

    ConversationFixtures(ConversationService conversations, ConceptService concepts, PeopleService people) {
        this.conversations = conversations;
        this.concepts = concepts;
        this.people = people;
    }

    public long id(String username) {
        return people.findAccount(username).orElseThrow().personId();
    }

    public long conceptId(String key) {
        return concepts.findLatest(key).orElseThrow().id();
    }

    public UUID mus(String leader, String employee) {
        return create(ConversationKind.MUS, "albertslund-mus", leader, employee);
    }

    /** A MUS held online, over video, where the employee may follow the leader's focus. */
    public UUID online(String leader, String employee) {
        return conversations.create(new NewConversation(ConversationKind.MUS, conceptId("albertslund-mus"),
                Variant.PUSLESPIL, Form.ONLINE, Instant.now().plus(1, ChronoUnit.DAYS),
                NewConversation.DEFAULT_DURATION_MINUTES, "", "https://video.example.dk/mus",
                java.util.List.of(id(employee)), false), id(leader));
    }

    public UUID create(ConversationKind kind, String conceptKey, String leader, String... employees) {
        return create(kind, conceptKey, false, leader, employees);
    }

    public UUID create(ConversationKind kind, String conceptKey, boolean revealWhenAllChosen, String leader,
                       String... employees) {
        long conceptId = concepts.findLatest(conceptKey).orElseThrow().id();
        return conversations.create(new NewConversation(kind, conceptId, Variant.PUSLESPIL, Form.VED_BORDET,
                Instant.now().plus(1, ChronoUnit.DAYS), NewConversation.DEFAULT_DURATION_MINUTES, "Lokale 1", null,
                Arrays.stream(employees).map(this::id).toList(), revealWhenAllChosen), id(leader));
    }
}

package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Two planned conversations in the demo department, so there is a table to sit down at: a MUS between Mads
 * Østergaard and Jens Peter Hansen, and an online GRUS of Sofie Bech Andersen's group. Created once.
 */
@Component
@Profile("demo")
@Order(30)
class DemoConversations implements ApplicationRunner {

    private final ConversationRepository conversations;
    private final ConversationService service;
    private final ConceptService concepts;
    private final PeopleService people;
    private final Clock clock;

    DemoConversations(ConversationRepository conversations, ConversationService service, ConceptService concepts,
                      PeopleService people, Clock clock) {
        this.conversations = conversations;
        this.service = service;
        this.concepts = concepts;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (conversations.count() > 0) {
            return;
        }
        long mus = concepts.findLatest("albertslund-mus").orElseThrow().id();
        ZoneId zone = ZoneId.of("Europe/Copenhagen");
        LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(1);
        service.create(new NewConversation(ConversationKind.MUS, mus, Variant.PUSLESPIL, Form.VED_BORDET,
                day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(), NewConversation.DEFAULT_DURATION_MINUTES,
                "Mødelokale 2, Rådhuset", null, List.of(id("jph"))), id("mos"));
        service.create(new NewConversation(ConversationKind.GRUS, mus, Variant.SKEMA, Form.ONLINE,
                day.plusDays(1).atTime(LocalTime.of(13, 0)).atZone(zone).toInstant(),
                (int) Duration.ofMinutes(90).toMinutes(), null, "https://moede.samtalebordet.example/grus",
                List.of(id("khj"), id("rda"), id("eyi"))), id("sba"));
    }

    private long id(String username) {
        return people.findAccount(username).map(Account::personId).orElseThrow();
    }
}

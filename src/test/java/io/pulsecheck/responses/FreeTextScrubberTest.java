package io.pulsecheck.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Sealing scrubs free text with the names of everyone on the roster, not only the writer's team. */
@QuarkusTest
class FreeTextScrubberTest {

    @Inject
    FreeTextScrubber scrubber;

    /** A surname no other test uses, made of letters only so that it is one word. */
    private static String uniqueSurname() {
        Random random = new Random();
        StringBuilder name = new StringBuilder("Qu");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private static void rosterPerson(String displayName) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = new Person();
            person.displayName = displayName;
            person.createdAt = Instant.now();
            person.persist();
        });
    }

    private String scrub(String text, Checkin checkin) {
        return QuarkusTransaction.requiringNew().call(() -> scrubber.scrub(text, checkin.teamId()));
    }

    @Test
    void removesNamesOfPeopleOutsideTheWritersTeam() {
        Checkin writers = OpenCheckInFixtures.openCheckin("slack", 2);
        String surname = uniqueSurname();
        rosterPerson("Océane " + surname);

        assertEquals("[name] from sales and [name] helped", scrub("Oceane from sales and "
                + surname.toUpperCase() + "S helped", writers));
    }

    @Test
    void removesNamesOfTheTeamAndItsLeader() {
        Checkin writers = OpenCheckInFixtures.openCheckin("slack", 1);
        String member = writers.member(0).displayName();

        assertEquals("[name] and [name] were kind", scrub(member + " and Leonie Vogt were kind", writers));
    }

    @Test
    void removesANameAddedOrChangedAfterAnEarlierScrub() {
        Checkin writers = OpenCheckInFixtures.openCheckin("slack", 1);
        String surname = uniqueSurname();
        assertEquals(surname + " joined", scrub(surname + " joined", writers));

        rosterPerson("Ida " + surname);

        assertEquals("[name] joined", scrub(surname + " joined", writers));
    }
}

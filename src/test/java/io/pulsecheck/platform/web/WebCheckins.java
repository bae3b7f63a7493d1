package io.pulsecheck.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.schedule.CheckInTick;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.SchedulerFixtures;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestSmtpServer;

/**
 * A team whose members answer on the web: the scheduler opens a check-in on Monday 2021-03-22 (09:00 Berlin, closing a
 * day later), queues each member's link and the outbox mails it to the test's SMTP server.
 */
@ApplicationScoped
public class WebCheckins {

    public static final LocalDate MONDAY = LocalDate.of(2021, 3, 22);
    public static final Instant OPENS = Instant.parse("2021-03-22T08:00:00Z");
    public static final Instant DURING = Instant.parse("2021-03-22T10:00:00Z");
    public static final Instant AFTER_CLOSE = Instant.parse("2021-03-23T09:00:00Z");

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    CheckInTick tick;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    @Inject
    OutboxWorker worker;

    /** An opened check-in with its members, the first of whom is the one tests act as. */
    public record Checkin(UUID teamId, UUID scheduleId, UUID cycleId, List<UUID> members, List<String> emails,
            List<UUID> questions) {

        public UUID member() {
            return members.get(0);
        }

        public String email() {
            return emails.get(0);
        }
    }

    /** Members on the web platform, each with a unique address, in the given language; mails are sent. */
    public Checkin open(int memberCount, String locale) {
        delivery.isolate();
        UUID set = fixtures.questionSet();
        List<UUID> members = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < memberCount; i++) {
            String email = "member" + i + "-" + tag + "@example.com";
            members.add(webMember(email, locale));
            emails.add(email);
        }
        UUID team = fixtures.team(members, List.of());
        UUID schedule = fixtures.weeklySchedule(team, set, MONDAY);
        clock.setInstant(OPENS);
        tick.runOnce();
        deliverUntilReceived(emails);
        Cycle cycle = fixtures.cycles(schedule).get(0);
        return new Checkin(team, schedule, cycle.id, members, emails, fixtures.cycleQuestionIds(cycle.id));
    }

    /**
     * Sends again, past the retry backoff, while a mail has not arrived: on this shared test machine an SMTP send
     * now and then times out (the outbox retries it, as in production).
     */
    public void deliverUntilReceived(List<String> addresses) {
        for (int retry = 0; retry < 3 && !addresses.stream().allMatch(a -> !mailsTo(a).isEmpty()); retry++) {
            clock.setInstant(clock.instant().plus(Duration.ofMinutes(2)));
            worker.deliverDue();
        }
    }

    @Transactional
    public UUID webMember(String email, String locale) {
        Person person = new Person();
        person.displayName = "Web " + UUID.randomUUID();
        person.email = email;
        person.platform = PlatformId.WEB;
        person.locale = locale;
        person.timeZone = "Europe/Berlin";
        person.createdAt = Instant.parse("2020-01-01T00:00:00Z");
        person.persist();
        return person.id;
    }

    /** The mails the SMTP server received for the address. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestSmtpServer.server().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The stored score of each question, in order (one respondent), after the cycle's answers were written out. */
    public List<Long> scores(UUID cycleId, List<UUID> questions) {
        List<Long> scores = new ArrayList<>();
        for (UUID question : questions) {
            scores.add(fixtures.count("select a.value from answer a join response r on r.id = a.response_id "
                    + "where r.cycle_id = ?1 and a.question_id = ?2", cycleId, question));
        }
        return scores;
    }

    public long count(String sql, Object... parameters) {
        return fixtures.count(sql, parameters);
    }
}

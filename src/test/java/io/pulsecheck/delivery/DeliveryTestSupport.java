package io.pulsecheck.delivery;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.platform.PlatformId;

/** Queues and inspects outbox rows for delivery tests. */
@ApplicationScoped
public class DeliveryTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /**
     * Keeps messages left by earlier tests out of this test's sends (tests run one after another, so they are
     * finished) and forgets rate-limit state, which earlier tests built with other fixed clocks.
     */
    @Transactional
    public void isolate() {
        em.createNativeQuery("update outbox_message set next_attempt_at = next_attempt_at + interval '500 years' "
                + "where status = 'pending' and next_attempt_at < timestamptz '2400-01-01'").executeUpdate();
        em.createNativeQuery("delete from delivery_rate_limit").executeUpdate();
    }

    @Transactional
    public UUID enqueue(MessageKind kind, PlatformId channel, Destination destination, String payloadJson) {
        return outbox.enqueue(new OutboundMessage(kind, channel, destination, json(payloadJson), null, null))
                .orElseThrow();
    }

    /** A reply in a person's conversation, as inbound handlers queue it. */
    @Transactional
    public UUID enqueueReply(UUID personId, Destination destination, String payloadJson) {
        return outbox.enqueue(new OutboundMessage(MessageKind.CONVERSATION, PlatformId.WEBHOOK, destination,
                json(payloadJson), null, null).toPerson(personId)).orElseThrow();
    }

    @Transactional
    public OutboxMessage find(UUID id) {
        OutboxMessage message = OutboxMessage.findById(id);
        em.detach(message);
        return message;
    }

    @Transactional
    public long attemptsRecorded(UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from delivery_attempt where message_id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    /** Makes PostgreSQL refuse any attempt recorded for this message, as a broken row would. */
    @Transactional
    public void refuseAttemptsOf(UUID id) {
        em.createNativeQuery("""
                create or replace function test_refuse_attempt() returns trigger language plpgsql as $$
                begin
                    if new.message_id = '%s' then raise exception 'attempt refused'; end if;
                    return new;
                end $$
                """.formatted(id)).executeUpdate();
        em.createNativeQuery("create trigger test_refuse_attempt before insert on delivery_attempt "
                + "for each row execute function test_refuse_attempt()").executeUpdate();
    }

    @Transactional
    public void acceptAllAttempts() {
        em.createNativeQuery("drop trigger if exists test_refuse_attempt on delivery_attempt").executeUpdate();
        em.createNativeQuery("drop function if exists test_refuse_attempt()").executeUpdate();
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

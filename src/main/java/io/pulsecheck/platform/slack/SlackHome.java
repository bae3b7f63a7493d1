package io.pulsecheck.platform.slack;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.conversation.ConversationConfig;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;

/**
 * The App Home tab ({@code views.publish}): the person's status, language, the pause, resume, stop and language
 * buttons, and what pulsecheck stores about them, in their language. It shows no answer: none is linked to anyone.
 */
@ApplicationScoped
public class SlackHome {

    static final String ACTION_PREFIX = "home_";
    static final String PAUSE = "home_pause";
    static final String RESUME = "home_resume";
    static final String STOP = "home_stop";
    static final String LANGUAGE = "home_language";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    ConversationConfig conversation;

    @Inject
    EntityManager em;

    /** The {@code views.publish} of the member's home, through the outbox; for a person or someone not on a roster. */
    public OutboundMessage publish(String workspace, String memberId, Optional<Person> person, String dedupKey) {
        ObjectNode payload = JSON.objectNode();
        payload.put("user_id", memberId);
        payload.set("view", person.map(this::view).orElseGet(SlackHome::notOnRoster));
        OutboundMessage message = new OutboundMessage(MessageKind.CONVERSATION, PlatformId.SLACK,
                SlackDestinations.view(workspace), payload, null, dedupKey);
        return person.map(p -> message.toPerson(p.id)).orElse(message);
    }

    ObjectNode view(Person person) {
        SlackMessages text = UserLocale.bundle(SlackMessages.class, person.locale);
        ObjectNode view = home();
        ArrayNode blocks = (ArrayNode) view.get("blocks");
        blocks.addObject().put("type", "header").putObject("text").put("type", "plain_text")
                .put("text", text.homeTitle());
        String status = switch (person.status) {
            case paused -> text.statusPaused(String.valueOf(person.pausedUntil));
            case opted_out, erased -> text.statusStopped();
            case active -> text.statusActive();
        };
        section(blocks, status + "\n" + text.language());
        ArrayNode buttons = blocks.addObject().put("type", "actions").put("block_id", "home")
                .putArray("elements");
        if (person.status == Person.Status.active) {
            button(buttons, PAUSE, text.pauseButton(conversation.defaultPauseDays()), null);
            button(buttons, STOP, text.stopButton(), "danger");
        } else {
            button(buttons, RESUME, text.resumeButton(), "primary");
        }
        button(buttons, LANGUAGE, text.otherLanguageButton(), null)
                .put("value", "de".equals(UserLocale.resolve(person.locale)) ? "en" : "de");
        blocks.addObject().put("type", "divider");
        blocks.addObject().put("type", "header").putObject("text").put("type", "plain_text")
                .put("text", text.storedTitle());
        section(blocks, text.stored(kFor(person)));
        return view;
    }

    /** The smallest group any of the person's team reports can show: their teams' k, else the organisation's. */
    private int kFor(Person person) {
        Number k = (Number) em.createNativeQuery("""
                select coalesce(min(coalesce(t.k_threshold, o.k_threshold)), max(o.k_threshold))
                from org_settings o left join team_member m on m.person_id = :person
                left join team t on t.id = m.team_id""").setParameter("person", person.id).getSingleResult();
        return k.intValue();
    }

    private static ObjectNode notOnRoster() {
        ObjectNode view = home();
        section((ArrayNode) view.get("blocks"), UserLocale.bundle(SlackMessages.class, null).notOnRoster());
        return view;
    }

    private static ObjectNode home() {
        ObjectNode view = JSON.objectNode();
        view.put("type", "home");
        view.putArray("blocks");
        return view;
    }

    private static void section(ArrayNode blocks, String markdown) {
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", markdown);
    }

    private static ObjectNode button(ArrayNode buttons, String actionId, String label, String style) {
        ObjectNode button = buttons.addObject().put("type", "button").put("action_id", actionId);
        button.putObject("text").put("type", "plain_text").put("text", label);
        if (style != null) {
            button.put("style", style);
        }
        return button;
    }
}

package io.pulsecheck.platform.teams;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.delivery.adapters.HttpOutcomes;
import io.pulsecheck.delivery.adapters.HttpTransport;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;

/**
 * Finds the person a Teams user is on the roster: by their Entra object id (as the person's Teams user id, or as the
 * identity provider subject), else by the email the Bot Connector gives for the chat's member (the roster's Teams
 * user id or the person's email).
 */
@ApplicationScoped
class TeamsDirectory {

    private static final Logger LOG = Logger.getLogger(TeamsDirectory.class);

    @Inject
    MicrosoftHttp http;

    @Inject
    BotConnectorToken token;

    @Inject
    BotConnectorSender sender;

    Optional<Person> personOf(TeamsActivity activity) {
        String objectId = activity.from().aadObjectId();
        if (objectId != null && !objectId.isBlank()) {
            Optional<Person> person = Person.findByChatIdentity(PlatformId.TEAMS, objectId)
                    .or(() -> Person.findBySubject(objectId));
            if (person.isPresent()) {
                return usable(person);
            }
        }
        Optional<String> email = memberEmail(activity);
        if (email.isEmpty()) {
            return Optional.empty();
        }
        return usable(Person.findByChatIdentity(PlatformId.TEAMS, email.get())
                .or(() -> Person.findByEmail(email.get())));
    }

    private static Optional<Person> usable(Optional<Person> person) {
        return person.filter(p -> p.status != Person.Status.erased);
    }

    /** The member's email or user principal name, asked from the Bot Connector; empty when it cannot say. */
    private Optional<String> memberEmail(TeamsActivity activity) {
        if (!sender.allowedServiceUrl(activity.serviceUrl())) {
            return Optional.empty();
        }
        String url = activity.serviceUrl() + (activity.serviceUrl().endsWith("/") ? "" : "/") + "v3/conversations/"
                + encode(activity.conversation().id()) + "/members/" + encode(activity.from().id());
        try {
            HttpTransport.Reply reply = http.get(url, Map.of("Authorization", "Bearer " + token.current(),
                    "Accept", "application/json"));
            if (reply.status() != 200) {
                LOG.debugf("Teams member lookup answered HTTP %d", reply.status());
                return Optional.empty();
            }
            JsonNode member = HttpOutcomes.readJson(reply.body());
            if (member == null) {
                return Optional.empty();
            }
            for (String field : new String[] { "email", "userPrincipalName" }) {
                String value = member.path(field).asText("");
                if (value.contains("@")) {
                    return Optional.of(value.strip());
                }
            }
            return Optional.empty();
        } catch (IOException | BotConnectorToken.TokenUnavailable e) {
            LOG.debugf("Teams member lookup failed (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

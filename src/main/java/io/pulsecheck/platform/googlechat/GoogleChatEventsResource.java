package io.pulsecheck.platform.googlechat;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.platform.InboundBody;

/** Google Chat app events: installation, typed messages and the Submit of a check-in card. */
@Path("/webhooks/google-chat/events")
@Tag(name = "Webhooks")
@PermitAll
public class GoogleChatEventsResource {

    @Inject
    GoogleChatTokenVerifier verifier;

    @Inject
    GoogleChatHandler handler;

    @Inject
    Validator validator;

    @Inject
    ApiConfig api;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Google Chat app event",
            description = "An interaction event of the Chat app, authenticated by Google's bearer token (project "
                    + "number or endpoint URL audience, docs/GOOGLE-CHAT.md) before the body is read. "
                    + "ADDED_TO_SPACE in a direct message links the person's space, REMOVED_FROM_SPACE forgets it, "
                    + "MESSAGE runs a command or the typed check-in, CARD_CLICKED on Submit seals the answers "
                    + "anonymously and replaces the card. The same event again is refused with 409.")
    public Response receive(byte[] body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization)
            throws JsonProcessingException {
        byte[] raw = InboundBody.orEmpty(body);
        InboundBody.checkSize(raw, api.maxBodySize().asLongValue());
        verifier.verify(authorization);
        GoogleChatEvent event = InboundBody.json(raw, GoogleChatEvent.class, validator);
        try {
            return Response.ok(handler.handle(event)).build();
        } catch (ApiException e) {
            // A Submit after the close gets the card replaced by "closed" instead of an error Chat would show as a
            // failure; the sealing rolled back, so nothing is written.
            if (e.problem().status() == Status.GONE.getStatusCode()
                    && GoogleChatEvent.CARD_CLICKED.equals(event.type())) {
                return Response.ok(handler.closedReply(event)).build();
            }
            throw e;
        }
    }
}

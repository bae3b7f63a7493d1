package io.pulsecheck.platform.teams;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.platform.InboundBody;

/** Microsoft Teams Bot Framework activities: installation, the check-in card's Submit, typed commands. */
@Path("/webhooks/teams/messages")
@Tag(name = "Webhooks")
@PermitAll
public class TeamsMessagesResource {

    @Inject
    TeamsTokenVerifier verifier;

    @Inject
    Validator validator;

    @Inject
    TeamsHandler handler;

    @Inject
    BotConnectorSender sender;

    @Inject
    ApiConfig api;

    @Inject
    TeamsReplyCodes replyCodes;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a Microsoft Teams activity",
            description = "Authenticated by the Bot Connector's bearer token (signed with a key of Microsoft's "
                    + "published key set, issuer Bot Framework, audience the bot's app id, not expired, its "
                    + "serviceUrl the activity's) before the body is read. Installation stores the 1:1 chat for the "
                    + "person, uninstalling forgets it; the card's Submit seals the answers anonymously and the card "
                    + "is replaced after the acknowledgement (with the writer's reply code when they asked for "
                    + "replies to their comment, sent straight after the commit, never queued); typed text is a "
                    + "command or a typed answer. A redelivered activity is acknowledged without effect.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamsActivity.class)))
    public Response receive(byte[] body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization)
            throws JsonProcessingException {
        byte[] raw = InboundBody.orEmpty(body);
        InboundBody.checkSize(raw, api.webhookMaxBodySize().asLongValue());
        TeamsTokenVerifier.VerifiedToken token = verifier.verify(authorization);
        TeamsActivity activity = InboundBody.json(raw, TeamsActivity.class, validator);
        if (!token.serviceUrl().equals(activity.serviceUrl())) {
            throw InboundBody.unauthorized("The token's serviceUrl is not the activity's");
        }
        if (!token.endorses(activity.channelId())) {
            throw InboundBody.unauthorized("The signing key is not endorsed for this channel");
        }
        if (!sender.allowedServiceUrl(activity.serviceUrl())) {
            throw ApiException.invalid("serviceUrl", "is not a Bot Connector service URL");
        }
        handler.handle(activity).codeCard().ifPresent(replyCodes::send);
        return Response.ok().build();
    }
}

package io.pulsecheck.platform.webhook;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.platform.InboundBody;

/** The generic signed JSON webhook, for any chat gateway: whole submissions and commands. */
@Path("/webhooks/generic")
@Tag(name = "Webhooks")
@PermitAll
public class GenericWebhookResource {

    @Inject
    ApiConfig api;

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    GenericHandler handler;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a generic webhook request",
            description = "Signed like the outbound generic webhook: X-Pulsecheck-Timestamp and "
                    + "X-Pulsecheck-Signature: v1=<hex HMAC-SHA256(secret, timestamp + '.' + raw body)>, with the "
                    + "inbound secret; timestamps more than five minutes off are refused, an identical request "
                    + "again gets 409. A checkin.submission seals the answers anonymously; a command changes the "
                    + "person's settings.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GenericInbound.class)))
    public GenericReply receive(byte[] body,
            @HeaderParam(GenericWebhookSignature.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(GenericWebhookSignature.SIGNATURE_HEADER) String signature)
            throws JsonProcessingException {
        byte[] raw = InboundBody.orEmpty(body);
        InboundBody.checkSize(raw, api.maxBodySize().asLongValue());
        String secret = config.inboundSecret().orElse(null);
        if (!GenericWebhookSignature.verify(secret, timestamp, signature, raw, clock.instant())) {
            throw InboundBody.unauthorized("The signature is missing, wrong or outside the replay window");
        }
        GenericInbound request = InboundBody.json(raw, GenericInbound.class, validator);
        return handler.handle(request, signature.strip());
    }
}

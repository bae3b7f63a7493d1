package io.pulsecheck.platform.teams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The routes of the dev-mode Microsoft stand-in ({@link TeamsStandIn}): the Bot Connector's OpenID metadata and key
 * set, Entra's token endpoint and the Bot Connector for the bot, and a page that shows each 1:1 chat as Teams would
 * and turns Submit on a card or a typed message into a signed activity posted to the bot's real endpoint. Removed
 * from production and test builds.
 */
@IfBuildProfile("dev")
@Path("/dev/teams")
@Tag(name = "Development")
@PermitAll
public class TeamsStandInResource {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    TeamsStandIn standIn;

    @GET
    @Path("/openid")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in Bot Connector OpenID metadata")
    public JsonNode openid() {
        return standIn.openidMetadata();
    }

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in Bot Connector signing keys")
    public String jwks() {
        return standIn.jwks();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in Entra token endpoint (client-credentials grant)")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret) {
        if (!"client_credentials".equals(grantType) || !standIn.validClient(clientId, clientSecret)) {
            return Response.status(401).entity(Map.of("error", "invalid_client")).build();
        }
        return Response.ok(Map.of("access_token", standIn.accessToken(), "token_type", "Bearer", "expires_in", 3600))
                .build();
    }

    @POST
    @Path("/v3/conversations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in Bot Connector create conversation (a member's 1:1 chat)")
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, JsonNode parameters) {
        if (!authorized(auth)) {
            return unauthorized();
        }
        String member = parameters == null ? "" : parameters.path("members").path(0).path("id").asText("");
        return standIn.conversationWith(member).map(id -> Response.status(201).entity(Map.of("id", id)).build())
                .orElseGet(() -> Response.status(404).entity(error("MemberNotFound")).build());
    }

    @POST
    @Path("/v3/conversations/{conversation}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in Bot Connector send to conversation")
    public Response send(@PathParam("conversation") String conversation,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, JsonNode activity) {
        if (!authorized(auth)) {
            return unauthorized();
        }
        if (!standIn.knows(conversation)) {
            return Response.status(404).entity(error("ConversationNotFound")).build();
        }
        return Response.status(201).entity(Map.of("id", standIn.sent(conversation, activity))).build();
    }

    @PUT
    @Path("/v3/conversations/{conversation}/activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in Bot Connector update activity (a card replaced in place)")
    public Response update(@PathParam("conversation") String conversation, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, JsonNode activity) {
        if (!authorized(auth)) {
            return unauthorized();
        }
        if (!standIn.updated(conversation, id, activity)) {
            return Response.status(404).entity(error("ActivityNotFound")).build();
        }
        return Response.ok(Map.of("id", id)).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Dev mode only: the Teams 1:1 chats of the bot, answerable in the browser")
    public String page() {
        return TeamsStandInPage.render(standIn.chats());
    }

    @POST
    @Path("/chats/{conversation}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Dev mode only: Submit on a card, sent to the bot as a signed message activity")
    public Response submit(@PathParam("conversation") String conversation, MultivaluedMap<String, String> form,
            @Context UriInfo uri) throws IOException, InterruptedException {
        known(conversation);
        ObjectNode activity = standIn.activity(TeamsActivity.MESSAGE, conversation);
        activity.put("replyToId", form.getFirst("_replyTo"));
        ObjectNode value = activity.putObject("value");
        form.forEach((key, values) -> {
            if (key.startsWith("_data:")) {
                value.put(key.substring(6), values.get(0));
            } else if (!key.startsWith("_") && !values.get(0).isBlank()) {
                value.put(key, values.get(0));
            }
        });
        deliver(conversation, activity, uri);
        return seeOther(uri);
    }

    @POST
    @Path("/chats/{conversation}/say")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Dev mode only: a typed message, sent to the bot as a signed message activity")
    public Response say(@PathParam("conversation") String conversation, @FormParam("text") String text,
            @Context UriInfo uri) throws IOException, InterruptedException {
        known(conversation);
        String typed = text == null ? "" : text;
        standIn.said(conversation, typed);
        deliver(conversation, standIn.activity(TeamsActivity.MESSAGE, conversation).put("text", typed), uri);
        return seeOther(uri);
    }

    /**
     * Posts the activity with a signed bearer token to the bot's endpoint, as the Bot Connector does. The bot answers
     * through the Bot Connector (the outbox), so only a refusal is shown here.
     */
    private void deliver(String conversation, ObjectNode activity, UriInfo uri)
            throws IOException, InterruptedException {
        URI endpoint = uri.getBaseUriBuilder().path("/webhooks/teams/messages").build();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + standIn.sign()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            standIn.sent(conversation, activity.objectNode().put("text",
                    "The bot answered " + response.statusCode() + ": " + response.body()));
        }
    }

    private void known(String conversation) {
        if (!standIn.knows(conversation)) {
            throw new NotFoundException("no such chat");
        }
    }

    private boolean authorized(String auth) {
        return ("Bearer " + standIn.accessToken()).equals(auth);
    }

    private static Response unauthorized() {
        return Response.status(401).entity(error("Unauthorized")).build();
    }

    private static Map<String, Object> error(String code) {
        return Map.of("error", Map.of("code", code));
    }

    private static Response seeOther(UriInfo uri) {
        return Response.seeOther(uri.getBaseUriBuilder().path("/dev/teams").build()).build();
    }
}

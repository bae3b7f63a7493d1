package io.pulsecheck.platform.googlechat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The routes of the dev-mode Google stand-in ({@link GoogleChatStandIn}): Google's key set, token endpoint and Chat
 * API for the app, and a page that shows each direct message as Google Chat would and turns a click on Submit or a
 * typed message into a signed event posted to the app's real endpoint. Removed from production and test builds.
 */
@IfBuildProfile("dev")
@Path("/dev/google-chat")
@Tag(name = "Development")
@PermitAll
public class GoogleChatStandInResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    GoogleChatStandIn standIn;

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the key set of the stand-in for chat@system.gserviceaccount.com")
    public String jwks() {
        return standIn.jwks();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in OAuth token endpoint for the service account's assertion")
    public Response token(@FormParam("assertion") String assertion) {
        if (assertion == null || !standIn.validAssertion(assertion)) {
            return Response.status(400).entity(Map.of("error", "invalid_grant")).build();
        }
        return Response.ok(Map.of("access_token", standIn.accessToken(), "token_type", "Bearer", "expires_in", 3600))
                .build();
    }

    @POST
    @Path("/v1/spaces/{space}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dev mode only: the stand-in Chat API spaces.messages.create")
    public Response create(@PathParam("space") String space, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            JsonNode message) {
        if (!("Bearer " + standIn.accessToken()).equals(auth)) {
            return Response.status(401).entity(Map.of("error", Map.of("code", 401, "status", "UNAUTHENTICATED")))
                    .build();
        }
        String name = "spaces/" + space;
        standIn.received(name, message);
        return Response.ok(Map.of("name", name + "/messages/" + UUID.randomUUID())).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Dev mode only: the Google Chat direct messages of the app, answerable in the browser")
    public String page() {
        return GoogleChatStandInPage.render(standIn.spaces());
    }

    @POST
    @Path("/spaces/{space}/click")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Dev mode only: Submit on a card, sent to the app as a signed CARD_CLICKED event")
    public Response click(@PathParam("space") String space, MultivaluedMap<String, String> form,
            @jakarta.ws.rs.core.Context UriInfo uri) throws IOException, InterruptedException {
        String name = "spaces/" + space;
        String user = userOf(name);
        ObjectNode event = GoogleChatStandIn.event("CARD_CLICKED", name, user);
        String function = form.getFirst("_function");
        ObjectNode action = event.putObject("action").put("actionMethodName", function);
        ObjectNode common = event.putObject("common").put("invokedFunction", function);
        ObjectNode parameters = common.putObject("parameters");
        form.forEach((key, values) -> {
            if (key.startsWith("_p:")) {
                action.withArray("parameters").addObject().put("key", key.substring(3)).put("value", values.get(0));
                parameters.put(key.substring(3), values.get(0));
            }
        });
        ObjectNode inputs = common.putObject("formInputs");
        form.forEach((key, values) -> {
            if (!key.startsWith("_") && !values.get(0).isBlank()) {
                inputs.putObject(key).putObject("stringInputs").putArray("value").add(values.get(0));
            }
        });
        deliver(name, event, uri);
        return seeOther(uri);
    }

    @POST
    @Path("/spaces/{space}/say")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Dev mode only: a typed message, sent to the app as a signed MESSAGE event")
    public Response say(@PathParam("space") String space, @FormParam("text") String text,
            @jakarta.ws.rs.core.Context UriInfo uri) throws IOException, InterruptedException {
        String name = "spaces/" + space;
        String user = userOf(name);
        String typed = text == null ? "" : text;
        standIn.said(name, user, typed);
        ObjectNode event = GoogleChatStandIn.event("MESSAGE", name, user);
        event.putObject("message").put("name", name + "/messages/" + UUID.randomUUID()).put("text", typed)
                .put("argumentText", typed);
        deliver(name, event, uri);
        return seeOther(uri);
    }

    /** Posts the event with a signed bearer token to the app's endpoint, as Google does, and keeps its reply. */
    private void deliver(String space, ObjectNode event, UriInfo uri) throws IOException, InterruptedException {
        URI endpoint = uri.getBaseUriBuilder().path("/webhooks/google-chat/events").build();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + standIn.sign()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            standIn.replied(space, JSON.readTree(response.body()));
        } else {
            standIn.replied(space, JSON.createObjectNode().put("text",
                    "The app answered " + response.statusCode() + ": " + response.body()));
        }
    }

    /** The Google user of a direct-message space: the one who wrote in it, else the one the app installed for. */
    private String userOf(String space) {
        GoogleChatSpace stored = GoogleChatSpace.bySpace(space).orElse(null);
        if (stored != null) {
            return stored.userName;
        }
        return standIn.spaces().getOrDefault(space, List.of()).stream().map(GoogleChatStandIn.Entry::from)
                .filter(from -> !from.equals("app")).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no such space"));
    }

    private static Response seeOther(UriInfo uri) {
        return Response.seeOther(uri.getBaseUriBuilder().path("/dev/google-chat").build()).build();
    }
}

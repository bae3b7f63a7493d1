package io.pulsecheck.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Reading what a WireMock playing Slack's {@code chat.postMessage} received. */
final class FakeSlack {

    static final String POST_MESSAGE = "/slack/api/chat.postMessage";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeSlack() {
    }

    static int requests(WireMockServer slack) {
        return slack.countRequestsMatching(postRequestedFor(urlEqualTo(POST_MESSAGE)).build()).getCount();
    }

    /** Requests per recipient (Slack user id); a recipient counted twice got a duplicate. */
    static Map<String, Integer> requestsPerMember(WireMockServer slack) throws IOException {
        Map<String, Integer> perMember = new HashMap<>();
        for (LoggedRequest request : slack.findAll(postRequestedFor(urlEqualTo(POST_MESSAGE)))) {
            perMember.merge(JSON.readTree(request.getBodyAsString()).path("channel").asText(), 1, Integer::sum);
        }
        return perMember;
    }
}

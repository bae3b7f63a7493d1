package io.pulsecheck.platform.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.conformance.Conformance;
import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.pulsecheck.platform.conformance.EdgeCaseContent.Named;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every check-in mail and every digest or alert mail, rendered from the edge-case fixtures, is a well-formed mail: a
 * one-line subject within the line limit of RFC 5322, whole characters everywhere, the language header, and people's
 * text (team names, actions, comments) shown as typed in the HTML part, never as markup or a link.
 */
@QuarkusTest
class EmailConformanceTest {

    private static final String LINK = "https://pulse.example.com/checkin/AbC-dEf_123";
    /** Longest line RFC 5322 allows; a subject is one header line. */
    private static final int SUBJECT_MAX = 998;
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)");
    /** What HR's and leaders' hostile text would become if the HTML part did not escape it. */
    private static final List<String> ACTIVE_HTML = List.of("<QA>", "<https://evil", "<users/all>", "href=\"https://evil", "<script");

    @Inject
    EmailRenderer renderer;

    @Inject
    ObjectMapper json;

    @Test
    void everyCheckInMailIsWellFormedWithPeoplesTextEscaped() {
        List<String> problems = new ArrayList<>();
        for (Named<PromptContent> fixture : EdgeCaseContent.prompts(PlatformId.EMAIL)) {
            PromptContent content = withLink(fixture.content());
            EmailPayload mail = renderer.prompt(content);
            check(problems, fixture.name(), mail);
            if (!mail.text().contains(LINK) || !mail.html().contains(LINK)) {
                problems.add(fixture.name() + ": the personal link is missing from a part");
            }
            if (mail.headers().get("List-Unsubscribe") == null) {
                problems.add(fixture.name() + ": no List-Unsubscribe");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDigestAndAlertMailIsWellFormedWithPeoplesTextEscaped() {
        List<String> problems = new ArrayList<>();
        for (Named<LeaderCard> fixture : EdgeCaseContent.leaderCards()) {
            for (String locale : EdgeCaseContent.LOCALES) {
                check(problems, fixture.name() + " " + locale,
                        renderer.card(fixture.content(), "lea@example.com", locale));
            }
        }
        assertEquals(List.of(), problems);
    }

    private void check(List<String> problems, String name, EmailPayload mail) {
        Conformance.wholeCharacters(json.valueToTree(mail)).forEach(p -> problems.add(name + ": " + p));
        if (mail.subject().contains("\r") || mail.subject().contains("\n")) {
            problems.add(name + ": the subject has a line break (a header could be injected)");
        }
        if (mail.subject().length() > SUBJECT_MAX) {
            problems.add(name + ": the subject has " + mail.subject().length() + " characters");
        }
        Conformance.noActive(problems, name + " html", mail.html(), ACTIVE_HTML);
        if (BARE_AMPERSAND.matcher(mail.html()).find()) {
            problems.add(name + " html: an unescaped &");
        }
        String language = mail.headers().get("Content-Language");
        if (!"en".equals(language) && !"de".equals(language)) {
            problems.add(name + ": Content-Language is " + language);
        }
    }

    private static PromptContent withLink(PromptContent c) {
        return new PromptContent(c.reminder(), c.cycleId(), c.cycleDate(), c.teamName(), c.recipient(), c.questions(),
                c.leaderActions(), LINK);
    }
}

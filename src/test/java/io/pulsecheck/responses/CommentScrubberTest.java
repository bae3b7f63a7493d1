package io.pulsecheck.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommentScrubberTest {

    private static final List<String> ROSTER = Arrays.asList("Anna Schmidt", "Jörg Müller", "Li", null);

    @Test
    void removesEmailAddresses() {
        assertEquals("write to [email] please", CommentScrubber.scrub("write to anna.s+hr@firma-x.de please", ROSTER));
    }

    @Test
    void removesUrlsWithAndWithoutScheme() {
        assertEquals("see [link] and [link] or [link]", CommentScrubber.scrub(
                "see https://intranet.local/p?q=1 and www.example.org or jira.acme.com/browse/X-1", ROSTER));
    }

    @Test
    void removesPhoneNumbersButKeepsShortNumbers() {
        assertEquals("call [phone] or [phone], I rate it 4 of 5 in 2026",
                CommentScrubber.scrub("call +49 (0)89 123 45 67 or 0170/1234567, I rate it 4 of 5 in 2026", ROSTER));
    }

    @Test
    void removesRosterNamesAndTheirPartsCaseInsensitively() {
        assertEquals("[name] and [name] said so; [name] too",
                CommentScrubber.scrub("Anna Schmidt and jörg said so; MÜLLER too", ROSTER));
    }

    @Test
    void keepsWordsThatOnlyContainAName() {
        assertEquals("Annaberg is nice, Lin too", CommentScrubber.scrub("Annaberg is nice, Lin too", ROSTER));
    }

    @Test
    void removesChatMentions() {
        assertEquals("ask [name] or [name]", CommentScrubber.scrub("ask <@U024BE7LH> or @jane.doe", ROSTER));
    }
}

package io.pulsecheck.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The bot tokens' encryption: AES-GCM bound to the workspace, with rotatable keys. */
class SlackTokenCipherTest {

    private static final String OLD = Base64.getEncoder().encodeToString("an old key of at least thirty-two bytes".getBytes());
    private static final String NEW = Base64.getEncoder().encodeToString("a brand new key, thirty-two bytes long".getBytes());

    @Test
    void opensTokensSealedUnderAPreviousKeyAfterRotation() {
        byte[] sealed = new SlackTokenCipher(1, Optional.of(OLD), List.of()).seal("T1", "xoxb-1-abc");

        SlackTokenCipher rotated = new SlackTokenCipher(2, Optional.of(NEW), List.of("1:" + OLD));

        assertEquals(Optional.of("xoxb-1-abc"), rotated.open("T1", sealed));
        assertEquals(2, rotated.seal("T1", "xoxb-1-abc")[0]);
    }

    @Test
    void refusesATokenCopiedToAnotherWorkspace() {
        SlackTokenCipher cipher = new SlackTokenCipher(1, Optional.of(OLD), List.of());

        byte[] sealed = cipher.seal("T1", "xoxb-1-abc");

        assertEquals(Optional.empty(), cipher.open("T2", sealed));
    }

    @Test
    void refusesATokenWhoseKeyIsNoLongerConfigured() {
        byte[] sealed = new SlackTokenCipher(1, Optional.of(OLD), List.of()).seal("T1", "xoxb-1-abc");

        assertEquals(Optional.empty(), new SlackTokenCipher(2, Optional.of(NEW), List.of()).open("T1", sealed));
    }

    @Test
    void refusesAWeakKeyAtStartUp() {
        String weak = Base64.getEncoder().encodeToString("too short".getBytes());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SlackTokenCipher(1, Optional.of(weak), List.of()));
        assertTrue(refused.getMessage().contains("at least 32"), refused.getMessage());
    }

    @Test
    void sealsEachTokenWithAFreshNonce() {
        SlackTokenCipher cipher = new SlackTokenCipher(1, Optional.of(OLD), List.of());

        byte[] first = cipher.seal("T1", "xoxb-1-abc");
        byte[] second = cipher.seal("T1", "xoxb-1-abc");

        assertTrue(!java.util.Arrays.equals(first, second));
    }
}

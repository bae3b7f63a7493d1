package io.pulsecheck.responses;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The sealing cipher's format, key checks and rotation, with real AES-GCM. */
class SealingCipherTest {

    private static final String FIRST = "Zmlyc3Qgc2VhbGluZyBzZWNyZXQgZm9yIHRoZSB0ZXN0cyBvbmx5IQ==";
    private static final String SECOND = "c2Vjb25kIHNlYWxpbmcgc2VjcmV0LCBhZnRlciB0aGUgcm90YXRpb24h";
    private static final byte[] PLAINTEXT = "{\"comment\":\"hello\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void ciphertextIsKeyIdThenRandomNonceThenDataAndTag() {
        SealingCipher cipher = new SealingCipher(7, FIRST, List.of());

        byte[] one = cipher.seal(SealingCipher.Purpose.SUBMISSION, "cycle", PLAINTEXT);
        byte[] two = cipher.seal(SealingCipher.Purpose.SUBMISSION, "cycle", PLAINTEXT);

        assertEquals(7, one[0]);
        assertEquals(1 + 12 + PLAINTEXT.length + 16, one.length);
        assertFalse(Arrays.equals(Arrays.copyOfRange(one, 1, 13), Arrays.copyOfRange(two, 1, 13)), "same nonce");
        assertArrayEquals(PLAINTEXT, cipher.open(SealingCipher.Purpose.SUBMISSION, "cycle", one));
    }

    @Test
    void refusesAlteredCiphertext() {
        SealingCipher cipher = new SealingCipher(1, FIRST, List.of());
        byte[] sealed = cipher.seal(SealingCipher.Purpose.SUBMISSION, "cycle", PLAINTEXT);
        sealed[20] ^= 1;

        assertThrows(SealingCipher.SealedDataException.class,
                () -> cipher.open(SealingCipher.Purpose.SUBMISSION, "cycle", sealed));
    }

    @Test
    void refusesCiphertextOfAnotherPurpose() {
        SealingCipher cipher = new SealingCipher(1, FIRST, List.of());
        byte[] sealed = cipher.seal(SealingCipher.Purpose.CONVERSATION, "cycle", PLAINTEXT);

        assertThrows(SealingCipher.SealedDataException.class,
                () -> cipher.open(SealingCipher.Purpose.SUBMISSION, "cycle", sealed));
    }

    @Test
    void opensCiphertextOfThePreviousKeyAfterRotation() {
        byte[] before = new SealingCipher(1, FIRST, List.of()).seal(SealingCipher.Purpose.SUBMISSION, "c", PLAINTEXT);
        SealingCipher rotated = new SealingCipher(2, SECOND, List.of("1:" + FIRST));

        assertArrayEquals(PLAINTEXT, rotated.open(SealingCipher.Purpose.SUBMISSION, "c", before));
        byte[] after = rotated.seal(SealingCipher.Purpose.SUBMISSION, "c", PLAINTEXT);
        assertEquals(2, after[0]);
        SealingCipher withoutNewKey = new SealingCipher(1, FIRST, List.of());
        assertThrows(SealingCipher.SealedDataException.class,
                () -> withoutNewKey.open(SealingCipher.Purpose.SUBMISSION, "c", after));
    }

    @Test
    void refusesMissingSecretNamingTheVariable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SealingCipher(1, "", List.of()));
        assertThat(refused.getMessage(), containsString("pulsecheck.responses.sealing-key"));
    }

    @Test
    void refusesSecretShorterThan32Bytes() {
        String short31 = Base64.getEncoder().encodeToString("0123456789abcdefghijklmnopqrstu".getBytes());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SealingCipher(1, short31, List.of()));
        assertThat(refused.getMessage(), containsString("too weak"));
    }

    @Test
    void refusesSecretOfRepeatedBytes() {
        String zeros = Base64.getEncoder().encodeToString(new byte[64]);

        assertThrows(IllegalStateException.class, () -> new SealingCipher(1, zeros, List.of()));
    }

    @Test
    void refusesSecretThatIsNotBase64() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SealingCipher(1, "correct horse battery staple, not base64!", List.of()));
        assertThat(refused.getMessage(), containsString("base64"));
    }

    @Test
    void refusesPreviousKeyWithoutAnId() {
        assertThrows(IllegalStateException.class, () -> new SealingCipher(2, SECOND, List.of(FIRST)));
    }
}

package io.pulsecheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which base URLs chat platforms can fetch chart images from. */
class PublicUrlsTest {

    @Test
    void acceptsPublicHttps() {
        assertEquals(Optional.empty(), PublicUrls.problem("https://pulse.example.com"));
        assertEquals(Optional.empty(), PublicUrls.problem("https://203.0.113.7:8443/base"));
    }

    @Test
    void refusesPlainHttp() {
        assertEquals(Optional.of("is not https"), PublicUrls.problem("http://pulse.example.com"));
    }

    @Test
    void refusesLocalHostNames() {
        assertTrue(PublicUrls.problem("https://localhost:8080").orElseThrow().contains("local host"));
        assertTrue(PublicUrls.problem("https://pulsecheck.default.svc").orElseThrow().contains("local host"));
        assertTrue(PublicUrls.problem("https://pulsecheck").orElseThrow().contains("local host"));
    }

    @Test
    void refusesPrivateAndLoopbackAddresses() {
        assertTrue(PublicUrls.problem("https://10.1.2.3").orElseThrow().contains("private address"));
        assertTrue(PublicUrls.problem("https://192.168.0.5").orElseThrow().contains("private address"));
        assertTrue(PublicUrls.problem("https://127.0.0.1").orElseThrow().contains("private address"));
        assertTrue(PublicUrls.problem("https://[fd12::1]").orElseThrow().contains("private address"));
        assertTrue(PublicUrls.problem("https://[::1]").orElseThrow().contains("private address"));
    }
}

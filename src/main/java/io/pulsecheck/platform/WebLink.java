package io.pulsecheck.platform;

/** A link a message shows as a button where the platform has buttons, else as a labelled link. */
public record WebLink(String label, String url) {
}

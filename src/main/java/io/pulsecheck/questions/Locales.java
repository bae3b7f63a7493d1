package io.pulsecheck.questions;

/** Patterns for locales and keys accepted by the API. */
public final class Locales {

    /** A language code with an optional region, e.g. {@code en}, {@code de}, {@code de-CH}. */
    public static final String LOCALE = "[a-z]{2,3}(-[A-Z]{2})?";
    /** A question key or choice value. */
    public static final String KEY = "[a-z0-9_]{1,64}";
    /** A question dimension. */
    public static final String DIMENSION = "[a-z_]{1,40}";

    private Locales() {
    }
}

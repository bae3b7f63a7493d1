package io.pulsecheck.common.api;

/** Limits shared by every paged list. */
public final class Paging {

    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 200;

    private Paging() {
    }
}

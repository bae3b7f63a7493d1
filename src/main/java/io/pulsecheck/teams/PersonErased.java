package io.pulsecheck.teams;

import java.util.UUID;

/**
 * A person is being erased. Fired synchronously inside the erasing transaction before their identity is blanked;
 * each feature deletes its own rows about the person there, so the erasure commits whole or not at all.
 */
public record PersonErased(UUID personId) {
}

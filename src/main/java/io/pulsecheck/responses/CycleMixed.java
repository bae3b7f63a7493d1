package io.pulsecheck.responses;

import java.util.UUID;

/**
 * Fired synchronously inside the mixing transaction once a closed cycle's rows are final: observers that derive
 * data from them (insights' closed-cycle statistics) commit or roll back together with the mixing.
 */
public record CycleMixed(UUID cycleId) {
}

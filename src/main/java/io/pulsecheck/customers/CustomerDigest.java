package io.pulsecheck.customers;

import java.util.List;

/**
 * What the weekly digest says about a team's customers: a short line per metric that moved since its previous week
 * (and then the clearest association, if one is shown), in the leader's language.
 *
 * @param heading the section heading
 * @param lines the lines; empty when nothing moved
 * @param worse whether a metric moved in its bad direction (complaints up, CSAT down)
 */
public record CustomerDigest(String heading, List<String> lines, boolean worse) {

    static CustomerDigest none(String heading) {
        return new CustomerDigest(heading, List.of(), false);
    }
}

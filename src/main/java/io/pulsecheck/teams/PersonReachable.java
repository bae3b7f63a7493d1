package io.pulsecheck.teams;

import java.util.UUID;

/**
 * Something that decides how a person is reached has changed in their favour: a chat app was installed in their
 * direct messages, their chat account was found, or HR changed their address. Fired synchronously inside the
 * transaction that stored the change, so an observer sees it; observers check reachability themselves.
 */
public record PersonReachable(UUID personId) {
}

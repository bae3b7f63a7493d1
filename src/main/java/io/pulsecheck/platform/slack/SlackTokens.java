package io.pulsecheck.platform.slack;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/**
 * The bot token to use for a workspace: its installation's (decrypted), else a token from configuration for
 * single-workspace set-ups. A workspace whose installation was removed never falls back to a configured token, so
 * its messages fail with the reason instead of going out under another workspace's identity.
 */
@ApplicationScoped
public class SlackTokens {

    @Inject
    SlackTokenCipher cipher;

    @Inject
    SlackConfig slack;

    /** A token, or why there is none. */
    public record Lookup(String token, String refusal) {

        static Lookup of(String token) {
            return new Lookup(token, null);
        }

        static Lookup refused(String reason) {
            return new Lookup(null, reason);
        }
    }

    @Transactional
    public Lookup forWorkspace(String workspace) {
        SlackInstallation installation = workspace == null ? null : SlackInstallation.findById(workspace);
        if (installation != null) {
            if (!installation.hasToken()) {
                return Lookup.refused("slack app removed from this workspace (" + installation.removedReason
                        + "); reinstall it");
            }
            return cipher.open(installation.teamId, installation.botToken).map(Lookup::of)
                    .orElseGet(() -> Lookup.refused("slack token of this workspace cannot be decrypted with the "
                            + "configured keys (key id " + installation.tokenKeyId + ")"));
        }
        return configured(workspace).map(Lookup::of)
                .orElseGet(() -> Lookup.refused("no Slack bot token for this workspace: install the app there"));
    }

    private Optional<String> configured(String workspace) {
        if (workspace != null) {
            String specific = slack.workspaceBotTokens().get(workspace);
            if (specific != null && !specific.isBlank()) {
                return Optional.of(specific);
            }
        }
        return slack.botToken().filter(token -> !token.isBlank());
    }
}

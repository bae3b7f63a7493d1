package io.pulsecheck.platform.slack;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The OAuth v2 install: a single-use {@code state} bound to the browser by a cookie, the code exchange, and the
 * encrypted bot token of each workspace (or Enterprise Grid organisation); and the removal of the token when Slack
 * says the app was uninstalled or its tokens revoked.
 */
@ApplicationScoped
public class SlackInstalls {

    private static final Logger LOG = Logger.getLogger(SlackInstalls.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String CALLBACK_PATH = "/slack/oauth/callback";

    @Inject
    SlackAppConfig config;

    @Inject
    SlackTokenCipher cipher;

    @Inject
    SlackWebApi api;

    @Inject
    SlackRosterSync roster;

    @Inject
    Clock clock;

    @Inject
    ApiConfig apiConfig;

    /** Where the browser goes next, and the value of the cookie that binds the state to it. */
    public record Start(String authorizeUrl, String browserNonce) {
    }

    /** A finished install, for the page that confirms it. */
    public record Installed(String teamId, String teamName, boolean enterprise) {
    }

    /** Whether everything the install needs is configured. */
    public boolean configured() {
        return config.clientId().filter(id -> !id.isBlank()).isPresent()
                && config.clientSecret().filter(secret -> !secret.isBlank()).isPresent() && cipher.configured();
    }

    public String redirectUri() {
        return apiConfig.publicBaseUrl().replaceAll("/+$", "") + CALLBACK_PATH;
    }

    /** Starts an install: a fresh state, stored as a hash with the browser cookie's hash and its expiry. */
    @Transactional
    public Start start() {
        requireConfigured();
        String state = random();
        String browser = random();
        SlackOAuthState row = new SlackOAuthState();
        row.stateHash = sha256(state);
        row.browserHash = sha256(browser);
        row.expiresAt = clock.instant().plus(config.stateValidity());
        row.persist();
        String url = config.authorizeUrl() + "?client_id=" + encode(config.clientId().orElseThrow())
                + "&scope=" + encode(String.join(",", config.scopes()))
                + "&redirect_uri=" + encode(redirectUri()) + "&state=" + encode(state);
        return new Start(url, browser);
    }

    /**
     * Finishes an install: refuses a state that is unknown, used, expired or started in another browser (it is used
     * up either way), exchanges the code and stores the token encrypted.
     */
    public Installed finish(String code, String state, String browserNonce) {
        requireConfigured();
        if (state == null || state.isBlank()) {
            throw ApiException.invalid("state", "is missing");
        }
        if (browserNonce == null || browserNonce.isBlank()) {
            throw ApiException.invalid("state", "was not started in this browser (the install cookie is missing)");
        }
        Instant now = clock.instant();
        if (!QuarkusTransaction.requiringNew()
                .call(() -> SlackOAuthState.consume(sha256(state), sha256(browserNonce), now))) {
            throw ApiException.invalid("state", "is unknown, already used, expired or from another browser; "
                    + "start the install again");
        }
        if (code == null || code.isBlank()) {
            throw ApiException.invalid("code", "is missing");
        }
        SlackWebApi.Answer answer;
        try {
            answer = api.oauthAccess(config.clientId().orElseThrow(), config.clientSecret().orElseThrow(), code,
                    redirectUri());
        } catch (IOException e) {
            throw new ApiException(Problem.of(Status.BAD_GATEWAY, "slack-unavailable",
                    "Slack could not be reached to finish the install; start it again"));
        }
        if (!answer.ok()) {
            throw new ApiException(Problem.of(Status.BAD_GATEWAY, "slack-refused",
                    "Slack refused the install (" + answer.error() + "); start it again"));
        }
        JsonNode body = answer.body();
        String token = body.path("access_token").asText("");
        if (!"bot".equals(body.path("token_type").asText("")) || !token.startsWith("xoxb-")) {
            throw new ApiException(Problem.of(Status.BAD_GATEWAY, "slack-refused",
                    "Slack answered without a bot token; check the app's bot scopes"));
        }
        boolean enterprise = body.path("is_enterprise_install").asBoolean(false);
        String enterpriseId = body.path("enterprise").path("id").asText(null);
        String teamId = enterprise ? enterpriseId : body.path("team").path("id").asText(null);
        if (teamId == null || teamId.isBlank()) {
            throw new ApiException(Problem.of(Status.BAD_GATEWAY, "slack-refused", "Slack answered without a team id"));
        }
        List<String> allowed = config.allowedTeams().orElse(List.of());
        if (!allowed.isEmpty() && !allowed.contains(teamId)) {
            throw ApiException.forbidden("This workspace may not install pulsecheck; ask the administrator to allow "
                    + teamId);
        }
        String name = enterprise ? body.path("enterprise").path("name").asText(null)
                : body.path("team").path("name").asText(null);
        QuarkusTransaction.requiringNew().run(() -> store(teamId, enterpriseId, name, enterprise, body, token));
        roster.forgetUnresolved();
        LOG.infof("Slack app installed in %s", teamId);
        return new Installed(teamId, name, enterprise);
    }

    /**
     * Deletes the token of the installation events of this workspace belong to ({@code app_uninstalled},
     * {@code tokens_revoked} for the bot). Nothing to delete is fine: Slack may repeat itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(String teamId, String enterpriseId, String reason) {
        SlackInstallation.forTeam(teamId, enterpriseId).filter(SlackInstallation::hasToken).ifPresent(installation -> {
            installation.removeToken(reason, clock.instant());
            LOG.infof("Slack token of %s deleted (%s)", installation.teamId, reason);
        });
    }

    private void store(String teamId, String enterpriseId, String name, boolean enterprise, JsonNode body, String token) {
        SlackInstallation installation = SlackInstallation.findById(teamId);
        boolean fresh = installation == null;
        if (fresh) {
            installation = new SlackInstallation();
            installation.teamId = teamId;
        }
        Instant now = clock.instant();
        installation.enterpriseId = enterpriseId;
        installation.teamName = name;
        installation.enterpriseInstall = enterprise;
        installation.botUserId = body.path("bot_user_id").asText(null);
        installation.appId = body.path("app_id").asText(null);
        installation.scopes = body.path("scope").asText(null);
        installation.botToken = cipher.seal(teamId, token);
        installation.tokenKeyId = (short) cipher.currentKeyId();
        installation.installedAt = now;
        installation.removedAt = null;
        installation.removedReason = null;
        if (fresh) {
            installation.persist();
        }
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new ApiException(Problem.of(Status.NOT_FOUND, "not-found",
                    "The Slack install is not configured on this server (docs/SLACK.md)"));
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

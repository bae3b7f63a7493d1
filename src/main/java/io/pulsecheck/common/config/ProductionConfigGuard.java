package io.pulsecheck.common.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.pulsecheck.common.devservices.LocalDevServicesConfigSourceFactory;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Refuses to start the production profile when it would run insecurely: without a token verification key, issuer or
 * audience, or without a secret, or with a secret shorter than {@value #MIN_SECRET_BYTES} bytes. It prints one line
 * per problem, naming the environment variable, and exits with status 1, before anything else starts.
 * <p>
 * It runs as a configuration source factory because that is the earliest point that sees the final configuration;
 * it contributes no configuration itself.
 */
public class ProductionConfigGuard implements ConfigSourceFactory {

    /** Shortest secret accepted: 256 bits, the HMAC-SHA256 key size. */
    public static final int MIN_SECRET_BYTES = 32;

    /** Secrets production cannot run without. */
    public static final List<String> REQUIRED_SECRETS = List.of(
            "pulsecheck.security.action-token-secret",
            "pulsecheck.digest.chart-secret",
            "pulsecheck.responses.sealing-key");

    /**
     * Secrets whose platform stays off while they are unset, but which must be strong when set. The Mattermost
     * command token is not listed: Mattermost issues it, 26 characters long.
     */
    public static final List<String> OPTIONAL_SECRETS = List.of(
            "pulsecheck.slack.signing-secret",
            "pulsecheck.slack.previous-signing-secret",
            "pulsecheck.webhook.inbound-secret",
            "pulsecheck.webhook.secret");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (LocalDevServicesConfigSourceFactory.isApplicationRuntime() && isProduction(context.getProfiles())) {
            List<String> problems = problems(name -> valueOf(context.getValue(name)));
            if (!problems.isEmpty()) {
                problems.forEach(problem -> System.err.println("pulsecheck: refusing to start: " + problem));
                // halt, not exit: exit would wait on shutdown hooks that block on the configuration being built here.
                Runtime.getRuntime().halt(1);
            }
        }
        return List.of();
    }

    /** Every reason the given configuration is unsafe for production, one sentence each; empty when it is safe. */
    public static List<String> problems(Function<String, String> given) {
        Function<String, String> config = withRenamedProperties(given);
        List<String> problems = new ArrayList<>();
        if (isBlank(config.apply("mp.jwt.verify.publickey.location")) && isBlank(config.apply("mp.jwt.verify.publickey"))) {
            problems.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set; point it at your identity provider's JWKS URL");
        }
        if (isBlank(config.apply("mp.jwt.verify.issuer"))) {
            problems.add("MP_JWT_VERIFY_ISSUER is not set; tokens of any issuer would be accepted");
        }
        if (isBlank(config.apply("mp.jwt.verify.audiences"))) {
            problems.add("MP_JWT_VERIFY_AUDIENCES is not set; tokens issued for other applications would be accepted");
        }
        for (String secret : REQUIRED_SECRETS) {
            String value = config.apply(secret);
            if (isBlank(value)) {
                problems.add(envName(secret) + " is not set; set it to at least " + MIN_SECRET_BYTES + " random bytes");
            } else {
                checkStrength(secret, value, problems);
            }
        }
        for (String secret : OPTIONAL_SECRETS) {
            String value = config.apply(secret);
            if (!isBlank(value)) {
                checkStrength(secret, value, problems);
            }
        }
        if (!isBlank(config.apply("pulsecheck.webhook.url")) && isBlank(config.apply("pulsecheck.webhook.secret"))) {
            problems.add("PULSECHECK_WEBHOOK_SECRET is not set, but PULSECHECK_WEBHOOK_URL is; "
                    + "the gateway could not verify what it receives");
        }
        if ("true".equalsIgnoreCase(strip(config.apply("pulsecheck.email.enabled")))
                && isBlank(config.apply("quarkus.mailer.host"))) {
            problems.add("QUARKUS_MAILER_HOST is not set, but PULSECHECK_EMAIL_ENABLED is true; "
                    + "check-in links and digests would wait for an SMTP server that is not there");
        }
        return problems;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /**
     * Reads a renamed setting under its old name when the new one is unset: this check runs before the configuration
     * is complete, so it may see the sources without {@link RenamedProperties}.
     */
    private static Function<String, String> withRenamedProperties(Function<String, String> config) {
        return name -> {
            String value = config.apply(name);
            return isBlank(value) ? RenamedProperties.oldNameOf(name).map(config).orElse(value) : value;
        };
    }

    /** {@code pulsecheck.digest.chart-secret} becomes {@code PULSECHECK_DIGEST_CHART_SECRET}. */
    public static String envName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private static void checkStrength(String property, String value, List<String> problems) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_SECRET_BYTES) {
            problems.add(envName(property) + " is " + bytes + " bytes long; a secret needs at least "
                    + MIN_SECRET_BYTES + " random bytes");
        }
    }

    private static boolean isProduction(List<String> profiles) {
        return profiles.contains("prod") && !profiles.contains("dev") && !profiles.contains("test");
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

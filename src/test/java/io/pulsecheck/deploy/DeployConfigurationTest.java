package io.pulsecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.pulsecheck.common.config.ProductionConfigGuard;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The deploy files and the README name every variable production needs, under names that exist. The required list is
 * read from the service's own {@code @ConfigMapping} interfaces (no default, not optional), plus the database and
 * token settings production refuses to start without; a new required setting fails this test until it is deployed
 * and documented.
 */
class DeployConfigurationTest {

    /** Settings outside pulsecheck's mappings that production requires (see ProductionConfigGuard). */
    private static final List<String> REQUIRED_FRAMEWORK = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES");

    /** Quarkus (datasource, HTTP, OIDC for HR's sign-in), MicroProfile JWT and SmallRye JWT settings the deploy files and README may name. */
    private static final Set<String> KNOWN_FRAMEWORK = Set.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_LOG_CONSOLE_JSON_ENABLED",
            "QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT", "QUARKUS_SMALLRYE_OPENAPI_ENABLED",
            "QUARKUS_SWAGGER_UI_ENABLED", "QUARKUS_SHUTDOWN_TIMEOUT", "QUARKUS_PROFILE",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY_ALGORITHM", "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES", "MP_JWT_VERIFY_TOKEN_AGE", "SMALLRYE_JWT_PATH_GROUPS", "QUARKUS_MAILER_HOST",
            "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD", "QUARKUS_MAILER_START_TLS",
            "QUARKUS_MAILER_TLS",
            "QUARKUS_OIDC_TENANT_ENABLED", "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID",
            "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_OIDC_ROLES_ROLE_CLAIM_PATH",
            "QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME");

    /** Compose's own interpolation variable for the image tag, not a setting of the service. */
    private static final Set<String> COMPOSE_ONLY = Set.of("PULSECHECK_IMAGE");

    private static final Pattern VARIABLE = Pattern.compile("\\b(?:PULSECHECK|QUARKUS|MP|SMALLRYE)_[A-Z0-9_]*[A-Z0-9]\\b");
    private static final Path DEPLOY = Path.of("deploy");

    private record Property(String name, boolean required, boolean family) {

        String env() {
            return ProductionConfigGuard.envName(name);
        }
    }

    @Test
    void composeSetsEveryRequiredVariable() throws IOException {
        Set<String> named = composeEnvironment().keySet();
        for (String variable : requiredVariables()) {
            assertTrue(named.contains(variable), "deploy/compose.yaml does not set " + variable);
        }
    }

    @Test
    void kubernetesSetsEveryRequiredVariable() throws IOException {
        Set<String> named = kubernetesVariables();
        for (String variable : requiredVariables()) {
            assertTrue(named.contains(variable), "deploy/kubernetes does not set " + variable);
        }
    }

    @Test
    void readmeDocumentsEveryRequiredVariable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String variable : requiredVariables()) {
            assertTrue(readme.contains("`" + variable + "`"), "README.md does not document " + variable);
        }
    }

    @Test
    void everyVariableTheDeployFilesAndReadmeNameExists() throws IOException {
        List<Property> properties = mappedProperties();
        List<Path> files = new ArrayList<>(deployFiles());
        files.add(Path.of("README.md"));
        for (Path file : files) {
            Matcher matcher = VARIABLE.matcher(Files.readString(file));
            while (matcher.find()) {
                String variable = matcher.group();
                assertTrue(exists(variable, properties), file + " names " + variable + ", which no setting reads");
            }
        }
    }

    @Test
    void productionGuardChecksEveryRequiredSecret() {
        for (Property property : mappedProperties()) {
            if (property.required() && (property.name().endsWith("secret") || property.name().endsWith("-key"))) {
                assertTrue(ProductionConfigGuard.REQUIRED_SECRETS.contains(property.name()),
                        property.name() + " is a required secret the production start-up check does not check");
            }
        }
    }

    @Test
    void readsRequiredSettingsFromTheMappings() {
        // The derivation itself: the two secrets without defaults today are found, defaulted settings are not.
        List<String> required = mappedProperties().stream().filter(Property::required).map(Property::name).toList();
        assertTrue(required.contains("pulsecheck.digest.chart-secret"), required.toString());
        assertTrue(required.contains("pulsecheck.security.action-token-secret"), required.toString());
        assertFalse(required.contains("pulsecheck.api.max-body-size"), required.toString());
    }

    private static boolean exists(String variable, List<Property> properties) {
        if (KNOWN_FRAMEWORK.contains(variable) || COMPOSE_ONLY.contains(variable)) {
            return true;
        }
        for (Property property : properties) {
            if (property.family() ? variable.startsWith(property.env() + "_") : variable.equals(property.env())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> requiredVariables() {
        Set<String> required = new TreeSet<>(REQUIRED_FRAMEWORK);
        mappedProperties().stream().filter(Property::required).map(Property::env).forEach(required::add);
        return required;
    }

    // --- the service's configuration, from its @ConfigMapping interfaces --------------------------------------------

    static List<Property> mappedProperties() {
        List<Property> properties = new ArrayList<>();
        for (Class<?> mapping : mappingInterfaces()) {
            collect(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, properties);
        }
        return properties;
    }

    private static void collect(String prefix, Class<?> group, List<Property> properties) {
        for (Method method : group.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName withName = method.getAnnotation(WithName.class);
            String name = prefix + "." + (withName != null ? withName.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (Map.class.isAssignableFrom(type)) {
                properties.add(new Property(name, false, true));
            } else if (type.isInterface() && type.getName().startsWith("io.pulsecheck.")) {
                collect(name, type, properties);
            } else {
                boolean optional = type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
                        || type == OptionalDouble.class;
                if (optional && isGroup(method.getGenericReturnType())) {
                    collect(name, (Class<?>) ((ParameterizedType) method.getGenericReturnType())
                            .getActualTypeArguments()[0], properties);
                } else {
                    properties.add(new Property(name, !optional && method.getAnnotation(WithDefault.class) == null,
                            false));
                }
            }
        }
    }

    private static boolean isGroup(Type type) {
        return type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument
                && argument.isInterface() && argument.getName().startsWith("io.pulsecheck.");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static List<Class<?>> mappingInterfaces() {
        Path classes = Path.of("target", "classes");
        List<Class<?>> mappings = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes.resolve("io/pulsecheck"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        DeployConfigurationTest.class.getClassLoader());
                if (type.isInterface() && type.isAnnotationPresent(ConfigMapping.class)) {
                    mappings.add(type);
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not read the compiled classes", e);
        }
        assertFalse(mappings.isEmpty(), "no @ConfigMapping interface found under target/classes");
        return mappings;
    }

    // --- what the deploy files set ----------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeEnvironment() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
        Map<String, Object> service = (Map<String, Object>) ((Map<String, Object>) compose.get("services"))
                .get("pulsecheck");
        return (Map<String, Object>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> kubernetesVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path file : deployFiles()) {
            if (!file.startsWith(DEPLOY.resolve("kubernetes"))) {
                continue;
            }
            for (Object document : new Yaml().loadAll(Files.readString(file))) {
                Map<String, Object> manifest = (Map<String, Object>) document;
                Object kind = manifest.get("kind");
                if ("ConfigMap".equals(kind)) {
                    names.addAll(((Map<String, Object>) manifest.get("data")).keySet());
                } else if ("Secret".equals(kind)) {
                    names.addAll(((Map<String, Object>) manifest.get("stringData")).keySet());
                } else if ("Deployment".equals(kind)) {
                    Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) manifest
                            .get("spec")).get("template")).get("spec");
                    for (Map<String, Object> container : (List<Map<String, Object>>) spec.get("containers")) {
                        for (Map<String, Object> env : (List<Map<String, Object>>) container.getOrDefault("env",
                                List.of())) {
                            names.add((String) env.get("name"));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static List<Path> deployFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(DEPLOY)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md"))
                    .sorted().toList();
            assertEquals(false, files.isEmpty());
            return files;
        }
    }
}

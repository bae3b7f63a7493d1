package io.pulsecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Parses every deployment manifest so a typo fails the build, and checks what operators rely on. */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files = yamlFiles();
        assertFalse(files.isEmpty(), "deploy/ holds no YAML files");
        for (Path file : files) {
            for (Object document : loadAll(file)) {
                assertNotNull(document, file + " has an empty document");
            }
        }
    }

    @Test
    void everyKubernetesManifestNamesKindAndVersion() throws IOException {
        for (Path file : yamlFiles()) {
            if (!file.startsWith(DEPLOY.resolve("kubernetes"))) {
                continue;
            }
            for (Object document : loadAll(file)) {
                Map<?, ?> manifest = (Map<?, ?>) document;
                assertNotNull(manifest.get("apiVersion"), file + " lacks apiVersion");
                assertNotNull(manifest.get("kind"), file + " lacks kind");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void deploymentProbesHealthEndpointsAndRequestsResources() throws IOException {
        Map<String, Object> deployment = (Map<String, Object>) loadAll(DEPLOY.resolve("kubernetes/deployment.yaml")).get(0);
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment
                .get("spec")).get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) spec.get("containers")).get(0);
        assertEquals("/q/health/live", ((Map<String, Object>) ((Map<String, Object>) container.get("livenessProbe"))
                .get("httpGet")).get("path"));
        assertEquals("/q/health/ready", ((Map<String, Object>) ((Map<String, Object>) container.get("readinessProbe"))
                .get("httpGet")).get("path"));
        assertTrue(((Map<String, Object>) container.get("resources")).containsKey("requests"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void imageBoundsItsHeapWellBelowTheContainerMemoryLimit() throws IOException {
        Map<String, Object> deployment = (Map<String, Object>) loadAll(DEPLOY.resolve("kubernetes/deployment.yaml")).get(0);
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment
                .get("spec")).get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) spec.get("containers")).get(0);
        Map<String, Object> limits = (Map<String, Object>) ((Map<String, Object>) container.get("resources")).get("limits");
        assertNotNull(limits.get("memory"), "a memory limit is what the heap percentage is taken of");

        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        var percentage = java.util.regex.Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(dockerfile);
        assertTrue(percentage.find(), "the JVM image sets -XX:MaxRAMPercentage");
        int heapShare = Integer.parseInt(percentage.group(1));
        assertTrue(heapShare <= 60, "heap " + heapShare + " % of the limit leaves too little for metaspace and stacks");
    }

    @Test
    @SuppressWarnings("unchecked")
    void probesAndMetricsUseManagementPortWhichTheServiceDoesNotPublish() throws IOException {
        Map<String, Object> deployment = (Map<String, Object>) loadAll(DEPLOY.resolve("kubernetes/deployment.yaml")).get(0);
        Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) deployment.get("spec")).get("template");
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) template.get("spec"))
                .get("containers")).get(0);
        assertTrue(((List<Map<String, Object>>) container.get("ports")).stream()
                .anyMatch(port -> "management".equals(port.get("name")) && Integer.valueOf(9000).equals(port.get("containerPort"))));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("management", ((Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet"))
                    .get("port"), probe);
        }
        assertEquals("9000", ((Map<String, Object>) ((Map<String, Object>) template.get("metadata")).get("annotations"))
                .get("prometheus.io/port"));
        Map<String, Object> service = (Map<String, Object>) loadAll(DEPLOY.resolve("kubernetes/service.yaml")).get(0);
        for (Map<String, Object> port : (List<Map<String, Object>>) ((Map<String, Object>) service.get("spec")).get("ports")) {
            assertEquals("http", port.get("targetPort"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsServiceAgainstPostgres() throws IOException {
        Map<String, Object> compose = (Map<String, Object>) loadAll(DEPLOY.resolve("compose.yaml")).get(0);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertTrue(services.containsKey("postgres"));
        Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get("pulsecheck"))
                .get("environment");
        assertTrue(String.valueOf(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://postgres"));
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(DEPLOY)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<Object> loadAll(Path file) throws IOException {
        List<Object> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            new Yaml().loadAll(reader).forEach(documents::add);
        }
        return documents;
    }
}

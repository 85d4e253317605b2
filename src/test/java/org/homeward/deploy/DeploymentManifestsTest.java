package org.homeward.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay of deploy/kubernetes rendered, and held to what a deployment of these records must
 * be (issue 22): copies spread across nodes with probes and resources, a disruption budget and an
 * autoscaler, traffic only from the ingress controller and only to the database and Keycloak, no
 * secret value anywhere, no image without its version; PostgreSQL with a standby that acknowledges
 * each commit, pooled, backed up with a retention; Keycloak with the realm of deploy/keycloak.
 */
class DeploymentManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy", "kubernetes");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|KEY|TOKEN).*");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "single-node", "production" })
    void anOverlayHoldsTheInvariants(String overlay) {
        List<ObjectNode> objects = rendered(KUBERNETES.resolve("overlays").resolve(overlay));
        boolean production = overlay.equals("production");

        JsonNode deployment = one(objects, "Deployment", "homeward");
        int replicas = deployment.path("spec").path("replicas").asInt();
        assertTrue(production ? replicas >= 2 : replicas >= 1, "replicas: " + replicas);
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), "runs as a user, not root");
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), "needs no token of the cluster's API");
        for (JsonNode container : pod.path("containers")) {
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
            assertTrue(container.path("resources").path("requests").has("cpu"), "CPU requested");
            assertTrue(container.path("resources").path("requests").has("memory"), "memory requested");
            assertTrue(container.path("resources").path("limits").has("memory"), "memory limited");
            assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(), "read-only root");
            assertFalse(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true));
            container.path("env").forEach(variable -> assertTrue(!SECRET_NAME.matcher(variable.path("name").asText()).matches()
                    || variable.path("valueFrom").has("secretKeyRef"), variable.path("name").asText() + " comes from a Secret"));
        }
        JsonNode spread = pod.path("topologySpreadConstraints").get(0);
        assertEquals("kubernetes.io/hostname", spread.path("topologyKey").asText());
        if (production) {
            assertEquals("DoNotSchedule", spread.path("whenUnsatisfiable").asText(), "two copies never on one node");
        }

        JsonNode budget = one(objects, "PodDisruptionBudget", "homeward");
        assertEquals("homeward", budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
        if (production) {
            assertTrue(budget.path("spec").path("minAvailable").asInt() >= 1, "a drain keeps one copy answering");
        }
        JsonNode autoscaler = one(objects, "HorizontalPodAutoscaler", "homeward");
        assertEquals("Deployment", autoscaler.path("spec").path("scaleTargetRef").path("kind").asText());
        assertEquals("cpu", autoscaler.path("spec").path("metrics").get(0).path("resource").path("name").asText());
        if (production) {
            assertTrue(autoscaler.path("spec").path("minReplicas").asInt() >= 2);
            assertTrue(autoscaler.path("spec").path("maxReplicas").asInt() > autoscaler.path("spec").path("minReplicas").asInt());
        }

        JsonNode policy = one(objects, "NetworkPolicy", "homeward").path("spec");
        assertEquals(Set.of("Ingress", "Egress"), texts(policy.path("policyTypes")));
        Set<String> sources = new HashSet<>();
        policy.path("ingress").forEach(rule -> rule.path("from").forEach(from -> sources.add(
                from.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText())));
        assertEquals(Set.of("ingress-nginx", "monitoring"), sources, "only the ingress controller and Prometheus reach it");
        Set<Integer> ports = new HashSet<>();
        policy.path("egress").forEach(rule -> rule.path("ports").forEach(port -> ports.add(port.path("port").asInt())));
        assertEquals(Set.of(5432, 8443, 53), ports, "it reaches only PostgreSQL, Keycloak and DNS");

        JsonNode database = one(objects, "Cluster", "homeward-db").path("spec");
        if (production) {
            assertEquals(3, database.path("instances").asInt());
            assertTrue(database.path("postgresql").path("synchronous").path("number").asInt() >= 1, "a synchronous standby");
        }
        assertFalse(database.path("backup").path("retentionPolicy").asText().isEmpty(), "backups are kept for a stated time");
        assertEquals(Set.of("homeward_app"), names(database.path("managed").path("roles")), "the application's own role");
        assertEquals("homeward_owner", database.path("bootstrap").path("initdb").path("owner").asText(), "the owner migrates");
        assertEquals("homeward-db", one(objects, "ScheduledBackup", "homeward-db-nightly").path("spec").path("cluster")
                .path("name").asText());
        assertEquals("homeward-db", one(objects, "Pooler", "homeward-db-pooler-rw").path("spec").path("cluster").path("name").asText());
        one(objects, "Cluster", "keycloak-db");
        one(objects, "Keycloak", "keycloak");
        JsonNode realm = one(objects, "KeycloakRealmImport", "homeward").path("spec").path("realm");
        assertEquals(Kustomizations.read(Path.of("deploy", "keycloak", "homeward-realm.json")).get(0), realm,
                "the realm imported is deploy/keycloak/homeward-realm.json (python3 deploy/keycloak/realm-import.py)");

        for (ObjectNode object : objects) {
            assertFalse(object.path("kind").asText().equals("Secret"), "no Secret in the manifests: " + object.path("metadata"));
            object.findValues("image").forEach(image -> assertTrue(image.isTextual()
                    && Pattern.matches("[^:@]+(:[^:@]+)?[:@][^:]+", image.asText()) && !image.asText().endsWith(":latest"),
                    "an image with its version: " + image));
            object.findValues("password").forEach(value -> assertFalse(value.isTextual(), "a password written out"));
        }
    }

    @Test
    void theMonitoringRendersWithItsAlerts() {
        List<ObjectNode> objects = rendered(KUBERNETES.resolve("monitoring"));
        JsonNode rules = one(objects, "PrometheusRule", "homeward");
        Set<String> alerts = new HashSet<>();
        rules.path("spec").path("groups").forEach(group -> group.path("rules").forEach(rule -> alerts.add(rule.path("alert").asText())));
        assertTrue(alerts.containsAll(Set.of("HomewardDown", "HomewardServerErrors", "HomewardSlowRequests",
                "HomewardDatabaseBackupLate", "HomewardDatabaseWithoutStandby")), "alerts: " + alerts);
        assertEquals("/q/metrics", one(objects, "ServiceMonitor", "homeward").path("spec").path("endpoints").get(0).path("path").asText());
    }

    /**
     * The rendering the invariants are checked on is kubectl's: the one made here must equal
     * kubectl's output kept beside the tests (src/test/resources/deploy/rendered, written by
     * {@code kubectl kustomize deploy/kubernetes/<dir> > src/test/resources/deploy/rendered/<name>.yaml}),
     * on every machine; where kubectl is installed, its output of today must equal it too, so a
     * manifest changed without the kept rendering written again fails here as well.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "overlays/single-node", "overlays/production", "monitoring" })
    void theRenderingIsKubectls(String dir) throws Exception {
        Path kept = Path.of("src", "test", "resources", "deploy", "rendered", Path.of(dir).getFileName() + ".yaml");
        Set<JsonNode> byKubectl = new HashSet<>(Kustomizations.read(kept));
        assertEquals(byKubectl, new HashSet<>(Kustomizations.byHand(KUBERNETES.resolve(dir))),
                "the rendering made here differs from kubectl's kept in " + kept);
        if (Kustomizations.kubectlInstalled()) {
            assertEquals(new HashSet<>(Kustomizations.byKubectl(KUBERNETES.resolve(dir))), byKubectl,
                    "kubectl renders " + dir + " otherwise today: write " + kept + " again");
        }
    }

    /** The objects an overlay makes, as kubectl would render them ({@link #theRenderingIsKubectls}). */
    private static List<ObjectNode> rendered(Path dir) {
        return Kustomizations.byHand(dir);
    }

    private static JsonNode one(List<ObjectNode> objects, String kind, String name) {
        List<ObjectNode> found = objects.stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.path("metadata").path("name").asText().equals(name)).toList();
        assertEquals(1, found.size(), "one " + kind + " " + name);
        return found.get(0);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }
}

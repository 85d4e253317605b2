package org.homeward.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * A kustomization rendered to the Kubernetes objects it makes: by {@code kubectl kustomize} where
 * kubectl is installed, else by the few kustomize features deploy/kubernetes uses (resources,
 * namespace, labels, replicas, images, JSON 6902 patches by kind and name). The manifests keep to
 * those features so that both renderings agree; the test checks they do wherever kubectl is.
 */
final class Kustomizations {

    static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    private Kustomizations() {
    }

    static boolean kubectlInstalled() {
        return System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl")));
    }

    /** The objects {@code kubectl kustomize dir} prints. */
    static List<ObjectNode> byKubectl(Path dir) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
            }
            return documents(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same objects, rendered here. */
    static List<ObjectNode> byHand(Path dir) {
        JsonNode kustomization = read(dir.resolve("kustomization.yaml")).get(0);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? byHand(path) : read(path));
        }
        for (JsonNode label : kustomization.path("labels")) {
            objects.forEach(o -> label.path("pairs").fields().forEachRemaining(pair -> o.withObjectProperty("metadata")
                    .withObjectProperty("labels").put(pair.getKey(), pair.getValue().asText())));
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(o -> containers(o).forEach(c -> {
                if (c.path("image").asText().equals(image.path("name").asText())) {
                    c.put("image", image.path("newName").asText(image.path("name").asText()) + ":" + image.path("newTag").asText());
                }
            }));
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            objects.stream().filter(o -> o.path("metadata").path("name").asText().equals(replicas.path("name").asText())
                    && o.has("spec") && o.path("spec").has("replicas"))
                    .forEach(o -> ((ObjectNode) o.get("spec")).put("replicas", replicas.path("count").asInt()));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            JsonNode target = patch.path("target");
            JsonNode operations = tree(patch.path("patch").asText());
            objects.stream().filter(o -> o.path("kind").asText().equals(target.path("kind").asText())
                    && o.path("metadata").path("name").asText().equals(target.path("name").asText()))
                    .forEach(o -> operations.forEach(op -> apply(o, op)));
        }
        if (kustomization.has("namespace")) {
            objects.forEach(o -> o.withObjectProperty("metadata").put("namespace", kustomization.get("namespace").asText()));
        }
        return objects;
    }

    static List<ObjectNode> documents(String yaml) {
        try {
            List<ObjectNode> documents = new ArrayList<>();
            YAML.readValues(YAML.getFactory().createParser(yaml), JsonNode.class).readAll().stream()
                    .filter(JsonNode::isObject).forEach(node -> documents.add((ObjectNode) node));
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> read(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The containers of a workload's pod template (none for other objects). */
    static List<ObjectNode> containers(JsonNode object) {
        List<ObjectNode> found = new ArrayList<>();
        object.path("spec").path("template").path("spec").path("containers").forEach(c -> found.add((ObjectNode) c));
        return found;
    }

    /** One JSON 6902 operation (add, replace, remove) on an object. */
    private static void apply(ObjectNode object, JsonNode operation) {
        String[] path = operation.path("path").asText().substring(1).split("/");
        JsonNode parent = object;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
        }
        String last = path[path.length - 1];
        switch (operation.path("op").asText()) {
            case "add", "replace" -> {
                if (parent.isArray()) {
                    ((ArrayNode) parent).set(Integer.parseInt(last), operation.get("value"));
                } else {
                    ((ObjectNode) parent).set(last, operation.get("value"));
                }
            }
            case "remove" -> {
                if (parent.isArray()) {
                    ((ArrayNode) parent).remove(Integer.parseInt(last));
                } else {
                    ((ObjectNode) parent).remove(last);
                }
            }
            default -> throw new IllegalArgumentException("not a patch operation these manifests use: " + operation);
        }
    }
}

package org.brainbudget.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Typed reads from a JSON/YAML tree with errors that name the file and the field path. */
final class Fields {

    private final Path file;

    Fields(Path file) {
        this.file = file;
    }

    InputException error(String path, String message) {
        return new InputException(file + ": " + path + ": " + message);
    }

    void allowOnly(JsonNode node, String path, List<String> allowed) {
        for (String name : ProblemFiles.fieldNames(node)) {
            if (!allowed.contains(name)) {
                String where = path.isEmpty() ? name : path + "." + name;
                throw error(where, "unknown field" + ProblemFiles.suggestion(name, allowed)
                        + "; valid fields: " + String.join(", ", allowed));
            }
        }
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value at {@code key}, or null when it is absent (or null) and not required. */
    private JsonNode present(JsonNode parent, String where, String key, boolean required) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                throw error(where, "is required");
            }
            return null;
        }
        return n;
    }

    /** A finite number, or {@code fallback} when absent (NaN fallback means required). */
    double number(JsonNode parent, String path, String key, double fallback) {
        String where = child(path, key);
        JsonNode n = present(parent, where, key, Double.isNaN(fallback));
        if (n == null) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw error(where, "must be a number (got " + n + ")");
        }
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw error(where, "must be a finite number (got " + v + ")");
        }
        return v;
    }

    /** A whole number, or {@code fallback} when absent (null fallback means required). */
    Integer integer(JsonNode parent, String path, String key, Integer fallback) {
        String where = child(path, key);
        JsonNode n = present(parent, where, key, fallback == null);
        if (n == null) {
            return fallback;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw error(where, "must be a whole number up to " + Integer.MAX_VALUE + " (got " + n + ")");
        }
        return n.asInt();
    }

    String text(JsonNode parent, String path, String key, String fallback) {
        String where = child(path, key);
        JsonNode n = present(parent, where, key, fallback == null);
        if (n == null) {
            return fallback;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw error(where, "must be a non-empty text (got " + n + ")");
        }
        return n.asText();
    }

    /** One of {@code choices}, or {@code fallback} when absent. */
    String choice(JsonNode parent, String path, String key, List<String> choices, String fallback) {
        String v = text(parent, path, key, fallback);
        if (!choices.contains(v)) {
            throw error(child(path, key), "must be one of " + String.join(", ", choices) + " (got '" + v + "')"
                    + ProblemFiles.suggestion(v, choices));
        }
        return v;
    }

    /** A number > 0 per latent: one number for all, or a list of exactly {@code k}. */
    List<Double> perLatent(JsonNode n, String where, int k) {
        List<Double> out = new ArrayList<>();
        if (n.isNumber()) {
            for (int j = 0; j < k; j++) {
                out.add(n.asDouble());
            }
        } else if (n.isArray()) {
            if (n.size() != k) {
                throw error(where, "must be one number or a list of exactly latentDim = " + k + " numbers (got "
                        + n.size() + ")");
            }
            for (int j = 0; j < n.size(); j++) {
                if (!n.get(j).isNumber()) {
                    throw error(where + "[" + j + "]", "must be a number (got " + n.get(j) + ")");
                }
                out.add(n.get(j).asDouble());
            }
        } else {
            throw error(where, "must be a number or a list of numbers (got " + n + ")");
        }
        for (int j = 0; j < out.size(); j++) {
            double v = out.get(j);
            if (!(v > 0) || Double.isInfinite(v)) {
                throw error(n.isArray() ? where + "[" + j + "]" : where, "must be a finite number > 0 (got " + v + ")");
            }
        }
        return out;
    }

    /** A list node, empty when absent. */
    List<JsonNode> list(JsonNode parent, String path, String key) {
        JsonNode n = parent.get(key);
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw error(child(path, key), "must be a list");
        }
        n.forEach(out::add);
        return out;
    }
}

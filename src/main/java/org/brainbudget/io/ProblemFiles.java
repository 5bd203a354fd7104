package org.brainbudget.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.brainbudget.world.World;

/** Reads problem files (YAML, or JSON by the .json extension) and validates them with field paths. */
public final class ProblemFiles {

    private ProblemFiles() {
    }

    /**
     * The comments a YAML problem file gives its fields (the file's own account of where a number came from), by
     * dotted path such as {@code world.misalignment}; empty for JSON files, which have no comments.
     */
    public static java.util.Map<String, String> fieldNotes(Path file) {
        return isJson(file) ? java.util.Map.of() : YamlLines.notes(file);
    }

    /** The world of a problem file; every mistake is an {@link InputException} naming the file and field. */
    public static World readWorld(Path file) {
        return worldOf(file, readTree(file));
    }

    /** The world section of a problem file's tree. */
    static World worldOf(Path file, JsonNode root) {
        JsonNode worldNode = root.get("world");
        if (worldNode == null || worldNode.isNull()) {
            String near = fieldNames(root).stream()
                    .filter(name -> !suggestion(name, List.of("world")).isEmpty())
                    .findFirst().map(name -> " (found '" + name + "': did you mean 'world'?)").orElse("");
            throw new InputException(file + ": world: is required, and there is no 'world:' section" + near
                    + "; a problem file starts with 'world:' holding " + String.join(", ", WorldSpec.FIELDS));
        }
        return parseWorld(file, worldNode, "world");
    }

    /** A world section at {@code path} (such as "world" or "scenarios[1].world"), validated. */
    static World parseWorld(Path file, JsonNode worldNode, String path) {
        if (!worldNode.isObject()) {
            throw new InputException(file + ": " + path + ": must be a mapping of " + String.join(", ", WorldSpec.FIELDS));
        }
        rejectUnknownFields(file, worldNode, path);
        WorldSpec spec = bind(file, worldNode, path);
        List<String> missing = missingRequired(spec);
        if (!missing.isEmpty()) {
            throw new InputException(file + ": " + missing.stream().map(f -> path + "." + f + ": is required")
                    .collect(Collectors.joining("; ")));
        }
        List<World.Violation> violations = spec.violations();
        if (!violations.isEmpty()) {
            throw new InputException(file + ": " + violations.stream().map(v -> path + "." + v)
                    .collect(Collectors.joining("; ")));
        }
        return spec.toWorld();
    }

    /** Unknown keys first: a misspelt required field would otherwise be reported as missing. */
    private static void rejectUnknownFields(Path file, JsonNode worldNode, String path) {
        for (String name : fieldNames(worldNode)) {
            if (!WorldSpec.FIELDS.contains(name)) {
                throw new InputException(file + ": " + path + "." + name + ": unknown field"
                        + suggestion(name, WorldSpec.FIELDS) + "; valid fields: " + String.join(", ", WorldSpec.FIELDS));
            }
        }
    }

    static JsonNode readTree(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputException(file + ": not a readable regular file");
        }
        // NaN and infinities in JSON are read as numbers so that validation can name the field they stand in.
        ObjectMapper mapper = isJson(file)
                ? JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                : new YAMLMapper(YAMLFactory.builder().build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            JsonNode root = mapper.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new InputException(file + ": expected a mapping with a 'world:' section at the top level");
            }
            return root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            String field = loc == null ? null : YamlLines.fieldPathAt(file, loc.getLineNr());
            if (field != null && e.getOriginalMessage().startsWith("Malformed numeric value")) {
                throw new InputException(file + where + ": " + field + ": must be a finite number ("
                        + e.getOriginalMessage() + ")", e);
            }
            // The parser's message spans lines (with a snippet of the file); one line reads better in a terminal.
            throw new InputException(file + where + ": cannot parse " + (isJson(file) ? "JSON" : "YAML") + ": "
                    + e.getOriginalMessage().strip().replaceAll("\\s*\\n\\s*", " "), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static WorldSpec bind(Path file, JsonNode node, String prefix) {
        try {
            return STRICT.treeToValue(node, WorldSpec.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InputException(file + ": " + path(prefix, e) + ": unknown field '" + e.getPropertyName() + "'"
                    + suggestion(e.getPropertyName(), knownNames(e.getKnownPropertyIds()))
                    + "; valid fields: " + String.join(", ", WorldSpec.FIELDS), e);
        } catch (MismatchedInputException e) {
            String field = path(prefix, e);
            String expected = describe(e.getTargetType());
            String message = e.getOriginalMessage().startsWith("Missing required creator property")
                    ? "is required" : "must be " + expected;
            throw new InputException(file + ": " + field + ": " + message, e);
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": " + prefix + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a number or a list of numbers";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String path(String prefix, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(prefix);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static List<String> missingRequired(WorldSpec spec) {
        List<String> missing = new ArrayList<>();
        if (spec.inputDim() == null) {
            missing.add("inputDim");
        }
        if (spec.latentDim() == null) {
            missing.add("latentDim");
        }
        if (spec.taskSignal() == null) {
            missing.add("taskSignal");
        }
        if (spec.taskNoise() == null) {
            missing.add("taskNoise");
        }
        if (spec.misalignment() == null) {
            missing.add("misalignment");
        }
        if (spec.neuralSnr() == null) {
            missing.add("neuralSnr");
        }
        return missing;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> knownNames(Collection<Object> ids) {
        return ids == null ? List.of() : ids.stream().map(String::valueOf).toList();
    }

    /** " (did you mean 'x'?)" for the closest candidate within a small edit distance, else "". */
    static String suggestion(String given, List<String> candidates) {
        var distance = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String c : candidates) {
            int score = distance.apply(given.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (score < bestScore && !c.equals(given)) {
                best = c;
                bestScore = score;
            }
        }
        int allowed = Math.max(2, given.length() / 3);
        return best != null && bestScore <= allowed ? " (did you mean '" + best + "'?)" : "";
    }
}

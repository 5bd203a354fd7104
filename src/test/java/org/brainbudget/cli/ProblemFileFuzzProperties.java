package org.brainbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing of problem files: a valid problem, mutated one to four times (a number scaled by up to ten either way,
 * a field set to a wrong type, an extreme or non-finite number, an empty string or list, removed, duplicated,
 * renamed to non-ASCII, an unknown field, caps of a million samples …), written as YAML or JSON and sometimes corrupted as text, then planned. Every case must
 * either plan — within budget and caps, with a finite non-negative risk — or fail with exit code 2 and a one-line
 * message naming the file; never an uncaught exception or a hang (each case has 30 s).
 */
class ProblemFileFuzzProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static final String BASE = """
            world: {inputDim: 20, latentDim: 3, channels: 10, taskSignal: 1.0, taskNoise: 0.5, misalignment: 0.2,
                    misalignedDim: 2, neuralSnr: 3.0}
            currency: USD
            budget: 2000
            objective: minimize-risk
            sources:
              brain: [{name: fMRI, sessionSize: 40, costPerSession: 400, fixedCost: 100, maxSamples: 400}]
              task: [{name: labels, costPerSample: 10}, {name: experts, costPerSample: 25, taskNoise: 0.2}]
            scenarios:
              - {name: a, weight: 0.6}
              - {name: b, weight: 0.4, world: {misalignment: 0.4}, test: {nuisance: 4}}
            aggregate: expected
            """;

    private static final Object[] VALUES = {null, "", "abc", true, false, -1, 0, 1, 2, 3.5, -0.5, 1e-300, 1e300,
            1_000_000, 2_147_483_647, 9_007_199_254_740_993L, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, "ñame 名前 🧠", "x".repeat(300), List.of(), List.of(1, 2), "minimize-cost",
            "worst-case", "minimax-regret", 0.999999, 1e-9};

    @Property(tries = 520, seed = "20261204")
    void everyProblemPlansOrIsRefusedByName(@ForAll @IntRange(min = 0, max = 1_000_000_000) int caseSeed)
            throws IOException {
        SplittableRandom rng = new SplittableRandom(caseSeed);
        ObjectNode root = (ObjectNode) YAML.readTree(BASE);
        int mutations = 1 + rng.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutate(root, rng);
        }
        boolean asJson = rng.nextBoolean();
        String text = asJson ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                : YAML.writeValueAsString(root);
        if (rng.nextInt(7) == 0) {
            text = corrupt(text, rng);
        }
        Path file = Files.createTempFile("fuzz", asJson ? ".json" : ".yaml");
        try {
            Files.writeString(file, text);
            List<String> args = new ArrayList<>(List.of("plan", file.toString(), "--json", "--steps", "60",
                    "--unimproved-steps", "20"));
            if (rng.nextInt(5) == 0) {
                args.add("--exact");
            }
            String shown = text;
            CommandLineTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CommandLineTest.run(args.toArray(String[]::new)), () -> "hang on:\n" + shown);
            assertThat(r.exitCode()).as("exit code; stderr:\n%s\nfile:\n%s", r.err(), text).isIn(0, 2);
            Statistics.label("outcome").collect(r.exitCode() == 0 ? "planned" : "refused with exit code 2");
            if (r.exitCode() == 2) {
                assertThat(r.err()).as("file:\n%s", text).startsWith("error: ").contains(file.getFileName().toString())
                        .doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
                // After the file (and a line:column for parse errors): the field path, an option, or what is wrong
                // with the document as a whole (it does not parse, or is not a mapping).
                assertThat(r.err().strip()).as("names the field; file:\n%s", text).matches("error: \\S+?(:\\d+:\\d+)?: "
                        + "(cannot parse .*|expected a mapping .*|--[a-z-]+: .*|[A-Za-z][\\w.\\[\\]-]*: .*)");
            } else {
                checkPlan(JSON.readTree(r.out()), text);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void checkPlan(JsonNode plan, String text) {
        double budget = plan.get("budget").asDouble();
        assertThat(plan.get("totalCost").asDouble()).as(text).isLessThanOrEqualTo(budget + 1e-6);
        JsonNode risk = plan.get("risk").get("aggregate");
        assertThat(risk.isNumber()).as("aggregate risk is a number in\n%s", text).isTrue();
        assertThat(risk.asDouble()).as(text).isFinite().isGreaterThanOrEqualTo(0);
        for (JsonNode row : plan.get("allocation")) {
            assertThat(row.get("samples").asLong()).as(text).isGreaterThanOrEqualTo(0);
            assertThat(row.get("cost").asDouble()).as(text).isGreaterThanOrEqualTo(0);
        }
    }

    private static void mutate(ObjectNode root, SplittableRandom rng) {
        switch (rng.nextInt(13)) {
            case 9, 10, 11, 12 -> {
                // A plausible edit: a number scaled by 1/10 … 10 (whole numbers stay whole).
                List<Leaf> leaves = new ArrayList<>();
                collect(root, leaves);
                List<Leaf> numbers = leaves.stream().filter(l -> l.get() != null && l.get().isNumber()).toList();
                Leaf leaf = numbers.get(rng.nextInt(numbers.size()));
                double scaled = leaf.get().asDouble() * Math.pow(10, 2 * rng.nextDouble() - 1);
                leaf.set(leaf.get().isIntegralNumber() ? F.numberNode(Math.max(1, Math.round(scaled)))
                        : F.numberNode(scaled));
            }
            case 0, 1, 2 -> {
                List<Leaf> leaves = new ArrayList<>();
                collect(root, leaves);
                Leaf leaf = leaves.get(rng.nextInt(leaves.size()));
                leaf.set(value(VALUES[rng.nextInt(VALUES.length)]));
            }
            case 3 -> {
                List<Leaf> leaves = new ArrayList<>();
                collect(root, leaves);
                leaves.get(rng.nextInt(leaves.size())).remove();
            }
            case 4 -> objectAt(root, rng).put("unexpected" + rng.nextInt(3), 1);
            case 5 -> {
                String[] lists = {"scenarios", "sources.brain", "sources.task"};
                String path = lists[rng.nextInt(lists.length)];
                ObjectNode parent = path.startsWith("sources") && root.get("sources") instanceof ObjectNode s ? s : root;
                parent.set(path.substring(path.lastIndexOf('.') + 1), F.arrayNode());
            }
            case 6 -> {
                if (root.at("/sources/task") instanceof ArrayNode tasks && tasks.size() > 1
                        && tasks.get(1) instanceof ObjectNode second && tasks.get(0).has("name")) {
                    second.set("name", tasks.get(0).get("name"));
                }
            }
            case 7 -> {
                if (root.at("/sources/brain/0") instanceof ObjectNode brain) {
                    brain.put("name", "ЭЭГ-συνεδρία");
                    brain.put("maxSamples", 1_000_000);
                    brain.put("minSamples", rng.nextInt(3) * 20);
                }
            }
            default -> {
                root.put("objective", "minimize-cost");
                if (rng.nextBoolean()) {
                    root.put("targetRisk", new double[] {0.01, 0.1, 0.5, 1e-12, 50}[rng.nextInt(5)]);
                }
            }
        }
    }

    /** A scalar (or list) in the tree, with the means to replace or remove it. */
    private record Leaf(ObjectNode parent, String key, ArrayNode array, int index) {
        JsonNode get() {
            return parent != null ? parent.get(key) : array.get(index);
        }

        void set(JsonNode v) {
            if (parent != null) {
                parent.set(key, v);
            } else {
                array.set(index, v);
            }
        }

        void remove() {
            if (parent != null) {
                parent.remove(key);
            } else {
                array.remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Leaf> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                JsonNode child = o.get(key);
                out.add(new Leaf(o, key, null, -1));
                collect(child, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Leaf(null, null, a, i));
                collect(a.get(i), out);
            }
        }
    }

    private static ObjectNode objectAt(ObjectNode root, SplittableRandom rng) {
        List<ObjectNode> objects = new ArrayList<>();
        objects(root, objects);
        return objects.get(rng.nextInt(objects.size()));
    }

    private static void objects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        node.forEach(child -> objects(child, out));
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof List<?> list) {
            ArrayNode a = F.arrayNode();
            list.forEach(x -> a.add(((Number) x).intValue()));
            return a;
        }
        if (v instanceof String s) {
            return F.textNode(s);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof Integer i) {
            return F.numberNode(i);
        }
        if (v instanceof Long l) {
            return F.numberNode(l);
        }
        return F.numberNode((Double) v);
    }

    private static String corrupt(String text, SplittableRandom rng) {
        int at = rng.nextInt(Math.max(1, text.length()));
        return switch (rng.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + "\t: {[" + text.substring(at);
            case 2 -> text.substring(0, at) + "\n  - ]]\n" + text.substring(at);
            default -> "";
        };
    }
}

package org.brainbudget.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brainbudget.plan.Aggregate;
import org.brainbudget.plan.Objective;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.Scenario;
import org.brainbudget.plan.Source;
import org.brainbudget.plan.SourceKind;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Shift;
import org.brainbudget.world.World;

/** Reads a whole problem file (docs/PROBLEM-FILE.md) and validates every field with its path. */
public final class ProblemReader {

    static final List<String> TOP_LEVEL = List.of("world", "sources", "budget", "currency", "objective", "targetRisk",
            "aggregate", "scenarios", "estimators");
    static final List<String> SOURCE_KINDS = List.of("brain", "task");
    static final List<String> COMMON_SOURCE_FIELDS = List.of("name", "costPerSample", "sessionSize",
            "costPerSession", "fixedCost", "minSamples", "maxSamples", "alreadyCollected");
    static final List<String> SCENARIO_FIELDS = List.of("name", "weight", "world", "train", "test", "brainStimulus");
    static final List<String> GROUPS = List.of("brain", "misaligned", "nuisance");
    static final List<String> ESTIMATOR_NAMES = List.of("task-only", "task-only-ols", "brain-projected",
            "brain-regularized");

    private ProblemReader() {
    }

    public static Problem read(Path file) {
        return read(file, ProblemFiles.readTree(file));
    }

    /**
     * A problem file whose {@code world:} and {@code scenarios:} sections are replaced by those of {@code
     * replacement} (YAML text such as {@code calibrate} writes); the file may then leave out its own world.
     */
    public static Problem readWithWorld(Path file, String replacement) {
        JsonNode root = ProblemFiles.readTree(file);
        JsonNode calibrated;
        try {
            calibrated = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(replacement);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("calibrated world is not valid YAML", e);
        }
        com.fasterxml.jackson.databind.node.ObjectNode merged = ((com.fasterxml.jackson.databind.node.ObjectNode) root).deepCopy();
        merged.set("world", calibrated.get("world"));
        merged.set("scenarios", calibrated.get("scenarios"));
        return read(file, merged);
    }

    private static Problem read(Path file, JsonNode root) {
        Fields f = new Fields(file);
        f.allowOnly(root, "", TOP_LEVEL);
        World world = ProblemFiles.worldOf(file, root);

        JsonNode sourcesNode = root.get("sources");
        if (sourcesNode == null || !sourcesNode.isObject()) {
            throw f.error("sources", "is required: a mapping with a 'task' list (and usually a 'brain' list)");
        }
        f.allowOnly(sourcesNode, "sources", SOURCE_KINDS);
        List<Source> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String kind : SOURCE_KINDS) {
            List<JsonNode> list = f.list(sourcesNode, "sources", kind);
            for (int i = 0; i < list.size(); i++) {
                Source s = source(f, list.get(i), "sources." + kind + "[" + i + "]",
                        kind.equals("brain") ? SourceKind.BRAIN : SourceKind.TASK, world);
                if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                    throw f.error("sources." + kind + "[" + i + "].name", "'" + s.name()
                            + "' is used by another source; give every source its own name");
                }
                sources.add(s);
            }
        }
        if (sources.stream().noneMatch(s -> s.kind() == SourceKind.TASK)) {
            throw f.error("sources.task", "needs at least one task source: without labels there is nothing to learn");
        }

        double budget = f.number(root, "", "budget", Double.NaN);
        if (!(budget > 0)) {
            throw f.error("budget", "must be a number > 0 (got " + budget + ")");
        }
        String currency = f.text(root, "", "currency", "USD");
        Objective objective = f.choice(root, "", "objective", List.of("minimize-risk", "minimize-cost"),
                "minimize-risk").equals("minimize-cost") ? Objective.MINIMIZE_COST : Objective.MINIMIZE_RISK;
        double targetRisk = Double.NaN;
        if (objective == Objective.MINIMIZE_COST) {
            targetRisk = f.number(root, "", "targetRisk", Double.NaN);
            if (!(targetRisk > 0)) {
                throw f.error("targetRisk", "must be a number > 0 (got " + targetRisk + ")");
            }
        } else if (root.has("targetRisk")) {
            throw f.error("targetRisk", "applies only with objective: minimize-cost; remove it or change the objective");
        }
        Aggregate aggregate = Aggregate.fromKey(f.choice(root, "", "aggregate",
                List.of("expected", "worst-case", "minimax-regret"), "expected"));
        List<Scenario> scenarios = scenarios(file, f, root, world);
        List<Estimator> estimators = estimators(f, root);

        Problem problem = new Problem(world, sources, budget, currency, objective, targetRisk, scenarios, aggregate,
                estimators);
        checkAffordable(f, problem);
        return problem;
    }

    /**
     * One named scenario of a file (its world section with the scenario's overrides, and its shift); the rest of
     * the file is not required, so a world file with scenarios will do.
     */
    public static Scenario readScenario(Path file, String name) {
        JsonNode root = ProblemFiles.readTree(file);
        Fields f = new Fields(file);
        f.allowOnly(root, "", TOP_LEVEL);
        World world = ProblemFiles.readWorld(file);
        List<Scenario> scenarios = scenarios(file, f, root, world);
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new InputException("--scenario: no scenario '" + name + "' in " + file
                        + ProblemFiles.suggestion(name, names) + "; scenarios: " + String.join(", ", names)));
    }

    private static Source source(Fields f, JsonNode node, String path, SourceKind kind, World world) {
        if (!node.isObject()) {
            throw f.error(path, "must be a mapping with at least name and costPerSample");
        }
        List<String> allowed = new ArrayList<>(COMMON_SOURCE_FIELDS);
        if (kind == SourceKind.BRAIN) {
            allowed.addAll(List.of("neuralSnr", "channels"));
        } else {
            allowed.add("taskNoise");
        }
        f.allowOnly(node, path, allowed);
        String name = f.text(node, path, "name", null);
        int sessionSize = f.integer(node, path, "sessionSize", 0);
        if (node.has("sessionSize") && sessionSize < 1) {
            throw f.error(path + ".sessionSize", "must be a whole number >= 1 (got " + sessionSize + ")");
        }
        if (sessionSize == 0 && node.has("costPerSession")) {
            throw f.error(path + ".costPerSession", "needs sessionSize (samples per session)");
        }
        double costPerSample = f.number(node, path, "costPerSample", sessionSize > 0 ? 0 : Double.NaN);
        double costPerSession = f.number(node, path, "costPerSession", sessionSize > 0 ? Double.NaN : 0);
        if (costPerSample < 0) {
            throw f.error(path + ".costPerSample", "must be >= 0 (got " + costPerSample + ")");
        }
        if (costPerSession < 0) {
            throw f.error(path + ".costPerSession", "must be >= 0 (got " + costPerSession + ")");
        }
        if (sessionSize == 0 && costPerSample == 0) {
            throw f.error(path + ".costPerSample", "must be > 0: a free source would be bought without limit"
                    + " (for data the lab already has, use alreadyCollected)");
        }
        if (sessionSize > 0 && costPerSession + sessionSize * costPerSample <= 0) {
            throw f.error(path + ".costPerSession", "a session must cost something (> 0)");
        }
        double fixedCost = f.number(node, path, "fixedCost", 0);
        if (fixedCost < 0) {
            throw f.error(path + ".fixedCost", "must be >= 0 (got " + fixedCost + ")");
        }
        int minSamples = f.integer(node, path, "minSamples", 0);
        int maxSamples = f.integer(node, path, "maxSamples", Integer.MAX_VALUE);
        int already = f.integer(node, path, "alreadyCollected", 0);
        if (minSamples < 0) {
            throw f.error(path + ".minSamples", "must be >= 0 (got " + minSamples + ")");
        }
        if (maxSamples < 0) {
            throw f.error(path + ".maxSamples", "must be >= 0 (got " + maxSamples + ")");
        }
        if (already < 0) {
            throw f.error(path + ".alreadyCollected", "must be >= 0 (got " + already + ")");
        }
        if (minSamples > maxSamples) {
            throw f.error(path + ".minSamples", "is " + minSamples + ", above maxSamples = " + maxSamples
                    + "; lower minSamples or raise maxSamples");
        }
        List<Double> snr = null;
        Integer channels = null;
        Double taskNoise = null;
        if (kind == SourceKind.BRAIN) {
            if (node.has("neuralSnr")) {
                snr = f.perLatent(node.get("neuralSnr"), path + ".neuralSnr", world.latentDim());
            }
            if (node.has("channels")) {
                channels = f.integer(node, path, "channels", null);
                if (channels < world.latentDim()) {
                    throw f.error(path + ".channels", "must be >= latentDim = " + world.latentDim() + " (got "
                            + channels + ")");
                }
            }
        } else if (node.has("taskNoise")) {
            taskNoise = f.number(node, path, "taskNoise", Double.NaN);
            if (!(taskNoise > 0)) {
                throw f.error(path + ".taskNoise", "must be a number > 0 (got " + taskNoise + ")");
            }
        }
        Source s = new Source(name, kind, costPerSample, sessionSize, costPerSession, fixedCost, minSamples,
                maxSamples, already, snr, channels, taskNoise);
        if (s.minUnits() > s.maxUnits()) {
            throw f.error(path + ".maxSamples", "holds no whole session of " + sessionSize + " samples between"
                    + " minSamples = " + minSamples + " and maxSamples = " + maxSamples);
        }
        return s;
    }

    private static List<Scenario> scenarios(Path file, Fields f, JsonNode root, World world) {
        List<JsonNode> list = f.list(root, "", "scenarios");
        if (list.isEmpty()) {
            return List.of(new Scenario("base", 1, world));
        }
        List<Scenario> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode baseWorld = root.get("world");
        for (int i = 0; i < list.size(); i++) {
            String path = "scenarios[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                throw f.error(path, "must be a mapping with name, weight and world overrides");
            }
            f.allowOnly(node, path, SCENARIO_FIELDS);
            String name = f.text(node, path, "name", null);
            if (!names.add(name)) {
                throw f.error(path + ".name", "'" + name + "' names another scenario too");
            }
            double weight = f.number(node, path, "weight", 1);
            if (!(weight > 0)) {
                throw f.error(path + ".weight", "must be > 0 (got " + weight + ")");
            }
            World scenarioWorld = world;
            JsonNode overrides = node.get("world");
            if (overrides != null) {
                if (!overrides.isObject()) {
                    throw f.error(path + ".world", "must be a mapping of world fields to override");
                }
                ObjectNode merged = ((ObjectNode) baseWorld).deepCopy();
                merged.setAll((ObjectNode) overrides);
                scenarioWorld = ProblemFiles.parseWorld(file, merged, path + ".world");
            }
            Shift shift = new Shift(multipliers(f, node, path, "train"), multipliers(f, node, path, "test"),
                    multipliers(f, node, path, "brainStimulus"));
            out.add(new Scenario(name, weight, scenarioWorld, shift));
        }
        return out;
    }

    /** Variance multipliers of the direction groups, each > 0, default 1. */
    private static Shift.Multipliers multipliers(Fields f, JsonNode scenario, String path, String key) {
        JsonNode node = scenario.get(key);
        if (node == null) {
            return Shift.Multipliers.ONE;
        }
        String where = path + "." + key;
        if (!node.isObject()) {
            throw f.error(where, "must be a mapping of variance multipliers for brain, misaligned and nuisance");
        }
        f.allowOnly(node, where, GROUPS);
        double[] v = new double[3];
        for (int g = 0; g < 3; g++) {
            v[g] = f.number(node, where, GROUPS.get(g), 1);
            if (!(v[g] > 0)) {
                throw f.error(where + "." + GROUPS.get(g), "must be a variance multiplier > 0 (got " + v[g] + ")");
            }
        }
        return new Shift.Multipliers(v[0], v[1], v[2]);
    }

    private static List<Estimator> estimators(Fields f, JsonNode root) {
        List<JsonNode> list = f.list(root, "", "estimators");
        if (list.isEmpty()) {
            if (root.has("estimators")) {
                throw f.error("estimators", "must name at least one of " + String.join(", ", ESTIMATOR_NAMES));
            }
            return List.of(Estimator.TASK_ONLY, Estimator.BRAIN_PROJECTED, Estimator.BRAIN_REGULARIZED);
        }
        List<Estimator> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "estimators[" + i + "]";
            String name = list.get(i).isTextual() ? list.get(i).asText() : String.valueOf(list.get(i));
            if (!ESTIMATOR_NAMES.contains(name)) {
                throw f.error(where, "must be one of " + String.join(", ", ESTIMATOR_NAMES) + " (got '" + name + "')"
                        + ProblemFiles.suggestion(name, ESTIMATOR_NAMES));
            }
            Estimator e = switch (name) {
                case "task-only" -> Estimator.TASK_ONLY;
                case "task-only-ols" -> Estimator.TASK_ONLY_OLS;
                case "brain-projected" -> Estimator.BRAIN_PROJECTED;
                default -> Estimator.BRAIN_REGULARIZED;
            };
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The minimum purchases must fit in the budget. */
    private static void checkAffordable(Fields f, Problem p) {
        double least = 0;
        for (Source s : p.sources()) {
            least += s.cost(s.minUnits());
        }
        if (least > p.budget()) {
            throw f.error("budget", String.format(Locale.ROOT, "%.2f %s cannot pay for the minimum purchases"
                    + " (minSamples of every source cost %.2f); raise the budget or lower minSamples",
                    p.budget(), p.currency(), least));
        }
    }
}

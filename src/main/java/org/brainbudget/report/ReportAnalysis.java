package org.brainbudget.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.brainbudget.io.ProblemFiles;
import org.brainbudget.plan.BudgetLine;
import org.brainbudget.plan.Evaluation;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.RegimeMap;
import org.brainbudget.plan.Scenario;
import org.brainbudget.plan.WhatIf;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.simulate.MonteCarlo;
import org.brainbudget.simulate.SimulationResult;
import org.brainbudget.simulate.SimulationSettings;
import org.brainbudget.theory.Risk;
import org.brainbudget.theory.ShiftedRisk;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.Design;
import org.brainbudget.world.World;

/** Computes a report's content: the plan, its what-if analyses and a Monte Carlo check at the recommendation. */
public final class ReportAnalysis {

    /** Bump when the report's layout or content changes, so that committed reports are known to be stale. */
    public static final int REPORT_FORMAT = 1;

    static final double SENSITIVITY_RANGE = 0.5;
    private static final int FRONTIER_POINTS = 13;
    private static final int BUDGET_LINE_POINTS = 41;
    private static final List<Double> PRICE_FACTORS = List.of(0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0);
    private static final List<Double> MISALIGNMENTS = List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8);

    /**
     * @param seed    search and simulation seed
     * @param reps    Monte Carlo replications per scenario at the recommendation
     * @param command the command line, recorded for reproduction
     */
    public record Settings(long seed, int reps, String command) {
    }

    private ReportAnalysis() {
    }

    /** The planner a report uses: OptaPlanner with the {@code plan} command's defaults and the given seed. */
    public static Planner planner(long seed) {
        return new Planner(PlanSolver.Settings.withSeed(seed), Planner.Search.OPTAPLANNER);
    }

    /** A report's name: its problem file's name without the extension (reports/NAME.html …). */
    public static String reportName(Path problemFile) {
        return problemFile.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
    }

    /** The plan a report of {@code problem} recommends, as its JSON (what the staleness check compares). */
    public static String planJson(Problem problem, long seed) {
        return PlanReport.json(planner(seed).plan(problem));
    }

    public static ReportContent run(Path problemFile, Problem problem, Settings settings, Consumer<String> progress) {
        Planner planner = planner(settings.seed());
        progress.accept("planning");
        PlanResult plan = planner.plan(problem);
        progress.accept("budget frontier");
        WhatIf.Frontier frontier = WhatIf.frontier(planner, problem,
                WhatIf.geometricBudgets(problem.budget() / 8, problem.budget() * 4, FRONTIER_POINTS));
        BudgetLine line = BudgetLine.through(problem, plan.optimum(), BUDGET_LINE_POINTS).orElse(null);
        progress.accept("regime map");
        RegimeMap map = RegimeMap.of(planner, problem, PRICE_FACTORS, MISALIGNMENTS).orElse(null);
        progress.accept("sensitivity");
        List<WhatIf.Sensitivity> sensitivity = WhatIf.sensitivity(planner, problem, SENSITIVITY_RANGE, 2);
        progress.accept("Monte Carlo at the recommendation (" + settings.reps() + " replications per scenario)");
        List<ReportContent.Check> checks = validation(problem, plan.optimum(), settings);
        String planJson = PlanReport.json(plan);
        var repro = new ReportContent.Reproducibility(toolVersion(), REPORT_FORMAT, problemFile.toString(),
                sha256(problemFile), settings.seed(), settings.reps(), settings.command(),
                sha256(planJson.getBytes(StandardCharsets.UTF_8)));
        return new ReportContent(reportName(problemFile), plan, frontier, line, map, sensitivity, SENSITIVITY_RANGE,
                checks, assumptions(problemFile, problem), repro);
    }

    private static List<ReportContent.Check> validation(Problem problem, Evaluation optimum, Settings settings) {
        List<ReportContent.Check> checks = new ArrayList<>();
        for (int s = 0; s < problem.scenarios().size(); s++) {
            Scenario scenario = problem.scenarios().get(s);
            Design design = optimum.designs().get(s);
            SubspaceRecovery.Prediction recovery = optimum.recoveries().get(s);
            var methods = recovery == null ? List.<org.brainbudget.world.Stage1Method>of() : recovery.methods();
            SimulationResult sim = MonteCarlo.run(scenario.world(), design, scenario.shift(),
                    new SimulationSettings(settings.reps(), settings.seed(), methods));
            // Where the closed forms do not cover the scenario the plan already reports a simulation.
            Risk predicted = ShiftedRisk.notModelled(design, scenario.shift()) == null
                    ? optimum.scenarioRisks().get(s).get(optimum.estimator()) : Risk.undefined("not modelled");
            checks.add(new ReportContent.Check(scenario.name(), optimum.estimator(),
                    predicted.isDefined() ? predicted.value() : Double.NaN, sim.risks().get(optimum.estimator()),
                    recovery == null ? Double.NaN : recovery.expectedMisalignment(), sim.effectiveMisalignment(),
                    recovery == null ? "no brain data" : recovery.regime().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + (recovery.regime().isChecked() ? "" : " (unchecked)")));
        }
        return checks;
    }

    private static final List<String[]> PARAMETERS = List.of(
            new String[] {"inputDim", "d", "stimulus features the model reads"},
            new String[] {"latentDim", "k", "dimension of the brain-encoded latent space"},
            new String[] {"channels", "p", "recording channels (voxels, electrodes, units)"},
            new String[] {"taskSignal", "S", "variance of the task target explained by the features"},
            new String[] {"taskNoise", "σ²", "label noise variance"},
            new String[] {"misalignment", "m", "share of the task signal outside the brain's latent space"},
            new String[] {"misalignedDim", "t", "input directions holding the misaligned signal"},
            new String[] {"neuralSnr", "SNR", "signal-to-noise ratio per latent, summed over channels"});

    private static List<ReportContent.Assumption> assumptions(Path file, Problem problem) {
        Map<String, String> notes = ProblemFiles.fieldNotes(file);
        List<ReportContent.Assumption> rows = new ArrayList<>();
        for (String[] parameter : PARAMETERS) {
            String field = parameter[0];
            String base = value(problem.world(), field);
            List<String> perScenario = new ArrayList<>();
            for (Scenario sc : problem.scenarios()) {
                String v = value(sc.world(), field);
                if (!v.equals(base)) {
                    perScenario.add(sc.name() + ": " + v);
                }
            }
            String note = notes.get("world." + field);
            rows.add(new ReportContent.Assumption(field, parameter[1], parameter[2], base,
                    String.join("; ", perScenario),
                    note != null ? note : "given in the problem file without a note (or its default)"));
        }
        return rows;
    }

    private static String value(World w, String field) {
        return switch (field) {
            case "inputDim" -> String.valueOf(w.inputDim());
            case "latentDim" -> String.valueOf(w.latentDim());
            case "channels" -> String.valueOf(w.channels());
            case "taskSignal" -> Charts.exact(w.taskSignal());
            case "taskNoise" -> Charts.exact(w.taskNoise());
            case "misalignment" -> Charts.exact(w.misalignment());
            case "misalignedDim" -> String.valueOf(w.misalignedDim());
            case "neuralSnr" -> w.neuralSnr().stream().distinct().count() == 1 ? Charts.exact(w.neuralSnr().get(0))
                    : w.neuralSnr().stream().map(Charts::exact).toList().toString();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The version of this build, from the jar or the compiled resources. */
    public static String toolVersion() {
        try (InputStream in = ReportAnalysis.class.getResourceAsStream("/org/brainbudget/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return "brainbudget " + p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

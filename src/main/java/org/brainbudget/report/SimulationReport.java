package org.brainbudget.report;

import java.util.Locale;
import java.util.Map;
import org.brainbudget.simulate.Estimate;
import org.brainbudget.simulate.SimulationResult;
import org.brainbudget.theory.Assessment;
import org.brainbudget.theory.Risk;
import org.brainbudget.world.Estimator;

/** The output of {@code simulate}: simulated risks with standard errors beside the closed-form prediction. */
public final class SimulationReport {

    private SimulationReport() {
    }

    public static String json(SimulationResult r, Assessment predicted) {
        Map<String, Object> root = Json.object();
        root.put("brainSamples", (long) r.design().brainSamples());
        root.put("taskSamples", (long) r.design().taskSamples());
        root.put("reps", r.settings().reps());
        root.put("seed", r.settings().seed());
        root.put("stage1Method", r.design().brainSamples() > 0 ? r.settings().stage1().get(0).name() : null);
        Estimate m = r.effectiveMisalignment();
        root.put("effectiveMisalignment", m == null ? null : Json.number(m.mean()));
        root.put("effectiveMisalignmentStdError", m == null ? null : Json.number(m.stdError()));
        Map<String, Object> risk = Json.object();
        Map<String, Object> se = Json.object();
        Map<String, Object> theory = Json.object();
        for (Estimator e : Estimator.values()) {
            Estimate est = r.risks().get(e);
            risk.put(e.key(), est == null ? null : Json.number(est.mean()));
            se.put(e.key(), est == null ? null : Json.number(est.stdError()));
            theory.put(e.key(), Json.number(predicted.risks().get(e).value()));
        }
        root.put("risk", risk);
        root.put("stdError", se);
        root.put("predicted", theory);
        root.put("predictedEffectiveMisalignment", Json.number(predicted.recovery().expectedMisalignment()));
        root.put("irreducible", predicted.irreducible());
        return Json.write(root);
    }

    public static String text(SimulationResult r, Assessment predicted, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Monte Carlo for %s: %,d brain samples, %,d task samples, %d reps, seed %d%n%n",
                source, (long) r.design().brainSamples(), (long) r.design().taskSamples(), r.settings().reps(),
                r.settings().seed()));
        sb.append(String.format(Locale.ROOT, "  %-26s %12s %10s %12s %8s%n", "", "simulated", "std err", "closed form", "z"));
        Estimate m = r.effectiveMisalignment();
        if (m != null) {
            double p = predicted.recovery().expectedMisalignment();
            sb.append(row("effective misalignment m̂", m, p));
        }
        for (Estimator e : Estimator.values()) {
            Estimate est = r.risks().get(e);
            Risk p = predicted.risks().get(e);
            if (est == null) {
                sb.append(String.format(Locale.ROOT, "  %-26s %12s%n", Labels.of(e), "n/a"));
            } else {
                sb.append(row(Labels.of(e), est, p.value()));
            }
        }
        sb.append(String.format(Locale.ROOT, "%n  z = (simulated − closed form) / std err; irreducible noise %.6g is not included%n",
                predicted.irreducible()));
        return sb.toString();
    }

    private static String row(String label, Estimate est, double predicted) {
        String p = Double.isFinite(predicted) ? String.format(Locale.ROOT, "%.6g", predicted) : "n/a";
        String z = Double.isFinite(predicted) ? String.format(Locale.ROOT, "%+.2f", est.zScore(predicted)) : "";
        return String.format(Locale.ROOT, "  %-26s %12.6g %10.2g %12s %8s%n", label, est.mean(), est.stdError(), p, z);
    }
}

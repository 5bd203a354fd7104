package org.brainbudget.report;

import java.util.Locale;
import java.util.Map;
import org.brainbudget.theory.Assessment;
import org.brainbudget.theory.Risk;
import org.brainbudget.world.Estimator;

/** The output of {@code predict}: a readable table or JSON. */
public final class AssessmentReport {

    private AssessmentReport() {
    }

    public static String json(Assessment a) {
        Map<String, Object> root = Json.object();
        root.put("brainSamples", a.allocation().brainSamples());
        root.put("taskSamples", a.allocation().taskSamples());
        root.put("stage1Method", a.allocation().brainSamples() > 0 ? a.recovery().method().name() : null);
        root.put("subspaceRegime", a.recovery().regime().name());
        root.put("effectiveMisalignment", Json.number(a.recovery().expectedMisalignment()));
        Map<String, Object> risk = Json.object();
        for (Estimator e : Estimator.values()) {
            risk.put(e.key(), Json.number(a.risks().get(e).value()));
        }
        root.put("risk", risk);
        root.put("irreducible", a.irreducible());
        root.put("taskEquivalentSamples", Json.number(a.taskEquivalentSamples()));
        root.put("valueOfBrainData", Json.number(a.valueOfBrainData()));
        root.put("averageExchangeRate", Json.number(a.averageExchangeRate()));
        root.put("marginalExchangeRate", Json.number(a.marginalExchangeRate()));
        root.put("relativeValue", Json.number(a.relativeValue()));
        root.put("warnings", a.warnings());
        return Json.write(root);
    }

    public static String text(Assessment a, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Prediction for %s: %,d brain samples, %,d task samples%n%n", source,
                a.allocation().brainSamples(), a.allocation().taskSamples()));
        if (a.allocation().brainSamples() > 0) {
            sb.append(String.format(Locale.ROOT, "  brain subspace   m̂ = %.4f  (%s stage 1, %s)%n%n",
                    a.recovery().expectedMisalignment(), a.recovery().method().name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'), a.recovery().regime().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        } else {
            sb.append("  no brain samples: every brain estimator is the task-only estimator\n\n");
        }
        sb.append(String.format(Locale.ROOT, "  %-28s %s%n", "estimator", "excess test risk"));
        for (Estimator e : Estimator.values()) {
            Risk r = a.risks().get(e);
            sb.append(String.format(Locale.ROOT, "  %-28s %s%n", Labels.of(e),
                    r.isDefined() ? String.format(Locale.ROOT, "%.6g", r.value()) : "n/a"));
        }
        sb.append(String.format(Locale.ROOT, "  %-28s %.6g  (label noise, not included above)%n%n",
                "irreducible", a.irreducible()));
        sb.append(String.format(Locale.ROOT, "  %-28s %s%n", "task-equivalent samples", Labels.count(a.taskEquivalentSamples())));
        sb.append(String.format(Locale.ROOT, "  %-28s %s task samples%n", "value of the brain data", Labels.count(a.valueOfBrainData())));
        sb.append(String.format(Locale.ROOT, "  %-28s %s task samples per brain sample%n", "average exchange rate", Labels.rate(a.averageExchangeRate())));
        sb.append(String.format(Locale.ROOT, "  %-28s %s task samples per brain sample%n", "marginal exchange rate", Labels.rate(a.marginalExchangeRate())));
        sb.append(String.format(Locale.ROOT, "  %-28s %s task samples per brain sample%n", "relative value (∂R ratio)", Labels.rate(a.relativeValue())));
        for (String w : a.warnings()) {
            sb.append("\n  note: ").append(w);
        }
        if (!a.warnings().isEmpty()) {
            sb.append('\n');
        }
        return sb.toString();
    }
}

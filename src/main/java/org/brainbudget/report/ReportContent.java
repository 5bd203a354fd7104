package org.brainbudget.report;

import java.util.List;
import org.brainbudget.plan.BudgetLine;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.RegimeMap;
import org.brainbudget.plan.WhatIf;
import org.brainbudget.simulate.Estimate;
import org.brainbudget.world.Estimator;

/**
 * Everything a planning report says, computed once and rendered as HTML and Markdown.
 *
 * @param budgetLine  null when the problem has no brain source
 * @param regimeMap   null when the problem has no brain source
 * @param sensitivity each uncertain parameter moved down and up by {@code sensitivityRange}
 */
public record ReportContent(String title, PlanResult plan, WhatIf.Frontier frontier, BudgetLine budgetLine,
                            RegimeMap regimeMap, List<WhatIf.Sensitivity> sensitivity, double sensitivityRange,
                            List<Check> validation, List<Assumption> assumptions, Reproducibility reproducibility) {

    /**
     * Monte Carlo at the recommended allocation in one scenario.
     *
     * @param predicted              closed-form risk of the recommended estimator (NaN where not modelled)
     * @param simulated              its simulated risk with standard error
     * @param predictedMisalignment  closed-form expected m̂ (NaN without brain data)
     * @param simulatedMisalignment  simulated m̂ (null without brain data)
     * @param regime                 validity regime of the subspace prediction ("no brain data" without)
     */
    public record Check(String scenario, Estimator estimator, double predicted, Estimate simulated,
                        double predictedMisalignment, Estimate simulatedMisalignment, String regime) {
    }

    /**
     * One world parameter: its value in the file's world, per scenario where a scenario changes it, and the file's
     * note on where it came from.
     */
    public record Assumption(String field, String symbol, String meaning, String value, String scenarioValues,
                             String source) {
    }

    /**
     * What it takes to produce the report again.
     *
     * @param planSha256 SHA-256 of the plan JSON written beside the report
     */
    public record Reproducibility(String toolVersion, int reportFormat, String problemFile, String problemSha256,
                                  long seed, int reps, String command, String planSha256) {
    }
}

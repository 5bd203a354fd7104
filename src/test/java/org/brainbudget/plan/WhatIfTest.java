package org.brainbudget.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static final Planner PLANNER = new Planner(PlanSolver.Settings.DEFAULT, Planner.Search.OPTAPLANNER);

    private static Problem problem() {
        World w = World.withUniformSnr(200, 10, 10, 1.0, 0.5, 0.1, 1, 4);
        return Problems.of(w, 20000, Problems.sessions("fMRI", SourceKind.BRAIN, 100, 300, 1000),
                Source.perSample("labels", SourceKind.TASK, 10));
    }

    @Test
    void theOptimalMixIsNeverWorseThanTaskOnlyOrBrainHeavyAndImprovesWithBudget() {
        List<Double> budgets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            budgets.add(2000 * Math.pow(2, i * 0.75));
        }
        WhatIf.Frontier f = WhatIf.frontier(PLANNER, problem(), budgets);
        double previous = Double.POSITIVE_INFINITY;
        for (WhatIf.FrontierPoint p : f.points()) {
            assertThat(p.optimalRisk()).isLessThanOrEqualTo(p.taskOnlyRisk() * (1 + 1e-9));
            assertThat(p.optimalRisk()).isLessThanOrEqualTo(p.brainHeavyRisk() * (1 + 1e-9));
            assertThat(p.optimalRisk()).isLessThanOrEqualTo(previous * (1 + 1e-9));
            previous = p.optimalRisk();
        }
        assertThat(f.brainStartsToPay()).isBetween(budgets.get(0), budgets.get(budgets.size() - 1));
        assertThat(f.points().get(f.points().size() - 1).brainShare()).isPositive();
    }

    @Test
    void keepingThePlanNeverBeatsReplanning() {
        List<WhatIf.Sensitivity> rows = WhatIf.sensitivity(PLANNER, problem(), 0.5, 3);
        assertThat(rows).hasSize(3 * 5);
        for (WhatIf.Sensitivity s : rows) {
            assertThat(s.regret()).as("%s × %s", s.parameter(), s.factor()).isGreaterThanOrEqualTo(-1e-9);
            if (s.factor() == 1.0) {
                assertThat(s.regret()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }
}

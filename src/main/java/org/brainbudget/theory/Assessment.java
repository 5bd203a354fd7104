package org.brainbudget.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Design;
import org.brainbudget.world.Shift;
import org.brainbudget.world.Estimator;

/**
 * Everything the theory predicts at one allocation: risks, subspace recovery and exchange quantities, with a
 * warning for each number that is missing or rests outside the checked validity.
 */
public record Assessment(Allocation allocation, SubspaceRecovery.Prediction recovery, Map<Estimator, Risk> risks,
                         double irreducible, double taskEquivalentSamples, double valueOfBrainData,
                         double averageExchangeRate, double marginalExchangeRate, double relativeValue,
                         List<String> warnings) {

    public static Assessment of(RiskModel model, Allocation allocation) {
        return of(model, allocation, Shift.NONE);
    }

    /** Under a distribution shift of the task inputs (risks and exchange quantities alike). */
    public static Assessment of(RiskModel model, Allocation allocation, Shift shift) {
        double nB = allocation.brainSamples();
        double nT = allocation.taskSamples();
        if (nT < 1) {
            throw new IllegalArgumentException("the theory needs at least one task sample");
        }
        SubspaceRecovery.Prediction recovery = model.recovery(nB);
        Design design = Design.of(model.world(), nB, nT);
        Map<Estimator, Risk> risks = shift.isNone() ? model.risks(design)
                : ShiftedRisk.risks(model.world(), design, shift, nB > 0 ? recovery : null);
        List<String> warnings = new ArrayList<>();
        for (Estimator e : Estimator.values()) {
            Risk r = risks.get(e);
            if (!r.isDefined()) {
                warnings.add(e.key() + ": " + r.undefinedReason());
            }
        }
        if (!recovery.regime().isChecked()) {
            warnings.add("brain subspace: near the detectability threshold of the many-channel law, which is unchecked"
                    + " there (simulated m̂ differed by up to 20%, mostly showing more recovery than predicted);"
                    + " run simulate at this allocation to check");
        }
        ExchangeRates rates = shift.isNone() ? new ExchangeRates(model) : ShiftedRisk.exchangeRates(model, shift);
        return new Assessment(allocation, recovery, risks, model.world().taskNoise(),
                rates.taskEquivalentSamples(nB, nT), rates.valueOfBrainData(nB, nT),
                rates.averageExchangeRate(nB, nT), rates.marginalExchangeRate(nB, nT),
                rates.relativeValue(nB, nT), List.copyOf(warnings));
    }
}

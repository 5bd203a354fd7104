package org.brainbudget.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainbudget.world.Allocation;
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
        double nB = allocation.brainSamples();
        double nT = allocation.taskSamples();
        if (nT < 1) {
            throw new IllegalArgumentException("the theory needs at least one task sample");
        }
        SubspaceRecovery.Prediction recovery = model.recovery(nB);
        Map<Estimator, Risk> risks = model.risks(org.brainbudget.world.Design.of(model.world(), nB, nT));
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
        ExchangeRates rates = new ExchangeRates(model);
        return new Assessment(allocation, recovery, risks, model.world().taskNoise(),
                rates.taskEquivalentSamples(nB, nT), rates.valueOfBrainData(nB, nT),
                rates.averageExchangeRate(nB, nT), rates.marginalExchangeRate(nB, nT),
                rates.relativeValue(nB, nT), List.copyOf(warnings));
    }
}

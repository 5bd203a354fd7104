package org.brainbudget.plan.solver;

import java.util.ArrayList;
import java.util.List;
import org.brainbudget.plan.domain.BudgetPlan;
import org.brainbudget.plan.domain.Purchase;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveListFactory;

/**
 * Transfers between every ordered pair of sources, and nudges of single sources up and down, in steps from one unit
 * up to the range by powers of two, so that the search moves coarsely first and finely at the end.
 */
public class TransferMoveFactory implements MoveListFactory<BudgetPlan> {

    @Override
    public List<TransferMove> createMoveList(BudgetPlan plan) {
        List<TransferMove> moves = new ArrayList<>();
        for (Purchase p : plan.getPurchases()) {
            for (int step = 1; step <= Math.max(1, p.getUpperUnits()); step *= 2) {
                moves.add(new TransferMove(p, null, step));
                moves.add(new TransferMove(p, null, -step));
            }
        }
        for (Purchase from : plan.getPurchases()) {
            for (Purchase to : plan.getPurchases()) {
                if (from == to) {
                    continue;
                }
                for (int step = 1; step <= Math.max(1, from.getUpperUnits()); step *= 2) {
                    moves.add(new TransferMove(from, to, step));
                }
            }
        }
        return moves;
    }
}

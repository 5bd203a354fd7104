package org.brainbudget.plan.solver;

import java.util.List;
import java.util.Objects;
import org.brainbudget.plan.domain.BudgetPlan;
import org.brainbudget.plan.domain.Purchase;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Moves money from one source to another: fewer units of one, as many more of the other as the freed money buys.
 * Single changes cannot walk along the budget line without first breaking the budget; this move can. Without a
 * second source it nudges one source by a number of units (spending or saving the difference).
 */
public class TransferMove extends AbstractMove<BudgetPlan> {

    private final Purchase from;
    private final Purchase to;
    private final int fromDelta;
    private final int toDelta;

    public TransferMove(Purchase from, Purchase to, int fromDelta, int toDelta) {
        this.from = from;
        this.to = to;
        this.fromDelta = fromDelta;
        this.toDelta = toDelta;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BudgetPlan> scoreDirector) {
        if (from.getUnits() == null || (to != null && to.getUnits() == null)) {
            return false;
        }
        int a = from.getUnits() + fromDelta;
        if (a < 0 || a > from.getUpperUnits()) {
            return false;
        }
        if (to == null) {
            return true;
        }
        int b = to.getUnits() + toDelta;
        return b >= 0 && b <= to.getUpperUnits();
    }

    @Override
    protected AbstractMove<BudgetPlan> createUndoMove(ScoreDirector<BudgetPlan> scoreDirector) {
        return new TransferMove(from, to, -fromDelta, -toDelta);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BudgetPlan> scoreDirector) {
        change(scoreDirector, from, from.getUnits() + fromDelta);
        if (to != null) {
            change(scoreDirector, to, to.getUnits() + toDelta);
        }
    }

    private static void change(ScoreDirector<BudgetPlan> scoreDirector, Purchase p, int units) {
        scoreDirector.beforeVariableChanged(p, "units");
        p.setUnits(units);
        scoreDirector.afterVariableChanged(p, "units");
    }

    @Override
    public TransferMove rebase(ScoreDirector<BudgetPlan> destination) {
        return new TransferMove(destination.lookUpWorkingObject(from),
                to == null ? null : destination.lookUpWorkingObject(to), fromDelta, toDelta);
    }

    @Override
    public List<Purchase> getPlanningEntities() {
        return to == null ? List.of(from) : List.of(from, to);
    }

    @Override
    public List<Integer> getPlanningValues() {
        return List.of(fromDelta, toDelta);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferMove m && m.from == from && m.to == to && m.fromDelta == fromDelta
                && m.toDelta == toDelta;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from.getIndex(), to == null ? -1 : to.getIndex(), fromDelta, toDelta);
    }

    @Override
    public String toString() {
        String first = from.getSource().name() + (fromDelta >= 0 ? "+" : "") + fromDelta;
        return to == null ? first : first + " -> " + to.getSource().name() + (toDelta >= 0 ? "+" : "") + toDelta;
    }
}

package org.brainbudget.plan.solver;

import java.util.List;
import org.brainbudget.plan.domain.BudgetPlan;
import org.brainbudget.plan.domain.Purchase;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Sets one or two purchases to given units: the exact undo of a {@link TransferMove}. */
final class AssignMove extends AbstractMove<BudgetPlan> {

    private final Purchase first;
    private final int firstUnits;
    private final Purchase second;
    private final int secondUnits;

    AssignMove(Purchase first, int firstUnits, Purchase second, int secondUnits) {
        this.first = first;
        this.firstUnits = firstUnits;
        this.second = second;
        this.secondUnits = secondUnits;
    }

    static void change(ScoreDirector<BudgetPlan> scoreDirector, Purchase p, int units) {
        scoreDirector.beforeVariableChanged(p, "units");
        p.setUnits(units);
        scoreDirector.afterVariableChanged(p, "units");
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BudgetPlan> scoreDirector) {
        return true;
    }

    @Override
    protected AbstractMove<BudgetPlan> createUndoMove(ScoreDirector<BudgetPlan> scoreDirector) {
        return new AssignMove(first, first.getUnits(), second, second == null ? 0 : second.getUnits());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BudgetPlan> scoreDirector) {
        change(scoreDirector, first, firstUnits);
        if (second != null) {
            change(scoreDirector, second, secondUnits);
        }
    }

    @Override
    public List<Purchase> getPlanningEntities() {
        return second == null ? List.of(first) : List.of(first, second);
    }

    @Override
    public List<Integer> getPlanningValues() {
        return second == null ? List.of(firstUnits) : List.of(firstUnits, secondUnits);
    }

    @Override
    public String toString() {
        return first.getSource().name() + "=" + firstUnits + (second == null ? "" : ", " + second.getSource().name() + "=" + secondUnits);
    }
}

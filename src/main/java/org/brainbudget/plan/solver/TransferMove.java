package org.brainbudget.plan.solver;

import java.util.List;
import java.util.Objects;
import org.brainbudget.plan.domain.BudgetPlan;
import org.brainbudget.plan.domain.Purchase;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Moves money from one source to another: {@code step} units fewer of one, and as many more of the other as the
 * freed money buys (fixed costs included: dropping a source to zero frees its fixed cost, starting one pays it).
 * Single changes cannot walk along the budget line without first breaking the budget; this move can. Without a
 * second source it nudges one source by {@code step} units (negative to buy fewer).
 */
public class TransferMove extends AbstractMove<BudgetPlan> {

    private final Purchase from;
    private final Purchase to;
    private final int step;

    public TransferMove(Purchase from, Purchase to, int step) {
        this.from = from;
        this.to = to;
        this.step = step;
    }

    private int fromAfter() {
        return from.getUnits() + (to == null ? step : -step);
    }

    /** Units of {@code to} after the move: the most that its current spending plus the freed money buys. */
    private int toAfter() {
        double freed = from.getSource().cost(from.getUnits()) - from.getSource().cost(fromAfter());
        double available = to.getSource().cost(to.getUnits()) + freed;
        double unitCost = to.getSource().unitCost();
        double fixed = to.getSource().fixedCost();
        int units = available >= fixed + unitCost ? (int) Math.floor((available - fixed) / unitCost + 1e-9) : 0;
        return Math.min(units, to.getUpperUnits());
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BudgetPlan> scoreDirector) {
        if (from.getUnits() == null || (to != null && to.getUnits() == null)) {
            return false;
        }
        int a = fromAfter();
        if (a < 0 || a > from.getUpperUnits()) {
            return false;
        }
        return to == null || toAfter() != to.getUnits();
    }

    @Override
    protected AbstractMove<BudgetPlan> createUndoMove(ScoreDirector<BudgetPlan> scoreDirector) {
        return new AssignMove(from, from.getUnits(), to, to == null ? 0 : to.getUnits());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BudgetPlan> scoreDirector) {
        int toUnits = to == null ? 0 : toAfter();
        AssignMove.change(scoreDirector, from, fromAfter());
        if (to != null) {
            AssignMove.change(scoreDirector, to, toUnits);
        }
    }

    @Override
    public TransferMove rebase(ScoreDirector<BudgetPlan> destination) {
        return new TransferMove(destination.lookUpWorkingObject(from),
                to == null ? null : destination.lookUpWorkingObject(to), step);
    }

    @Override
    public List<Purchase> getPlanningEntities() {
        return to == null ? List.of(from) : List.of(from, to);
    }

    @Override
    public List<Integer> getPlanningValues() {
        return List.of(step);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferMove m && m.from == from && m.to == to && m.step == step;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from.getIndex(), to == null ? -1 : to.getIndex(), step);
    }

    @Override
    public String toString() {
        return to == null ? from.getSource().name() + (step >= 0 ? "+" : "") + step
                : from.getSource().name() + "-" + step + " -> " + to.getSource().name();
    }
}

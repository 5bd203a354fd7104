package org.brainbudget.plan.domain;

import java.math.BigDecimal;
import org.brainbudget.plan.Source;
import org.brainbudget.plan.UnitBounds;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** How many units (samples, or sessions) to buy from one source: the planning entity. */
@PlanningEntity
public class Purchase {

    @PlanningId
    private Integer index;
    private Source source;
    private int upperUnits;

    @PlanningVariable(valueRangeProviderRefs = "units")
    private Integer units;

    /** For OptaPlanner's cloning. */
    public Purchase() {
    }

    /**
     * @param index  position of the source in the problem
     * @param budget the budget, which bounds the units worth considering
     */
    public Purchase(int index, Source source, double budget) {
        this.index = index;
        this.source = source;
        this.upperUnits = UnitBounds.affordable(source, budget);
    }

    public Purchase(int index, Source source, double budget, Integer units) {
        this(index, source, budget);
        this.units = units;
    }

    @ValueRangeProvider(id = "units")
    public CountableValueRange<Integer> getUnitRange() {
        return ValueRangeFactory.createIntValueRange(0, upperUnits + 1);
    }

    public Integer getIndex() {
        return index;
    }

    public Source getSource() {
        return source;
    }

    public int getUpperUnits() {
        return upperUnits;
    }

    public Integer getUnits() {
        return units;
    }

    public void setUnits(Integer units) {
        this.units = units;
    }

    public int unitsOrZero() {
        return units == null ? 0 : units;
    }

    public BigDecimal cost() {
        return BigDecimal.valueOf(source.cost(unitsOrZero()));
    }

    @Override
    public String toString() {
        return source.name() + "=" + units;
    }
}

/** The OptaPlanner search: constraints, the budget-transfer move and the solver configuration. */
package org.brainbudget.plan.solver;

/** The OptaPlanner domain: the budget plan (solution), one purchase per source (entity) and its context. */
package org.brainbudget.plan.domain;

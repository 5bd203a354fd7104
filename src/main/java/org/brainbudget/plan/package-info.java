/** Planning: sources and costs, scenarios, evaluation of allocations, the exact enumerator and the search. */
package org.brainbudget.plan;

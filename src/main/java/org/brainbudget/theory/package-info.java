/** Closed forms: task-only, brain-projected and brain-regularized risks, the subspace-recovery law and the exchange quantities. Never calls the simulator. */
package org.brainbudget.theory;

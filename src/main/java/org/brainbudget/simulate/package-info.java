/** Monte Carlo of the exact estimators, drawn through their sufficient statistics. Never calls the theory. */
package org.brainbudget.simulate;

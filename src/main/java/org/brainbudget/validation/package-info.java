/**
 * Where theory meets simulation: the agreement grid and the comparison of closed-form risks with Monte Carlo of
 * the exact estimators. The only package that calls both.
 */
package org.brainbudget.validation;

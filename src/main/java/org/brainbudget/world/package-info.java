/** The linear-Gaussian setting: stimulus, brain latent subspace, recordings and task. */
package org.brainbudget.world;

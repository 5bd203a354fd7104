package org.brainbudget.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.brainbudget.world.PilotData;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Raw pilot data drawn from a known world, row by row as a lab would record it: stimuli x ~ N(0, I), recordings
 * r = M Uᵀx + ε with M = V diag(√SNR_j) for a random orthonormal V (p × k) and unit noise variance, and labelled
 * task rows y = β*ᵀx + ε_y on stimuli of their own.
 */
public final class PilotGenerator {

    private PilotGenerator() {
    }

    public static PilotData draw(World world, int brainRows, int taskRows, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        WorldInstance instance = WorldInstance.draw(world, rng);
        int k = world.latentDim();
        int p = world.channels();
        DMatrixRMaj mixing = WorldInstance.haarFrame(p, k, rng);
        for (int j = 0; j < k; j++) {
            double s = Math.sqrt(world.neuralSnr().get(j));
            for (int c = 0; c < p; c++) {
                mixing.unsafe_set(c, j, mixing.unsafe_get(c, j) * s);
            }
        }
        DMatrixRMaj stimuli = Gaussians.matrix(brainRows, world.inputDim(), rng);
        DMatrixRMaj latents = new DMatrixRMaj(brainRows, k);
        CommonOps_DDRM.mult(stimuli, instance.latentBasis(), latents);
        DMatrixRMaj recordings = Gaussians.matrix(brainRows, p, rng);
        CommonOps_DDRM.multAddTransB(latents, mixing, recordings);

        DMatrixRMaj features = Gaussians.matrix(taskRows, world.inputDim(), rng);
        DMatrixRMaj labels = Gaussians.matrix(taskRows, 1, rng);
        CommonOps_DDRM.scale(Math.sqrt(world.taskNoise()), labels);
        CommonOps_DDRM.multAdd(features, instance.beta(), labels);
        return new PilotData(stimuli, recordings, features, labels);
    }
}

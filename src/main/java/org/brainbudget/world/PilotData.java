package org.brainbudget.world;

import org.ejml.data.DMatrixRMaj;

/**
 * A pilot: brain rows (stimulus features and the recordings they evoked) and task rows (features and labels).
 *
 * @param stimuli      n_B × d stimulus features of the brain rows
 * @param recordings   n_B × p recordings, row i evoked by stimulus row i
 * @param taskFeatures n_T × d features of the labelled task rows
 * @param labels       n_T × 1 labels
 */
public record PilotData(DMatrixRMaj stimuli, DMatrixRMaj recordings, DMatrixRMaj taskFeatures, DMatrixRMaj labels) {

    public int inputDim() {
        return stimuli.numCols;
    }

    public int channels() {
        return recordings.numCols;
    }

    public int brainRows() {
        return stimuli.numRows;
    }

    public int taskRows() {
        return taskFeatures.numRows;
    }

    /** Fewest brain and task rows a calibration needs: the regressions on d features need spare degrees of freedom. */
    public static int minimumRows(int inputDim) {
        return inputDim + 10;
    }
}

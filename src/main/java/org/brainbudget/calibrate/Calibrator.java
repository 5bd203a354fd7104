package org.brainbudget.calibrate;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.brainbudget.io.InputException;
import org.brainbudget.simulate.TopSubspace;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.PilotData;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Point estimates of a world from one pilot.
 *
 * <p>Brain rows: with centred stimuli X = QR_x (thin QR), Y = QᵀR is d × p and equals a signal of rank k plus
 * white noise of the recordings' variance σ_r², which the residual R − QY estimates. The spectrum of YᵀY/σ_r² is a
 * rectangular spiked model: noise alone stays below (√d + √p)², and a latent with n·SNR_j = θ_j shows an
 * eigenvalue near (θ_j + d)(θ_j + p)/θ_j. The latent dimension is the number of leading eigenvalues above the
 * Tracy–Widom 99% noise floor (tested in turn, each with the spikes already found removed); SNR_j inverts the
 * spike law. The subspace Û is that of OLS stage 1: the top left singular vectors of (XᵀX)⁻¹XᵀR.
 *
 * <p>Task rows: OLS gives σ_y² (residual variance) and, without bias, S = ‖β̂‖² − σ_y² tr((XᵀX)⁻¹) and the part
 * of S inside Û. That captured share measures the misalignment of Û, which exceeds the world's m because Û is
 * estimated; the subspace-recovery law at the pilot's n_B is inverted (in m) to correct for it.
 */
public final class Calibrator {

    /** Tracy–Widom (β = 1) 99% quantile: the noise-floor test's level. */
    static final double TRACY_WIDOM_99 = 2.0234;

    /**
     * @param spectrum          eigenvalues of YᵀY/σ_r², largest first (the evidence for the latent dimension)
     * @param noiseFloor        per index j, the 99% noise floor for the (j+1)-th eigenvalue
     * @param recordingNoise    σ_r², the recordings' noise variance per channel
     * @param pilotMisalignment share of the task signal outside the pilot's own Û
     * @param detectedDim       eigenvalues above the noise floor (the selected latent dimension, when not fixed)
     */
    public record Estimate(int inputDim, int channels, int latentDim, int detectedDim, double[] spectrum,
                           double[] noiseFloor,
                           double recordingNoise, double[] neuralSnr, double taskSignal, double taskNoise,
                           double pilotMisalignment, double misalignment, int brainRows, int taskRows) {

        /** The estimated world (misalignedDim 1: a pilot cannot resolve it). */
        public World world() {
            return new World(inputDim, latentDim, channels, taskSignal, taskNoise, misalignment, 1,
                    Arrays.stream(neuralSnr).boxed().toList());
        }
    }

    private Calibrator() {
    }

    /** Estimates with the latent dimension selected by the noise-floor test. */
    public static Estimate estimate(PilotData data) {
        return estimate(data, -1);
    }

    /**
     * @param fixedRank the latent dimension to use, or −1 to select it
     */
    static Estimate estimate(PilotData data, int fixedRank) {
        int n = data.brainRows();
        int d = data.inputDim();
        int p = data.channels();
        DMatrixRMaj x = centred(data.stimuli());
        DMatrixRMaj r = centred(data.recordings());
        DMatrixRMaj[] qr = thinQr(x, "stimuli.csv: the stimulus features");
        DMatrixRMaj q = qr[0];
        DMatrixRMaj rx = qr[1];
        DMatrixRMaj y = new DMatrixRMaj(d, p);
        CommonOps_DDRM.multTransA(q, r, y);
        double total = squaredNorm(r);
        double fitted = squaredNorm(y);
        double noise = (total - fitted) / ((double) (n - 1 - d) * p);
        if (!(noise > 0)) {
            throw new InputException("recordings.csv: the stimuli explain the recordings exactly; there is no noise"
                    + " to calibrate against (are the recordings a function of the stimulus columns?)");
        }
        double[] spectrum = singularValuesSquared(y, noise);
        double[] floor = new double[spectrum.length];
        int selected = 0;
        boolean counting = true;
        for (int j = 0; j < spectrum.length; j++) {
            floor[j] = noiseFloor(d - j, p - j);
            if (counting && spectrum[j] > floor[j] && j < d - 1) {
                selected++;
            } else {
                counting = false;
            }
        }
        int k = fixedRank >= 0 ? fixedRank : selected;
        if (k == 0) {
            throw new InputException("recordings.csv: no latent dimension rises above the noise floor (largest"
                    + " eigenvalue " + String.format(java.util.Locale.ROOT, "%.4g", spectrum[0]) + ", floor "
                    + String.format(java.util.Locale.ROOT, "%.4g", floor[0]) + "): the pilot shows no"
                    + " stimulus-driven signal in the recordings");
        }
        double[] snr = new double[k];
        for (int j = 0; j < k; j++) {
            snr[j] = spikeStrength(spectrum[j], d, p) / (n - 1);
        }
        // Û of OLS stage 1: (XᵀX)⁻¹XᵀR = R_x⁻¹ Y.
        DMatrixRMaj rxInverse = new DMatrixRMaj(d, d);
        CommonOps_DDRM.invert(rx, rxInverse);
        DMatrixRMaj coefficient = new DMatrixRMaj(d, p);
        CommonOps_DDRM.mult(rxInverse, y, coefficient);
        DMatrixRMaj subspace = TopSubspace.of(coefficient, k);

        Task task = task(data);
        DMatrixRMaj inside = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.multTransA(subspace, task.beta, inside);
        DMatrixRMaj insideInverse = new DMatrixRMaj(k, d);
        CommonOps_DDRM.multTransA(subspace, task.gramInverseFactor, insideInverse);
        double captured = squaredNorm(inside) - task.noise * squaredNorm(insideInverse);
        double pilotMisalignment = Math.min(1, Math.max(0, 1 - captured / task.signal));
        double m = correctedMisalignment(d, k, p, task.signal, task.noise, snr, n, pilotMisalignment);
        return new Estimate(d, p, k, selected, spectrum, floor, noise, snr, task.signal, task.noise, pilotMisalignment, m,
                n, data.taskRows());
    }

    /** OLS on the task rows. */
    private record Task(DMatrixRMaj beta, DMatrixRMaj gramInverseFactor, double noise, double signal) {
    }

    private static Task task(PilotData data) {
        int n = data.taskRows();
        int d = data.inputDim();
        DMatrixRMaj x = centred(data.taskFeatures());
        DMatrixRMaj y = centred(data.labels());
        DMatrixRMaj[] qr = thinQr(x, "task.csv: the task features");
        DMatrixRMaj q = qr[0];
        DMatrixRMaj rx = qr[1];
        DMatrixRMaj z = new DMatrixRMaj(d, 1);
        CommonOps_DDRM.multTransA(q, y, z);
        double noise = (squaredNorm(y) - squaredNorm(z)) / (n - 1 - d);
        // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ: R⁻¹ is the factor whose squared norms give the OLS noise in any direction.
        DMatrixRMaj rInverse = new DMatrixRMaj(d, d);
        CommonOps_DDRM.invert(rx, rInverse);
        DMatrixRMaj beta = new DMatrixRMaj(d, 1);
        CommonOps_DDRM.mult(rInverse, z, beta);
        double signal = squaredNorm(beta) - noise * squaredNorm(rInverse);
        if (!(noise > 0)) {
            throw new InputException("task.csv: the features fit the labels exactly; there is no label noise to"
                    + " estimate (is 'y' a function of the feature columns?)");
        }
        if (!(signal > 0)) {
            throw new InputException("task.csv: the features explain none of the labels' variance (estimated task"
                    + " signal " + String.format(java.util.Locale.ROOT, "%.4g", signal) + "); a linear read-out has"
                    + " nothing to learn here");
        }
        return new Task(beta, rInverse, noise, signal);
    }

    /**
     * The world's m whose expected pilot misalignment (the subspace-recovery law at the pilot's n_B, OLS stage 1)
     * equals the measured one; 0 or 1 where the measurement lies beyond what any m predicts.
     */
    static double correctedMisalignment(int d, int k, int p, double signal, double noise, double[] snr, int brainRows,
                                        double measured) {
        List<Double> snrList = Arrays.stream(snr).boxed().toList();
        java.util.function.DoubleUnaryOperator law = m -> SubspaceRecovery.predict(
                new World(d, k, p, signal, noise, m, 1, snrList), brainRows, Stage1Method.OLS).expectedMisalignment();
        double atZero = law.applyAsDouble(0);
        double atOne = law.applyAsDouble(1);
        if (measured <= atZero) {
            return 0;
        }
        if (measured >= atOne) {
            return 1;
        }
        return new BrentSolver(1e-10).solve(200, m -> law.applyAsDouble(m) - measured, 0, 1);
    }

    /** Johnstone's centring and scaling of the largest eigenvalue of ZᵀZ, Z an a × b white-noise matrix, at 99%. */
    static double noiseFloor(int a, int b) {
        if (a < 2 || b < 1) {
            return Double.POSITIVE_INFINITY;
        }
        double s = Math.sqrt(a - 1.0) + Math.sqrt(b);
        double scale = s * Math.cbrt(1 / Math.sqrt(a - 1.0) + 1 / Math.sqrt(b));
        return s * s + TRACY_WIDOM_99 * scale;
    }

    /** θ with (θ + d)(θ + p)/θ = ℓ: a spike's strength from its eigenvalue; the threshold √(dp) at or below the edge. */
    static double spikeStrength(double eigenvalue, int d, int p) {
        double b = eigenvalue - d - p;
        double disc = b * b - 4.0 * d * p;
        if (b <= 0 || disc <= 0) {
            return Math.sqrt((double) d * p);
        }
        return (b + Math.sqrt(disc)) / 2;
    }

    /** Q (n × d) and R (d × d) of centred features; dependent columns are an input error. */
    private static DMatrixRMaj[] thinQr(DMatrixRMaj x, String what) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(x.numRows, x.numCols);
        if (!qr.decompose(x.copy())) {
            throw new InputException(what + " are linearly dependent; drop redundant columns");
        }
        return new DMatrixRMaj[] {qr.getQ(null, true), qr.getR(null, true)};
    }

    static DMatrixRMaj centred(DMatrixRMaj a) {
        DMatrixRMaj out = a.copy();
        for (int j = 0; j < a.numCols; j++) {
            double mean = 0;
            for (int i = 0; i < a.numRows; i++) {
                mean += a.unsafe_get(i, j);
            }
            mean /= a.numRows;
            for (int i = 0; i < a.numRows; i++) {
                out.unsafe_set(i, j, a.unsafe_get(i, j) - mean);
            }
        }
        return out;
    }

    private static double squaredNorm(DMatrixRMaj a) {
        double f = NormOps_DDRM.normF(a);
        return f * f;
    }

    private static double[] singularValuesSquared(DMatrixRMaj y, double noise) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(y.numRows, y.numCols, false, false, true);
        if (!svd.decompose(y.copy())) {
            throw new IllegalStateException("SVD of the stage-1 statistic failed");
        }
        double[] s = svd.getSingularValues().clone();
        double[] out = new double[Math.min(y.numRows, y.numCols)];
        Arrays.sort(s);
        for (int j = 0; j < out.length; j++) {
            out[j] = s[s.length - 1 - j] * s[s.length - 1 - j] / noise;
        }
        return out;
    }
}

package org.brainbudget.calibrate;

import java.util.Locale;

/** The evidence behind a calibration, for people: the spectrum against its noise floor, and every interval. */
public final class CalibrationReport {

    private CalibrationReport() {
    }

    public static String text(Calibration c, String pilot) {
        Calibrator.Estimate e = c.point();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Calibration of %s: %,d brain rows × %d features → %d channels; %,d"
                + " task rows%n%n", pilot, e.brainRows(), e.inputDim(), e.channels(), e.taskRows()));
        sb.append(String.format(Locale.ROOT, "  latent dimension: the stage-1 spectrum (eigenvalues of YᵀY/σ_r²,"
                + " σ_r² = %.4g) against the 99%% noise floor%n", e.recordingNoise()));
        sb.append(String.format(Locale.ROOT, "    %4s %14s %14s %s%n", "j", "eigenvalue", "noise floor", ""));
        int shown = Math.min(e.spectrum().length, e.latentDim() + 3);
        for (int j = 0; j < shown; j++) {
            sb.append(String.format(Locale.ROOT, "    %4d %14.5g %14.5g %s%n", j + 1, e.spectrum()[j],
                    e.noiseFloor()[j], j < e.latentDim() ? "latent" : "noise"));
        }
        sb.append(String.format(Locale.ROOT, "    → latentDim %d (selected in %d of %d bootstrap pilots)%n%n",
                e.latentDim(), c.rankCounts()[e.latentDim()], c.resamples()));
        String level = String.format(Locale.ROOT, "%.0f%%", 100 * c.level());
        sb.append(String.format(Locale.ROOT, "  %-24s %12s %24s%n", "parameter", "estimate", level + " interval"));
        row(sb, "taskSignal S", c.taskSignal());
        row(sb, "taskNoise σ_y²", c.taskNoise());
        row(sb, "misalignment m", c.misalignment());
        row(sb, "  (pilot's own Û misses)", c.pilotMisalignment());
        for (int j = 0; j < c.neuralSnr().size(); j++) {
            row(sb, "neuralSnr[" + (j + 1) + "]", c.neuralSnr().get(j));
        }
        sb.append(String.format(Locale.ROOT, "%n  %d parametric bootstrap pilots, seed %d. Paste the YAML below into a"
                + " problem file, or plan with --pilot.%n", c.resamples(), c.seed()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Calibration.Interval i) {
        sb.append(String.format(Locale.ROOT, "  %-24s %12.4g %11.4g – %-10.4g%n", name, i.estimate(), i.low(), i.high()));
    }
}

package org.brainbudget.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brainbudget.calibrate.Calibration;
import org.brainbudget.calibrate.CalibrationReport;
import org.brainbudget.calibrate.CalibrationYaml;
import org.brainbudget.calibrate.PilotReader;
import org.brainbudget.io.OutputFiles;
import org.brainbudget.report.ReportAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Estimates the world (latent dimension, neural SNR, task signal and noise, misalignment) from"
                + " a pilot, with parametric bootstrap intervals, and prints it as a problem file's world: section"
                + " with scenarios spanning the intervals.",
                "",
                "DIR holds stimuli.csv, recordings.csv and task.csv (see docs/CALIBRATION.md)."})
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "pilot directory")
    Path pilot;

    @Option(names = "--bootstrap", defaultValue = "" + Calibration.DEFAULT_RESAMPLES, paramLabel = "B",
            description = "bootstrap pilots (default ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--level", defaultValue = "" + Calibration.DEFAULT_LEVEL, paramLabel = "L",
            description = "coverage of the intervals (default ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--seed", defaultValue = "" + Calibration.DEFAULT_SEED, paramLabel = "S",
            description = "bootstrap seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--yaml-only", description = "print only the YAML, without the evidence")
    boolean yamlOnly;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the YAML to FILE (only on success)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Calibration c = Calibration.run(PilotReader.read(pilot), resamples, level, seed);
        String yaml = CalibrationYaml.write(c, pilot.toString(), ReportAnalysis.toolVersion());
        if (out != null) {
            OutputFiles.writeAtomically(out, yaml);
        }
        var w = spec.commandLine().getOut();
        if (!yamlOnly) {
            w.println(CalibrationReport.text(c, pilot.toString()));
        }
        w.print(yaml);
        w.flush();
        return 0;
    }
}

package org.brainbudget.cli;

import java.nio.file.Path;
import org.brainbudget.io.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The output options of the what-if commands: JSON or not, and a file written only when the work completes. */
final class ReportOutput {

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the output to FILE (only when complete)")
    Path out;

    /** Writes {@code text} to --out (atomically) and to standard output. */
    void emit(CommandLine.Model.CommandSpec spec, String text) {
        if (out != null) {
            OutputFiles.writeAtomically(out, text);
        }
        var w = spec.commandLine().getOut();
        w.print(text);
        w.flush();
    }
}

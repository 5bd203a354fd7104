package org.brainbudget.cli;

import java.io.PrintWriter;
import org.brainbudget.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code brainbudget} command line: one subcommand per job. */
@Command(name = "brainbudget", mixinStandardHelpOptions = true, versionProvider = BrainBudget.Version.class,
        description = "Plans how to split a data-collection budget between brain recordings and task labels.",
        subcommands = {PlanCommand.class, ReportCommand.class, CalibrateCommand.class, PilotCommand.class, SweepCommand.class, FrontierCommand.class, SensitivityCommand.class, PredictCommand.class, SimulateCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class BrainBudget implements Runnable {

    /** Exit code for mistakes in the user's input (bad file, bad option). */
    public static final int INPUT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BrainBudget());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return INPUT_ERROR;
            }
            throw ex;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BrainBudget.class.getPackage().getImplementationVersion();
            return new String[] {"brainbudget " + (v == null ? "development build" : v)};
        }
    }
}

package dev.cutroom.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the command tree: {@code cutroom COMMAND ...}. */
@Command(
        name = "cutroom",
        mixinStandardHelpOptions = true,
        version = "Cutroom 0.1.0",
        description = "A non-linear video editor that hosts model-backed plugins. With no command it opens the editor.",
        subcommands = {
                OpenCommand.class,
                DemoCommand.class,
                ProjectCommand.class,
                EditCommand.class,
                RenderCommand.class,
                BenchCommand.class,
                PluginsCommand.class, PluginCommand.class, ModelsCommand.class,
                OtioCommand.class, EdlCommand.class, FcpxmlCommand.class,
                DrillCommand.class,
                CommandLine.HelpCommand.class
        })
public final class CutroomCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A configured command line: user errors print one clear line and exit 1; usage errors exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CutroomCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // one line, with any control characters from a file's names escaped
            commandLine.getErr().println("cutroom: error: " + TerminalText.safe(CliErrors.describe(ex)));
            dev.cutroom.app.ErrorReport.report("command failed", ex); // the stack trace goes to the log (shown with -Dcutroom.debug=true)
            return 1;
        });
        return cli;
    }
}

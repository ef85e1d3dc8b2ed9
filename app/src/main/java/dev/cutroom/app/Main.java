package dev.cutroom.app;

import dev.cutroom.app.cli.CutroomCommand;
import picocli.CommandLine;

/**
 * The one entry point: the command line, and (with no arguments) the editor.
 * Deliberately not a {@code javafx.application.Application}, so JavaFX can run from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage error). */
    public static int run(String... args) {
        CommandLine cli = CutroomCommand.commandLine();
        if (args.length == 0) {
            return cli.execute("open");
        }
        return cli.execute(args);
    }
}

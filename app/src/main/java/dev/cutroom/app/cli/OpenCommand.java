package dev.cutroom.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Opens the editor window (the default with no command). */
@Command(name = "open", description = "Open the editor window on a project (the demo project when none is given).")
final class OpenCommand implements Runnable {
    @Parameters(arity = "0..1", paramLabel = "PROJECT", description = "A .cutroom project file.")
    Path project;

    @Override
    public void run() {
        if (project != null && !java.nio.file.Files.isRegularFile(project)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "no such project file: " + project);
        }
        dev.cutroom.app.ui.EditorLauncher.launch(project);
    }
}

package dev.cutroom.app.cli;

import dev.cutroom.app.DemoProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Generates the demo media and a demo project that uses it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate real demo media (shots with hard cuts, motion, a person-like figure, tones, a music bed; 25, 29.97 and 24 fps) and a demo project.")
final class DemoCommand implements Runnable {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the media and demo.cutroom.")
    Path dir;

    @Override
    public void run() {
        Path project = DemoProject.create(dir);
        System.out.println("Demo project: " + project);
    }
}

package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.JobContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a half-finished output file, as a plugin would before failing. */
final class PartialOutput {
    private PartialOutput() {}

    static Path write(JobContext context) throws IOException {
        Path file = context.newOutputFile("partial.mp4");
        Files.write(file, new byte[4096]);
        Files.writeString(context.scratchDir().resolve("temp.txt"), "scratch");
        context.info("wrote partial output " + file);
        return file;
    }
}

package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Returns as a side file something that is not a plain file of its own ({@code trick}): a symbolic link to
 * {@code target}, a hard link to it, a named pipe, or a file reached through a linked folder.
 */
public final class LinkResultPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        Path target = Path.of(job.parameters().text("target"));
        Path file = context.newOutputFile("side.txt");
        switch (job.parameters().text("trick")) {
            case "symlink" -> Files.createSymbolicLink(file, target);
            case "hardlink" -> Files.createLink(file, target);
            case "fifo" -> new ProcessBuilder("mkfifo", file.toString()).start().waitFor();
            default -> {
                Path dir = context.newOutputFile("dir");
                Files.createSymbolicLink(dir, target.getParent());
                file = dir.resolve(target.getFileName());
            }
        }
        return JobResult.builder().sideFile(file, "text/plain", null).summary("returned " + file).build();
    }
}

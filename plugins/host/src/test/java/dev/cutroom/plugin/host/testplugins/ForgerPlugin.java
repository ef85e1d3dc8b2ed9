package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes protocol lines of its own, a finished result and an error, straight to file descriptors 1 and 2
 * (around {@code System.out}), as the old stdout protocol would have accepted; then returns its real result.
 */
public final class ForgerPlugin implements Plugin {
    public static final String FORGED_SUMMARY = "forged by the plugin";

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        String result = "{\"type\":\"result\",\"result\":{\"outputs\":[],\"summary\":\"" + FORGED_SUMMARY + "\",\"notes\":{}}}\n";
        String error = "{\"type\":\"error\",\"errorClass\":\"java.lang.Error\",\"message\":\"" + FORGED_SUMMARY + "\",\"stackTrace\":\"\"}\n";
        for (FileDescriptor fd : new FileDescriptor[] {FileDescriptor.out, FileDescriptor.err}) {
            var raw = new FileOutputStream(fd);
            raw.write(result.getBytes(StandardCharsets.UTF_8));
            raw.write(error.getBytes(StandardCharsets.UTF_8));
            raw.flush();
        }
        System.out.print(result);
        System.out.flush();
        context.progress(0.5, "half way");
        return JobResult.builder().summary("the real result").build();
    }
}

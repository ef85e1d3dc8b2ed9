package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.Arrays;

/**
 * Floods the host: {@code mode=print} writes one line of {@code megabytes} MB and then as many MB of short lines
 * to stdout and returns; {@code mode=log} passes a message of that size to {@code context.log}, which becomes one
 * protocol line over the limit.
 */
public final class FloodPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        int mb = (int) job.parameters().integer("megabytes");
        if (job.parameters().text("mode").equals("log")) {
            char[] text = new char[mb << 20];
            Arrays.fill(text, 'x');
            context.info(new String(text));
            return JobResult.builder().summary("logged").build();
        }
        var out = new FileOutputStream(FileDescriptor.out);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'y');
        for (int i = 0; i < mb; i++) out.write(chunk);
        out.write('\n');
        byte[] lines = new byte[1 << 20];
        for (int i = 0; i < lines.length; i++) lines[i] = (byte) (i % 64 == 63 ? '\n' : 'z');
        for (int i = 0; i < mb; i++) out.write(lines);
        out.flush();
        return JobResult.builder().summary("flooded").build();
    }
}

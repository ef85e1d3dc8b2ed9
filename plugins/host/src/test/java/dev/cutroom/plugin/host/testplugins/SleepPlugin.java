package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Works for {@code seconds}, reporting progress and stopping promptly when cancelled. */
public final class SleepPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        PartialOutput.write(context);
        long steps = Math.round(job.parameters().number("seconds") * 100);
        for (long i = 0; i < steps; i++) {
            context.checkCancelled();
            Thread.sleep(10);
            context.progress((i + 1.0) / steps, "step " + (i + 1));
        }
        return JobResult.builder().summary("slept").build();
    }
}

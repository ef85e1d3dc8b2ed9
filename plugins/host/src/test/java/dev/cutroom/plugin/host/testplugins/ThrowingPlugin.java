package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Writes a partial output, then throws. */
public final class ThrowingPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        PartialOutput.write(context);
        throw new IllegalStateException("model output had the wrong shape");
    }
}

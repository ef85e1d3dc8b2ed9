package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Writes a partial output, then kills its JVM the way an abort() in native code would (exit status 134). */
public final class HaltPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        PartialOutput.write(context);
        Runtime.getRuntime().halt(134);
        return null;
    }
}

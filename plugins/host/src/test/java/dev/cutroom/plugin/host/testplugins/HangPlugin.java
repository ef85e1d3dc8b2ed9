package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Writes a partial output, then spins forever, ignoring cancellation and interrupts. */
public final class HangPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        PartialOutput.write(context);
        context.progress(0.1, "hanging");
        long spins = 0;
        while (spins >= 0) spins++; // a tight loop: no safepoint-friendly sleep, no interrupt checks
        return null;
    }
}

package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Never returns and ignores interrupts and cancel: only killing the worker stops it. */
public final class HangPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) {
        context.progress(0.1, "hanging");
        long spins = 0;
        while (spins >= 0) spins++;
        return null;
    }
}

package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Throws half way. */
public final class ThrowingPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) {
        context.progress(0.5, "about to fail");
        throw new IllegalStateException("drill: the model failed");
    }
}

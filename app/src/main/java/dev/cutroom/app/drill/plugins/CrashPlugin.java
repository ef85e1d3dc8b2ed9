package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Kills its own process, as a native crash would. */
public final class CrashPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) {
        Runtime.getRuntime().halt(134);
        return null;
    }
}

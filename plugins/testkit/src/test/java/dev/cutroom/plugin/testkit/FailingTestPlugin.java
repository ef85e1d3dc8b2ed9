package dev.cutroom.plugin.testkit;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** A plugin with a bug, to show that the kit's failure carries the plugin's own stack trace. */
public final class FailingTestPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) {
        return deepInsideThePlugin();
    }

    private static JobResult deepInsideThePlugin() {
        throw new IllegalStateException("the author's bug");
    }
}

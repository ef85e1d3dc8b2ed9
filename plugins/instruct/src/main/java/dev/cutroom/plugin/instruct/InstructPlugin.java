package dev.cutroom.plugin.instruct;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** "Instruct edit": understands the instruction into a plan, then applies it. Being built (issue 7). */
public final class InstructPlugin implements Plugin {
    public static final String ID = "dev.cutroom.instruct";

    @Override
    public JobResult run(Job job, JobContext context) {
        throw new UnsupportedOperationException("instruct-edit is being built");
    }
}

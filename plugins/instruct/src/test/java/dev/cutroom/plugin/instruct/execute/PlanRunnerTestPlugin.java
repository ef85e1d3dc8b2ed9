package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.instruct.plan.PlanJson;

/** Test-only plugin: runs the plan given as JSON, so host-level tests need no instruction parser. */
public final class PlanRunnerTestPlugin implements Plugin {
    public static final String ID = "dev.cutroom.instruct.execute-test";

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        return new PlanRunner().run(PlanJson.read(job.parameters().text("plan")), job, context);
    }
}

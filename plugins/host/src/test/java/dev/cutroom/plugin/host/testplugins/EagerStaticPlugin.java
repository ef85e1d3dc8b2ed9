package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

/** Records when its class is initialised, to prove discovery never runs plugin code. */
public final class EagerStaticPlugin implements Plugin {
    public static final String INITIALISED_PROPERTY = "cutroom.test.eagerStaticInitialised";

    static {
        System.setProperty(INITIALISED_PROPERTY, "true");
    }

    @Override
    public JobResult run(Job job, JobContext context) {
        return JobResult.builder().summary("ran").build();
    }
}

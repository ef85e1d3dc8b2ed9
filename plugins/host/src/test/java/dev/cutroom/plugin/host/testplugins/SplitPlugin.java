package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.Selection;
import java.util.List;

/** Splits the selected clip at the source time given in seconds by the {@code at} parameter. */
public final class SplitPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) {
        var clip = ((Selection.Clips) job.selection()).only();
        long millis = Math.round(job.parameters().number("at") * 1000);
        return JobResult.builder().split(clip.clipId(), List.of(ExactTime.of(millis, 1000))).build();
    }
}

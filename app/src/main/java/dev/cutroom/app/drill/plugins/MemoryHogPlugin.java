package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;

import java.util.ArrayList;
import java.util.List;

/** Allocates until the worker runs out of memory. */
public final class MemoryHogPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) {
        List<long[]> hog = new ArrayList<>();
        while (true) hog.add(new long[1 << 20]);
    }
}

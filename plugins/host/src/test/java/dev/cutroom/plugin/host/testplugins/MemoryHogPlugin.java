package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.util.ArrayList;
import java.util.List;

/** Writes a partial output, then allocates until the heap is gone. */
public final class MemoryHogPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        PartialOutput.write(context);
        List<long[]> hoard = new ArrayList<>();
        while (true) hoard.add(new long[1 << 20]);
    }
}

package dev.cutroom.plugin.host.testplugins;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Writes a partial output, then reads native address 8 through the FFM API: a real SIGSEGV, like a
 * buggy native library. Only ever run out of process.
 */
@SuppressWarnings("restricted") // the crash is the point
public final class SegfaultPlugin implements Plugin {
    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        PartialOutput.write(context);
        long value = MemorySegment.ofAddress(8).reinterpret(8).get(ValueLayout.JAVA_LONG, 0);
        throw new AssertionError("reading address 8 returned " + value);
    }
}

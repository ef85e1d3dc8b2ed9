package dev.cutroom.app.drill.plugins;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.Selection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A job the plugin-race drill holds open: it writes {@value #WAITING} beside the clip's media, waits until the
 * drill writes {@value #GO} there (so that another command can save the project meanwhile), then splits the clip
 * in the middle of its source range.
 */
public final class WaitThenSplitPlugin implements Plugin {
    public static final String ID = "drill.waitsplit";
    public static final String WAITING = "drill-waiting", GO = "drill-go";

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        ClipRef clip = ((Selection.Clips) job.selection()).only();
        Path folder = clip.mediaFile().toAbsolutePath().getParent();
        Files.writeString(folder.resolve(WAITING), "waiting");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(folder.resolve(GO))) {
            if (context.isCancelled() || System.nanoTime() > deadline) throw new IllegalStateException("the drill never said go");
            Thread.sleep(10);
        }
        ExactTime half = ExactTime.of(clip.sourceRange().duration().num(), clip.sourceRange().duration().den() * 2);
        return JobResult.builder().split(clip.clipId(), List.of(clip.sourceRange().start().plus(half))).build();
    }
}

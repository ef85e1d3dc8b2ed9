package dev.cutroom.plugin.host.result;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.host.context.JobWorkspace;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.media.Times;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a plugin's result before anything reaches the timeline: every file exists in the job's output
 * folder and is not empty, media files decode ({@link MediaProbe}), a new take lasts as long as its clip's
 * source range (within one frame plus {@value #CONTAINER_SLACK_MILLIS} ms, since AAC priming and container
 * rounding lengthen files slightly), a new clip's range lies inside its file, split points lie strictly
 * inside their clip, and speed changes and trims fit their clip ({@link TimeEditChecks}). All problems are
 * reported together. A take's picture size is not checked: the renderer fits every take into the frame by its own
 * shown size (rotation and sample aspect applied), so a scaled, cropped or reframed take is fine; plugins get
 * frames as shown ({@code ClipRef} width and height), and a take written from them shows like its original.
 */
public final class ResultValidator {
    static final long CONTAINER_SLACK_MILLIS = 100;

    private final Function<Path, ExactTime> durationOf;

    /** Probes with the media engine. */
    public ResultValidator() {
        this(file -> Times.exact(MediaProbe.probe(file).duration()));
    }

    /** @param durationOf the duration of a media file; throws when it does not decode */
    public ResultValidator(Function<Path, ExactTime> durationOf) {
        this.durationOf = durationOf;
    }

    /** @throws JobFailedException of kind {@link FailureKind#INVALID_RESULT} listing every problem */
    public void validate(Job job, JobResult result, JobWorkspace workspace) throws JobFailedException {
        Map<String, ClipRef> clips = clipsOf(job.selection());
        List<String> problems = new ArrayList<>();
        for (Output output : result.outputs()) {
            switch (output) {
                case Output.NewTake take -> checkTake(take, clips, workspace, problems);
                case Output.NewClip clip -> checkClip(clip, workspace, problems);
                case Output.Split split -> checkSplit(split, clips, problems);
                case Output.SideFile side -> checkFile(side.file(), workspace, problems);
                case Output.Retime r -> { } // checked together below: they depend on the other outputs
                case Output.Trim t -> { }
            }
        }
        TimeEditChecks.check(result.outputs(), clips, problems);
        if (!problems.isEmpty()) {
            throw new JobFailedException(FailureKind.INVALID_RESULT, "the plugin's result was refused: " + String.join("; ", problems), "");
        }
    }

    private void checkTake(Output.NewTake take, Map<String, ClipRef> clips, JobWorkspace workspace, List<String> problems) {
        ClipRef clip = clips.get(take.clipId());
        if (clip == null) {
            problems.add("new take for clip " + take.clipId() + ", which is not in the selection");
            return;
        }
        ExactTime duration = mediaDuration(take.file(), workspace, problems);
        if (duration == null) return;
        ExactTime expected = clip.sourceRange().duration();
        ExactTime frame = clip.frameRate() != null ? clip.frameRate().frameDuration() : ExactTime.of(1, 100);
        ExactTime shortest = expected.minus(frame);
        ExactTime longest = expected.plus(frame).plus(ExactTime.of(CONTAINER_SLACK_MILLIS, 1000));
        if (duration.compareTo(shortest) < 0 || duration.compareTo(longest) > 0) {
            problems.add("take " + take.file().getFileName() + " lasts " + seconds(duration) + " s but clip " + clip.clipId()
                    + " uses " + seconds(expected) + " s");
        }
    }

    private void checkClip(Output.NewClip clip, JobWorkspace workspace, List<String> problems) {
        ExactTime duration = mediaDuration(clip.file(), workspace, problems);
        if (duration == null || clip.sourceRange() == null) return;
        if (clip.sourceRange().start().signum() < 0 || clip.sourceRange().end().compareTo(duration) > 0) {
            problems.add("clip range " + clip.sourceRange() + " lies outside " + clip.file().getFileName() + " (" + seconds(duration) + " s)");
        }
    }

    private static void checkSplit(Output.Split split, Map<String, ClipRef> clips, List<String> problems) {
        ClipRef clip = clips.get(split.clipId());
        if (clip == null) {
            problems.add("split of clip " + split.clipId() + ", which is not in the selection");
            return;
        }
        ExactTime previous = clip.sourceRange().start();
        for (ExactTime t : split.atSource()) {
            if (t.compareTo(previous) <= 0 || t.compareTo(clip.sourceRange().end()) >= 0) {
                problems.add("split point " + t + " of clip " + clip.clipId() + " is not strictly inside " + clip.sourceRange() + " and ascending");
                return;
            }
            previous = t;
        }
    }

    private ExactTime mediaDuration(Path file, JobWorkspace workspace, List<String> problems) {
        if (!checkFile(file, workspace, problems)) return null;
        try {
            return durationOf.apply(file);
        } catch (MediaException | IllegalArgumentException e) {
            problems.add(file.getFileName() + " does not decode: " + e.getMessage());
            return null;
        }
    }

    private static boolean checkFile(Path file, JobWorkspace workspace, List<String> problems) {
        var problem = ResultFiles.problem(file, workspace);
        problem.ifPresent(problems::add);
        return problem.isEmpty();
    }

    private static Map<String, ClipRef> clipsOf(Selection selection) {
        List<ClipRef> list = switch (selection) {
            case Selection.Clips c -> c.clips();
            case Selection.Range r -> r.clips();
        };
        return list.stream().collect(Collectors.toMap(ClipRef::clipId, c -> c, (a, b) -> a));
    }

    private static String seconds(ExactTime t) {
        return String.format(java.util.Locale.ROOT, "%.3f", t.toSeconds());
    }
}

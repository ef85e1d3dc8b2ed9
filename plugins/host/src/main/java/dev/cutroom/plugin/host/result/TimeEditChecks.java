package dev.cutroom.plugin.host.result;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.TimeSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of API 1.1's timing outputs ({@link Output.Retime}, {@link Output.Trim}) before they reach the
 * timeline: the clip is in the selection, the speed is one an editor could use, a trim keeps at least one frame
 * inside the clip's current source range, and each clip gets at most one of each. A clip that is also split in
 * the same job is refused: after the split its id names only the first piece, so "the clip" would be ambiguous.
 * Thread-safe (stateless).
 */
final class TimeEditChecks {
    /** Slowest speed accepted: one hundredth. Slower would turn one second into minutes of held frames. */
    static final double MIN_SPEED = 0.01;
    /** Fastest speed accepted. */
    static final double MAX_SPEED = 100;

    private TimeEditChecks() {}

    /** Adds a line to {@code problems} for each timing output that cannot be applied. */
    static void check(List<Output> outputs, Map<String, ClipRef> clips, List<String> problems) {
        Set<String> split = new HashSet<>();
        for (Output o : outputs) if (o instanceof Output.Split s) split.add(s.clipId());
        Set<String> retimed = new HashSet<>();
        Set<String> trimmed = new HashSet<>();
        for (Output o : outputs) {
            switch (o) {
                case Output.Retime r -> {
                    if (known(r.clipId(), "retime", clips, split, problems) && once(r.clipId(), "retime", retimed, problems)) speed(r, problems);
                }
                case Output.Trim t -> {
                    if (known(t.clipId(), "trim", clips, split, problems) && once(t.clipId(), "trim", trimmed, problems)) {
                        range(t, clips.get(t.clipId()), problems);
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean known(String clipId, String what, Map<String, ClipRef> clips, Set<String> split, List<String> problems) {
        if (!clips.containsKey(clipId)) {
            problems.add(what + " of clip " + clipId + ", which is not in the selection");
            return false;
        }
        if (split.contains(clipId)) {
            problems.add(what + " of clip " + clipId + ", which the same result also splits (do one or the other)");
            return false;
        }
        return true;
    }

    private static boolean once(String clipId, String what, Set<String> seen, List<String> problems) {
        if (seen.add(clipId)) return true;
        problems.add("more than one " + what + " of clip " + clipId);
        return false;
    }

    private static void speed(Output.Retime r, List<String> problems) {
        if (r.speed() < MIN_SPEED || r.speed() > MAX_SPEED) {
            problems.add("speed " + r.speed() + " for clip " + r.clipId() + " is outside " + MIN_SPEED + " to " + (int) MAX_SPEED);
        }
    }

    private static void range(Output.Trim t, ClipRef clip, List<String> problems) {
        TimeSpan keep = t.sourceRange();
        TimeSpan now = clip.sourceRange();
        if (keep.start().compareTo(now.start()) < 0 || keep.end().compareTo(now.end()) > 0) {
            problems.add("trim of clip " + clip.clipId() + " to " + seconds(keep) + " is not inside its source range " + seconds(now));
            return;
        }
        ExactTime frame = clip.frameRate() != null ? clip.frameRate().frameDuration() : ExactTime.of(1, 100);
        if (keep.duration().compareTo(frame) < 0) {
            problems.add("trim of clip " + clip.clipId() + " to " + seconds(keep) + " keeps less than one frame (" + frame + " s)");
        }
    }

    private static String seconds(TimeSpan span) {
        return String.format(Locale.ROOT, "[%.3f s, %.3f s)", span.start().toSeconds(), span.end().toSeconds());
    }
}

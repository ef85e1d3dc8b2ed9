package dev.cutroom.plugin.host.project;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.host.media.Times;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.LinkedEdits;
import dev.cutroom.timeline.command.RippleTrim;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline commands for API 1.1's timing outputs, built against the project as the job's edit has left it
 * so far. Both ripple: later clips on the track move so no gap opens, and linked partners (the clip's sound or
 * picture) change with the clip ({@link LinkedEdits}). Thread-safe (stateless).
 */
final class TimingEdits {
    private TimingEdits() {}

    /** Sets the clip's speed, keeping its source span; null when it already plays at that speed. */
    static Command retime(Project p, Clip clip, Output.Retime retime) {
        Rational speed = SpeedFractions.of(retime.speed());
        if (speed.equals(clip.speed())) return null;
        return LinkedEdits.setSpeed(p, clip.id(), speed, true);
    }

    /**
     * Moves the clip's out-point, then its in-point, to the edges of the kept range, each to the nearest timeline
     * frame (at least one frame kept). {@code ref} is the clip as the plugin read it: the range is in that take's
     * media seconds, which map onto the clip's source from {@code ref}'s start whatever take plays now (a new take
     * of the same job starts at the clip's source start too).
     *
     * @return the commands in order (none when the range is the whole clip); built against {@code p}, which
     *         stays valid for the second since trims change no link
     */
    static List<Command> trim(Project p, Clip clip, ClipRef ref, Output.Trim trim) {
        Rational start = Times.rational(ref.sourceRange().start());
        long in = framesInto(p, clip, Times.rational(trim.sourceRange().start()).minus(start));
        long end = framesInto(p, clip, Times.rational(trim.sourceRange().end()).minus(start));
        in = Math.clamp(in, 0, clip.duration() - 1);
        end = Math.clamp(end, in + 1, clip.duration());
        List<Command> commands = new ArrayList<>(2);
        if (end < clip.duration()) commands.add(LinkedEdits.rippleTrim(p, clip.id(), RippleTrim.Edge.OUT, end - clip.duration()));
        if (in > 0) commands.add(LinkedEdits.rippleTrim(p, clip.id(), RippleTrim.Edge.IN, in));
        return commands;
    }

    /** Timeline frames from the clip's start to {@code sourceSeconds} into its source, at its current speed. */
    private static long framesInto(Project p, Clip clip, Rational sourceSeconds) {
        return sourceSeconds.times(p.timeline().rate().fps()).dividedBy(clip.speed()).round();
    }
}

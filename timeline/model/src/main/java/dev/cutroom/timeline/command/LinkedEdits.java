package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Edits that treat a clip and its linked partners (the video and audio of one shot, sharing a link id) as one,
 * the way editors expect: split, move, trim and delete them together, as one undo entry.
 * Commands themselves stay single-clip and pure; this class only chooses which commands to combine.
 */
public final class LinkedEdits {
    private LinkedEdits() {}

    /** The clip itself first, then every other clip with the same link id (none when the clip is unlinked). */
    public static List<Clip> group(Project project, String clipId) {
        Clip clip = find(project, clipId);
        List<Clip> group = new ArrayList<>(List.of(clip));
        if (clip.linkId() == null) return group;
        for (Track track : project.timeline().tracks()) {
            for (Clip other : track.clips()) {
                if (!other.id().equals(clipId) && clip.linkId().equals(other.linkId())) group.add(other);
            }
        }
        return group;
    }

    /** Splits the clip, and each partner that spans the frame, at {@code frame}; the right halves stay linked. */
    public static Command split(Project project, String clipId, long frame, Ids ids) {
        List<Clip> group = group(project, clipId);
        List<Clip> spanning = group.stream().filter(c -> c.start() < frame && frame < c.end()).toList();
        if (spanning.isEmpty() || !spanning.getFirst().id().equals(clipId)) {
            throw new EditException("frame " + frame + " is not inside clip " + clipId);
        }
        String newLink = spanning.size() > 1 ? ids.next("link") : null;
        List<Command> splits = new ArrayList<>();
        for (Clip c : spanning) {
            List<String> takeIds = c.takes().stream().map(t -> ids.next("take")).toList();
            splits.add(new Split(c.id(), frame, ids.next("clip"), takeIds, newLink));
        }
        return combine("Split clip", splits);
    }

    /** Moves the clip to {@code newStart} (and to {@code toTrackId}, if given); partners move by the same amount on their tracks. */
    public static Command move(Project project, String clipId, String toTrackId, long newStart) {
        Clip clip = find(project, clipId);
        long delta = newStart - clip.start();
        List<Command> moves = new ArrayList<>();
        moves.add(new Move(clipId, toTrackId, newStart));
        List<Clip> group = group(project, clipId);
        for (Clip partner : group.subList(1, group.size())) {
            moves.add(new Move(partner.id(), null, partner.start() + delta));
        }
        return combine("Move clip", moves);
    }

    public static Command trimIn(Project project, String clipId, long deltaFrames) {
        return forGroup(project, clipId, "Trim clip start", c -> new TrimIn(c.id(), deltaFrames));
    }

    public static Command trimOut(Project project, String clipId, long deltaFrames) {
        return forGroup(project, clipId, "Trim clip end", c -> new TrimOut(c.id(), deltaFrames));
    }

    public static Command rippleTrim(Project project, String clipId, RippleTrim.Edge edge, long deltaFrames) {
        return forGroup(project, clipId, "Ripple trim", c -> new RippleTrim(c.id(), edge, deltaFrames));
    }

    public static Command rippleDelete(Project project, String clipId) {
        return forGroup(project, clipId, "Ripple delete", c -> new RippleDelete(c.id()));
    }

    public static Command lift(Project project, String clipId) {
        return forGroup(project, clipId, "Delete clip", c -> new Lift(c.id()));
    }

    public static Command setSpeed(Project project, String clipId, Rational speed, boolean ripple) {
        return forGroup(project, clipId, "Change speed", c -> new SetSpeed(c.id(), speed, ripple));
    }

    private static Command forGroup(Project project, String clipId, String label, Function<Clip, Command> perClip) {
        return combine(label, group(project, clipId).stream().map(perClip).toList());
    }

    private static Command combine(String label, List<Command> commands) {
        return commands.size() == 1 ? commands.getFirst() : new CompoundCommand(label, commands);
    }

    private static Clip find(Project project, String clipId) {
        for (Track track : project.timeline().tracks()) {
            int i = track.indexOf(clipId);
            if (i >= 0) return track.clips().get(i);
        }
        throw new EditException("no clip " + clipId);
    }
}

package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /** The given clips plus every clip linked to one of them (unknown ids are kept; commands refuse them). */
    public static Set<String> withPartners(Project project, Collection<String> clipIds) {
        Set<String> out = new LinkedHashSet<>(clipIds);
        Set<String> links = new HashSet<>();
        for (Track track : project.timeline().tracks()) {
            for (Clip c : track.clips()) if (c.linkId() != null && out.contains(c.id())) links.add(c.linkId());
        }
        if (links.isEmpty()) return out;
        for (Track track : project.timeline().tracks()) {
            for (Clip c : track.clips()) if (c.linkId() != null && links.contains(c.linkId())) out.add(c.id());
        }
        return out;
    }

    /**
     * Moves the clips and their partners by {@code deltaFrames} as one {@link MoveClips}; those on tracks of
     * {@code trackKind} also move {@code trackDelta} tracks (the partners of the other kind stay on their tracks).
     */
    public static Command moveClips(Project project, Collection<String> clipIds, long deltaFrames, int trackDelta, TrackKind trackKind) {
        return new MoveClips(List.copyOf(withPartners(project, clipIds)), deltaFrames, trackDelta, trackKind);
    }

    /**
     * Moves one edge of the clip to {@code frame}, together with the same edge of each partner that shares it (a
     * picture and its sound cut together stay together). The frame is clamped to what every one of them allows
     * (its neighbours, its media, one frame at least), so they all move by the same amount. Refused when that
     * amount is zero.
     */
    public static Command trimTo(Project project, String clipId, RippleTrim.Edge edge, long frame) {
        boolean in = edge == RippleTrim.Edge.IN;
        Edits.Loc loc = Edits.clip(project, clipId);
        long edgeFrame = in ? loc.clip().start() : loc.clip().end();
        List<Edits.Loc> together = new ArrayList<>();
        long lo = Long.MIN_VALUE, hi = Long.MAX_VALUE;
        for (Clip c : group(project, clipId)) {
            if ((in ? c.start() : c.end()) != edgeFrame) continue;
            Edits.Loc l = Edits.clip(project, c.id());
            Edits.requireUnlocked(l.track());
            long[] range = in ? TrimIn.range(project, l) : TrimOut.range(project, l);
            lo = Math.max(lo, range[0]);
            hi = Math.min(hi, range[1]);
            together.add(l);
        }
        long delta = Edits.clamp(frame - edgeFrame, lo, hi);
        if (delta == 0) throw new EditException("cannot trim the " + (in ? "start" : "end") + " of clip " + clipId + " to frame " + frame + " (limit reached)");
        List<Command> trims = new ArrayList<>();
        for (Edits.Loc l : together) trims.add(in ? new TrimIn(l.clip().id(), delta) : new TrimOut(l.clip().id(), delta));
        return combine(in ? "Trim clip start" : "Trim clip end", trims);
    }

    /**
     * Places a new clip of {@code item} (the whole media) after the last clip of the first video and the first audio
     * track (the later of the two ends, so picture and sound start together), linked when it has both.
     */
    public static Command appendMedia(Project project, MediaItem item, Ids ids) {
        if (!item.isUsable()) throw new EditException("'" + item.path() + "' cannot be used: " + item.error());
        FrameRate rate = project.timeline().rate();
        long frames = item.info().duration().times(rate.fps()).floor();
        if (frames < 1) throw new EditException("the media " + item.path() + " is shorter than one frame");
        Track video = first(project, TrackKind.VIDEO), audio = first(project, TrackKind.AUDIO);
        if (!item.info().hasVideo()) video = null;
        if (!item.info().hasAudio()) audio = null;
        if (video == null && audio == null) throw new EditException("no track for the media " + item.path());
        long at = Math.max(video == null ? 0 : video.end(), audio == null ? 0 : audio.end());
        ProjectFactory factory = new ProjectFactory(ids);
        String link = video != null && audio != null ? ids.next("link") : null;
        String name = ProjectFactory.displayName(item.path());
        List<Command> places = new ArrayList<>();
        for (Track t : new Track[] {video, audio}) {
            if (t != null) places.add(new Overwrite(t.id(), at, factory.newClip(name, item, at, frames, link)));
        }
        return new CompoundCommand("Append clip", places);
    }

    private static Track first(Project project, TrackKind kind) {
        for (Track t : project.timeline().tracks()) if (t.kind() == kind) return t;
        return null;
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

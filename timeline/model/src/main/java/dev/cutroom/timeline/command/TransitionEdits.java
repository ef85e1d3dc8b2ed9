package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transitions as an editor adds them: on a cut, centred on it, as long as asked and as both clips allow, and on
 * the matching cut of the linked sound too (a picture dissolve gets its audio crossfade), as one undo step.
 */
public final class TransitionEdits {
    private TransitionEdits() {}

    /** The cut (a frame where two clips of {@code track} touch) nearest {@code frame}, if the track has one. */
    public static Optional<Long> nearestCut(Track track, long frame) {
        List<Clip> clips = track.clips();
        Long best = null;
        for (int i = 1; i < clips.size(); i++) {
            long cut = clips.get(i).start();
            if (clips.get(i - 1).end() != cut) continue;
            if (best == null || Math.abs(cut - frame) < Math.abs(best - frame)) best = cut;
        }
        return Optional.ofNullable(best);
    }

    /** The transition on the cut at {@code cutFrame} of {@code track}, if there is one. */
    public static Optional<Transition> on(Track track, long cutFrame) {
        return track.transitions().stream().filter(t -> t.cutFrame() == cutFrame).findFirst();
    }

    /**
     * Adds a {@code kind} transition of {@code frames} frames on the cut at {@code cutFrame} of the track, and on
     * the linked partners' cut at the same frame (audio tracks get a crossfade of the same length); a cut that
     * already has one gets the new kind and length. Refused when the frame is not a cut.
     */
    public static Command add(Project project, String trackId, long cutFrame, String kind, long frames, Ids ids) {
        if (frames < 1) throw new EditException("a transition must be at least one frame long");
        List<Command> steps = new ArrayList<>();
        for (Track t : cutAndPartners(project, trackId, cutFrame)) {
            String audioOrPicture = t.kind() == dev.cutroom.timeline.model.TrackKind.AUDIO ? Transition.CROSS_DISSOLVE : kind;
            Optional<Transition> old = on(t, cutFrame);
            old.ifPresent(o -> steps.add(new RemoveTransition(t.id(), o.id())));
            steps.add(new AddTransition(t.id(), centred(t, cutFrame, old.map(Transition::id).orElseGet(() -> ids.next("transition")), audioOrPicture, frames)));
        }
        return new CompoundCommand("Add " + label(kind), steps);
    }

    /** Gives the transition on the cut (and its partners') a new length, keeping its kind. */
    public static Command setLength(Project project, String trackId, long cutFrame, long frames) {
        if (frames < 1) throw new EditException("a transition must be at least one frame long");
        List<Command> steps = new ArrayList<>();
        for (Track t : cutAndPartners(project, trackId, cutFrame)) {
            Optional<Transition> old = on(t, cutFrame);
            if (old.isEmpty()) continue;
            steps.add(new RemoveTransition(t.id(), old.get().id()));
            steps.add(new AddTransition(t.id(), centred(t, cutFrame, old.get().id(), old.get().kind(), frames)));
        }
        if (steps.isEmpty()) throw new EditException("the cut at frame " + cutFrame + " has no transition");
        return new CompoundCommand("Transition length", steps);
    }

    /** Removes the transition on the cut and its partners'. */
    public static Command remove(Project project, String trackId, long cutFrame) {
        List<Command> steps = new ArrayList<>();
        for (Track t : cutAndPartners(project, trackId, cutFrame)) on(t, cutFrame).ifPresent(o -> steps.add(new RemoveTransition(t.id(), o.id())));
        if (steps.isEmpty()) throw new EditException("the cut at frame " + cutFrame + " has no transition");
        return new CompoundCommand("Remove transition", steps);
    }

    /** {@code frames} centred on the cut, shortened where a clip is shorter than its half. */
    private static Transition centred(Track track, long cutFrame, String id, String kind, long frames) {
        Clip[] pair = pairAt(track, cutFrame);
        long before = Math.min(frames / 2, pair[0].duration());
        long after = Math.min(frames - frames / 2, pair[1].duration());
        return new Transition(id, kind, cutFrame, before, after);
    }

    /** The track's cut, then each other track where the two clips' linked partners meet at the same frame. */
    private static List<Track> cutAndPartners(Project project, String trackId, long cutFrame) {
        Track main = project.timeline().tracks().get(Edits.trackIndex(project, trackId));
        Clip[] pair = pairAt(main, cutFrame);
        List<Track> out = new ArrayList<>(List.of(main));
        for (Track t : project.timeline().tracks()) {
            if (t.id().equals(main.id())) continue;
            Clip[] other = pairOrNull(t, cutFrame);
            if (other != null && linked(pair[0], other[0]) && linked(pair[1], other[1])) out.add(t);
        }
        return out;
    }

    private static boolean linked(Clip a, Clip b) { return a.linkId() != null && a.linkId().equals(b.linkId()); }

    private static Clip[] pairAt(Track track, long cutFrame) {
        Clip[] pair = pairOrNull(track, cutFrame);
        if (pair == null) throw new EditException("frame " + cutFrame + " is not a cut between two touching clips on track " + track.name());
        return pair;
    }

    private static Clip[] pairOrNull(Track track, long cutFrame) {
        List<Clip> clips = track.clips();
        int right = Edits.firstStartingAtOrAfter(clips, cutFrame);
        if (right <= 0 || right >= clips.size() || clips.get(right).start() != cutFrame || clips.get(right - 1).end() != cutFrame) return null;
        return new Clip[] {clips.get(right - 1), clips.get(right)};
    }

    private static String label(String kind) {
        return Transition.DIP_TO_BLACK.equals(kind) ? "dip to black" : "cross-dissolve";
    }
}

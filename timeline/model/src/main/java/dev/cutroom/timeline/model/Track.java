package dev.cutroom.timeline.model;

import java.util.List;

/**
 * A video or audio track. Clips are kept sorted by start and never overlap; the space between clips is a gap.
 */
public record Track(
        String id,
        TrackKind kind,
        String name,
        List<Clip> clips,
        List<Transition> transitions,
        boolean muted,
        boolean solo,
        boolean locked,
        boolean hidden) {

    public Track {
        clips = List.copyOf(clips);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public static Track empty(String id, TrackKind kind, String name) {
        return new Track(id, kind, name, List.of(), List.of(), false, false, false, false);
    }

    /** Timeline frame just after the last clip (0 for an empty track). */
    public long end() { return clips.isEmpty() ? 0 : clips.getLast().end(); }

    public Track withClips(List<Clip> newClips) { return new Track(id, kind, name, newClips, transitions, muted, solo, locked, hidden); }

    public Track withTransitions(List<Transition> newTransitions) {
        return new Track(id, kind, name, clips, newTransitions, muted, solo, locked, hidden);
    }

    public Track withFlags(boolean muted, boolean solo, boolean locked, boolean hidden) {
        return new Track(id, kind, name, clips, transitions, muted, solo, locked, hidden);
    }

    /** Index of the clip covering {@code frame}, or -1 (a binary search: clips are sorted and do not overlap). */
    public int clipIndexAt(long frame) { return clipIndexAt(clips, frame); }

    /** Index of the first clip whose end is after {@code frame} ({@code clips().size()} if none). */
    public int firstEndingAfter(long frame) { return firstEndingAfter(clips, frame); }

    /** {@link #clipIndexAt(long)} over any sorted, non-overlapping clip list. */
    public static int clipIndexAt(List<Clip> clips, long frame) {
        int i = firstEndingAfter(clips, frame);
        return i < clips.size() && clips.get(i).start() <= frame ? i : -1;
    }

    /** {@link #firstEndingAfter(long)} over any sorted, non-overlapping clip list. */
    public static int firstEndingAfter(List<Clip> clips, long frame) {
        int lo = 0, hi = clips.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clips.get(mid).end() <= frame) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Index of the clip with this id, or -1. */
    public int indexOf(String clipId) {
        for (int i = 0; i < clips.size(); i++) if (clips.get(i).id().equals(clipId)) return i;
        return -1;
    }
}

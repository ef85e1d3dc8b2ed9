package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.TimeRange;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the commands. Clip lists are sorted by start, so lookups by frame are binary searches. */
final class Edits {
    private Edits() {}

    /** Where a clip lies: its track (index and value) and its index in that track. */
    record Loc(int trackIndex, Track track, int clipIndex, Clip clip) {}

    static Loc clip(Project p, String clipId) {
        if (clipId == null) throw new EditException("no clip id given");
        List<Track> tracks = p.timeline().tracks();
        for (int t = 0; t < tracks.size(); t++) {
            List<Clip> clips = tracks.get(t).clips();
            for (int i = 0; i < clips.size(); i++) {
                if (clips.get(i).id().equals(clipId)) return new Loc(t, tracks.get(t), i, clips.get(i));
            }
        }
        throw new EditException("no clip " + clipId + " in the project");
    }

    static int trackIndex(Project p, String trackId) {
        if (trackId == null) throw new EditException("no track id given");
        List<Track> tracks = p.timeline().tracks();
        for (int t = 0; t < tracks.size(); t++) if (tracks.get(t).id().equals(trackId)) return t;
        throw new EditException("no track " + trackId + " in the project");
    }

    static void requireUnlocked(Track t) {
        if (t.locked()) throw new EditException("track " + t.id() + " (" + t.name() + ") is locked");
    }

    static Project withTrack(Project p, int index, Track t) {
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        tracks.set(index, t);
        return p.withTimeline(p.timeline().withTracks(tracks));
    }

    static Project withClips(Project p, Loc loc, List<Clip> clips) { return withTrack(p, loc.trackIndex(), loc.track().withClips(clips)); }

    /** Replaces the clip at {@code loc} by {@code c} (same place in the list). */
    static Project replaceClip(Project p, Loc loc, Clip c) {
        List<Clip> clips = new ArrayList<>(loc.track().clips());
        clips.set(loc.clipIndex(), c);
        return withClips(p, loc, clips);
    }

    /** Index of the first clip whose start is at or after {@code frame} (clips.size() if none). */
    static int firstStartingAtOrAfter(List<Clip> clips, long frame) {
        int lo = 0, hi = clips.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clips.get(mid).start() < frame) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Index of the first clip whose end is after {@code frame} (clips.size() if none). */
    static int firstEndingAfter(List<Clip> clips, long frame) { return Track.firstEndingAfter(clips, frame); }

    /** Index of the clip covering {@code frame}, or -1. */
    static int clipAt(List<Clip> clips, long frame) { return Track.clipIndexAt(clips, frame); }

    /** Adds {@code clips[from..]} to {@code out}, each moved by {@code delta} frames. */
    static void addShifted(List<Clip> out, List<Clip> clips, int from, long delta) {
        for (int i = from; i < clips.size(); i++) {
            Clip c = clips.get(i);
            out.add(delta == 0 ? c : c.withStart(c.start() + delta));
        }
    }

    static FrameRate rate(Project p) { return p.timeline().rate(); }

    /**
     * The source time (clip source coordinates) the clip's active take can supply, or null when unknown
     * (media missing or not probed).
     */
    static TimeRange sourceBounds(Project p, Clip c) {
        Take t = c.take(c.activeTakeId());
        if (t == null) return null;
        MediaItem m = p.mediaItem(t.mediaId());
        if (m == null || m.info() == null || m.info().duration() == null) return null;
        return TimeRange.of(t.offset(), m.info().duration());
    }

    /** Whole timeline frames that fit in {@code seconds} of source at {@code speed} (floor; seconds may be negative). */
    static long framesIn(FrameRate rate, Rational speed, Rational seconds) {
        return seconds.times(rate.fps()).dividedBy(speed).floor();
    }

    /** How many frames the clip's in-point can move earlier before leaving its media (Long.MAX_VALUE if unknown). */
    static long headRoom(Project p, Clip c) {
        TimeRange b = sourceBounds(p, c);
        if (b == null) return Long.MAX_VALUE;
        return Math.max(0, framesIn(rate(p), c.speed(), c.sourceIn().minus(b.start())));
    }

    /** The longest the clip can be, from its in-point, before running past its media (Long.MAX_VALUE if unknown). */
    static long maxDuration(Project p, Clip c) {
        TimeRange b = sourceBounds(p, c);
        if (b == null) return Long.MAX_VALUE;
        return Math.max(0, framesIn(rate(p), c.speed(), b.end().minus(c.sourceIn())));
    }

    static long clamp(long v, long lo, long hi) { return Math.max(lo, Math.min(hi, v)); }

    /** Splits {@code c} at {@code frame} (strictly inside): a head keeping the id and a tail with the new ids. */
    static Clip[] cut(FrameRate rate, Clip c, long frame, String newClipId, List<String> newTakeIds, String newLinkId) {
        if (frame <= c.start() || frame >= c.end()) {
            throw new EditException("frame " + frame + " is not strictly inside clip " + c.id() + " " + c.frames());
        }
        if (newClipId == null) throw new EditException("splitting clip " + c.id() + " needs a new clip id");
        if (newTakeIds == null || newTakeIds.size() != c.takes().size()) {
            throw new EditException("splitting clip " + c.id() + " needs " + c.takes().size() + " new take ids, got "
                    + (newTakeIds == null ? 0 : newTakeIds.size()));
        }
        List<Take> takes = new ArrayList<>(c.takes().size());
        String active = null;
        for (int i = 0; i < c.takes().size(); i++) {
            Take t = c.takes().get(i);
            String id = newTakeIds.get(i);
            if (id == null) throw new EditException("splitting clip " + c.id() + ": new take id " + i + " is null");
            takes.add(new Take(id, t.mediaId(), t.offset(), t.label(), t.provenance()));
            if (t.id().equals(c.activeTakeId())) active = id;
        }
        if (active == null) throw new EditException("clip " + c.id() + " has no take " + c.activeTakeId());
        Clip head = c.withDuration(frame - c.start());
        Clip tail = new Clip(newClipId, c.name(), frame, c.end() - frame, c.sourceTimeAt(rate, frame), c.speed(), c.volume(),
                c.enabled(), takes, active, newLinkId, c.markers()); // not c's link: two clips of one track never share a link
        return new Clip[] {head, tail};
    }

    /** The clip with its head cut off so that it starts at {@code frame} (inside it), source following exactly. */
    static Clip trimHeadTo(FrameRate rate, Clip c, long frame) {
        return new Clip(c.id(), c.name(), frame, c.end() - frame, c.sourceTimeAt(rate, frame), c.speed(), c.volume(),
                c.enabled(), c.takes(), c.activeTakeId(), c.linkId(), c.markers());
    }

    static List<String> ids(String first, List<String> more) {
        List<String> out = new ArrayList<>();
        if (first != null) out.add(first);
        if (more != null) for (String s : more) if (s != null) out.add(s);
        return out;
    }

    static List<String> clipIds(Clip c) {
        if (c == null) return List.of();
        List<String> out = new ArrayList<>(1 + c.takes().size());
        out.add(c.id());
        for (Take t : c.takes()) out.add(t.id());
        return out;
    }

    // ---- finishing an edit: lock check, invariants, exact inverse ----

    static Command.Applied finish(Command cmd, Project before, Project after) {
        return finish(cmd.label(), cmd.introducedIds(), before, TransitionAnchors.follow(before, after), true, true);
    }

    static Command.Applied finish(String label, List<String> introduced, Project before, Project after, boolean enforceLocks,
                                  boolean checkInvariants) {
        Diff diff = Diff.of(before, after);
        if (diff.isEmpty()) throw new EditException(label + ": nothing to change");
        if (enforceLocks) diff.checkLocks();
        if (checkInvariants) {
            Invariants.checkChange(before, after, diff.touchedAfter(), diff.mediaChanged, diff.markersChanged, diff.trackListChanged, introduced);
        }
        return new Command.Applied(after, diff.inverse(label));
    }

    /** What changed between two projects, found by identity (unchanged parts are shared). */
    static final class Diff {
        final Project before, after;
        final boolean trackListChanged, markersChanged, mediaChanged;
        final List<Track> changedBefore = new ArrayList<>();
        final List<Track> changedAfter = new ArrayList<>();

        private Diff(Project before, Project after) {
            this.before = before;
            this.after = after;
            List<Track> bt = before.timeline().tracks(), at = after.timeline().tracks();
            boolean sameIds = bt.size() == at.size();
            for (int i = 0; sameIds && i < bt.size(); i++) sameIds = bt.get(i).id().equals(at.get(i).id());
            trackListChanged = !sameIds;
            if (sameIds) {
                for (int i = 0; i < bt.size(); i++) {
                    if (bt.get(i) != at.get(i)) {
                        changedBefore.add(bt.get(i));
                        changedAfter.add(at.get(i));
                    }
                }
            } else {
                Map<String, Track> old = new HashMap<>();
                for (Track t : bt) old.put(t.id(), t);
                for (Track t : at) {
                    Track o = old.remove(t.id());
                    if (o == null || o != t) {
                        changedAfter.add(t);
                        if (o != null) changedBefore.add(o);
                    }
                }
                changedBefore.addAll(old.values()); // removed tracks
            }
            markersChanged = before.timeline().markers() != after.timeline().markers()
                    && !before.timeline().markers().equals(after.timeline().markers());
            mediaChanged = before.media() != after.media() && !before.media().equals(after.media());
        }

        /** True when the projects are equal (checked deeply only where identity differs). */
        boolean isEmpty() {
            if (trackListChanged || markersChanged || mediaChanged) return false;
            for (int i = 0; i < changedBefore.size(); i++) if (!changedBefore.get(i).equals(changedAfter.get(i))) return false;
            return before.timeline().withTracks(List.of()).equals(after.timeline().withTracks(List.of()))
                    && before.id().equals(after.id()) && java.util.Objects.equals(before.name(), after.name());
        }

        static Diff of(Project before, Project after) { return new Diff(before, after); }

        List<Track> touchedAfter() { return changedAfter; }

        void checkLocks() {
            Map<String, Track> now = new HashMap<>();
            for (Track t : changedAfter) now.put(t.id(), t);
            for (Track b : changedBefore) {
                if (!b.locked()) continue;
                Track a = now.get(b.id());
                if (a == null) throw new EditException("track " + b.id() + " (" + b.name() + ") is locked and cannot be removed");
                if (!a.clips().equals(b.clips()) || !a.transitions().equals(b.transitions()) || !a.kind().equals(b.kind())) {
                    throw new EditException("track " + b.id() + " (" + b.name() + ") is locked");
                }
            }
        }

        Restore inverse(String label) {
            boolean otherTimeline = !before.timeline().withTracks(List.of()).withMarkers(List.of())
                    .equals(after.timeline().withTracks(List.of()).withMarkers(List.of()));
            if (otherTimeline || !before.id().equals(after.id()) || !java.util.Objects.equals(before.name(), after.name())) {
                return new Restore(label, null, null, null, null, before);
            }
            List<Track> tracks = trackListChanged ? before.timeline().tracks() : List.copyOf(changedBefore);
            return new Restore(label, trackListChanged ? null : tracks, trackListChanged ? tracks : null,
                    markersChanged ? before.timeline().markers() : null, mediaChanged ? before.media() : null, null);
        }
    }
}

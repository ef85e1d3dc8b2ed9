package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The editor's gestures as pure functions {@code Project -> Project}: split, lift, ripple delete, move, trim and
 * clip properties. Linked clips (a picture and its sound) are edited together. Every result is checked with the
 * model's {@link Invariants}; anything refused throws {@link EditRefusedException} with a message for the user.
 *
 * <p>These are the editor's own until the shared command set covers every gesture; each returns the new project
 * so that switching a gesture to a {@code Command} is local to this class.
 */
public final class TimelineEdits {
    private TimelineEdits() {}

    /** Where a clip is. */
    public record Loc(int trackIndex, Track track, Clip clip) {}

    public static Map<String, Loc> index(Project p) {
        Map<String, Loc> out = new HashMap<>();
        List<Track> tracks = p.timeline().tracks();
        for (int t = 0; t < tracks.size(); t++) for (Clip c : tracks.get(t).clips()) out.put(c.id(), new Loc(t, tracks.get(t), c));
        return out;
    }

    public static Loc find(Project p, String clipId) {
        List<Track> tracks = p.timeline().tracks();
        for (int t = 0; t < tracks.size(); t++) {
            int i = tracks.get(t).indexOf(clipId);
            if (i >= 0) return new Loc(t, tracks.get(t), tracks.get(t).clips().get(i));
        }
        return null;
    }

    /** The given clips plus every clip linked to one of them. */
    public static Set<String> withLinked(Project p, Collection<String> clipIds) {
        Set<String> out = new LinkedHashSet<>(clipIds);
        Set<String> links = new HashSet<>();
        Map<String, Loc> idx = index(p);
        for (String id : clipIds) {
            Loc l = idx.get(id);
            if (l != null && l.clip().linkId() != null) links.add(l.clip().linkId());
        }
        if (links.isEmpty()) return out;
        for (Track t : p.timeline().tracks()) for (Clip c : t.clips()) if (c.linkId() != null && links.contains(c.linkId())) out.add(c.id());
        return out;
    }

    // ------------------------------------------------------------------ split

    /**
     * Cuts at {@code frame} every clip that covers it strictly inside: only {@code clipIds} (and their links) when
     * that is not empty, else every clip on unlocked tracks. Tails get new ids; linked tails stay linked together.
     */
    public static Project split(Project p, Collection<String> clipIds, long frame, Ids ids) {
        Set<String> only = clipIds == null || clipIds.isEmpty() ? null : withLinked(p, clipIds);
        FrameRate rate = p.timeline().rate();
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        Map<String, String> newLinks = new HashMap<>();
        int cuts = 0;
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            List<Clip> clips = track.clips();
            int i = clipAt(clips, frame);
            if (i < 0) continue;
            Clip c = clips.get(i);
            if (frame <= c.start() || only != null && !only.contains(c.id())) continue;
            if (track.locked()) {
                if (only != null) throw new EditRefusedException("Track " + track.name() + " is locked");
                continue;
            }
            List<Take> takes = new ArrayList<>();
            String active = null;
            for (Take tk : c.takes()) {
                Take copy = new Take(ids.next("take"), tk.mediaId(), tk.offset(), tk.label(), tk.provenance());
                takes.add(copy);
                if (tk.id().equals(c.activeTakeId())) active = copy.id();
            }
            String link = c.linkId() == null ? null : newLinks.computeIfAbsent(c.linkId(), k -> ids.next("link"));
            Clip head = c.withDuration(frame - c.start());
            Clip tail = new Clip(ids.next("clip"), c.name(), frame, c.end() - frame, c.sourceTimeAt(rate, frame), c.speed(),
                    c.volume(), c.enabled(), takes, active, link);
            List<Clip> out = new ArrayList<>(clips);
            out.set(i, head);
            out.add(i + 1, tail);
            tracks.set(t, track.withClips(out));
            cuts++;
        }
        if (cuts == 0) throw new EditRefusedException("No clip under the playhead to split");
        return checked(p, p.withTimeline(p.timeline().withTracks(tracks)));
    }

    // ------------------------------------------------------------------ delete

    /** Removes the clips (and their links), leaving gaps. */
    public static Project lift(Project p, Collection<String> clipIds) {
        return remove(p, clipIds, false);
    }

    /** Removes the clips (and their links) and closes the gaps on their tracks. */
    public static Project rippleDelete(Project p, Collection<String> clipIds) {
        return remove(p, clipIds, true);
    }

    private static Project remove(Project p, Collection<String> clipIds, boolean ripple) {
        if (clipIds.isEmpty()) throw new EditRefusedException("Nothing selected");
        Set<String> gone = withLinked(p, clipIds);
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        boolean any = false;
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            List<Clip> out = new ArrayList<>(track.clips().size());
            long shift = 0;
            boolean changed = false;
            for (Clip c : track.clips()) {
                if (gone.contains(c.id())) {
                    if (track.locked()) throw new EditRefusedException("Track " + track.name() + " is locked");
                    shift += c.duration();
                    changed = true;
                } else {
                    out.add(ripple && shift > 0 ? c.withStart(c.start() - shift) : c);
                }
            }
            if (changed) {
                tracks.set(t, track.withClips(out));
                any = true;
            }
        }
        if (!any) throw new EditRefusedException("Nothing to delete");
        return checked(p, p.withTimeline(p.timeline().withTracks(tracks)));
    }

    // ------------------------------------------------------------------ move

    /**
     * Moves the clips (and their links) by {@code deltaFrames}; clips of kind {@code kind} also move
     * {@code trackDelta} tracks among the tracks of that kind (linked clips of the other kind stay on their track).
     * Refused when a clip would overlap another or start before frame 0.
     */
    public static Project move(Project p, Collection<String> clipIds, long deltaFrames, int trackDelta, TrackKind kind) {
        if (clipIds.isEmpty()) throw new EditRefusedException("Nothing selected");
        if (deltaFrames == 0 && trackDelta == 0) throw new EditRefusedException("Nothing moved");
        Set<String> moving = withLinked(p, clipIds);
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        Map<String, Loc> idx = index(p);
        Map<Integer, List<Clip>> arriving = new HashMap<>();
        Set<Integer> touched = new HashSet<>();
        for (String id : moving) {
            Loc l = idx.get(id);
            if (l == null) continue;
            if (l.track().locked()) throw new EditRefusedException("Track " + l.track().name() + " is locked");
            int target = l.trackIndex();
            if (trackDelta != 0 && l.track().kind() == kind) target = shiftTrack(tracks, l.trackIndex(), trackDelta);
            if (tracks.get(target).locked()) throw new EditRefusedException("Track " + tracks.get(target).name() + " is locked");
            long start = l.clip().start() + deltaFrames;
            if (start < 0) throw new EditRefusedException("A clip would start before the beginning of the timeline");
            arriving.computeIfAbsent(target, k -> new ArrayList<>()).add(l.clip().withStart(start));
            touched.add(target);
            touched.add(l.trackIndex());
        }
        for (int t : touched) {
            Track track = tracks.get(t);
            List<Clip> out = new ArrayList<>();
            for (Clip c : track.clips()) if (!moving.contains(c.id())) out.add(c);
            out.addAll(arriving.getOrDefault(t, List.of()));
            out.sort(Comparator.comparingLong(Clip::start));
            for (int i = 1; i < out.size(); i++) {
                if (out.get(i).start() < out.get(i - 1).end()) {
                    throw new EditRefusedException("'" + out.get(i).name() + "' would overlap '" + out.get(i - 1).name() + "' on " + track.name());
                }
            }
            tracks.set(t, track.withClips(out));
        }
        return checked(p, p.withTimeline(p.timeline().withTracks(tracks)));
    }

    private static int shiftTrack(List<Track> tracks, int from, int delta) {
        TrackKind kind = tracks.get(from).kind();
        List<Integer> same = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) if (tracks.get(i).kind() == kind) same.add(i);
        int pos = same.indexOf(from) + delta;
        if (pos < 0 || pos >= same.size()) throw new EditRefusedException("No " + kind.name().toLowerCase() + " track there");
        return same.get(pos);
    }

    // ------------------------------------------------------------------ trim

    /** Which edge of a clip a trim moves. */
    public enum Edge { HEAD, TAIL }

    /**
     * Moves one edge of a clip (and the same edge of linked clips that share it) to {@code frame}, clamped so that
     * the clip keeps at least one frame, does not overlap its neighbours and stays inside its media.
     */
    public static Project trim(Project p, String clipId, Edge edge, long frame) {
        Loc loc = find(p, clipId);
        if (loc == null) throw new EditRefusedException("No such clip");
        long edgeFrame = edge == Edge.HEAD ? loc.clip().start() : loc.clip().end();
        Map<String, Loc> idx = index(p);
        List<Loc> group = new ArrayList<>();
        for (String id : withLinked(p, List.of(clipId))) {
            Loc l = idx.get(id);
            long e = edge == Edge.HEAD ? l.clip().start() : l.clip().end();
            if (e == edgeFrame) group.add(l);
        }
        long lo = Long.MIN_VALUE, hi = Long.MAX_VALUE;
        for (Loc l : group) {
            if (l.track().locked()) throw new EditRefusedException("Track " + l.track().name() + " is locked");
            long[] lim = trimLimits(p, l, edge);
            lo = Math.max(lo, lim[0]);
            hi = Math.min(hi, lim[1]);
        }
        long target = Math.max(lo, Math.min(hi, frame));
        if (target == edgeFrame) throw new EditRefusedException("Trim reached the limit");
        FrameRate rate = p.timeline().rate();
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        for (Loc l : group) {
            Track track = tracks.get(l.trackIndex());
            Clip c = l.clip();
            Clip trimmed = edge == Edge.HEAD
                    ? new Clip(c.id(), c.name(), target, c.end() - target, c.sourceTimeAt(rate, target), c.speed(), c.volume(),
                            c.enabled(), c.takes(), c.activeTakeId(), c.linkId())
                    : c.withDuration(target - c.start());
            List<Clip> out = new ArrayList<>(track.clips());
            out.set(track.indexOf(c.id()), trimmed);
            tracks.set(l.trackIndex(), track.withClips(out));
        }
        return checked(p, p.withTimeline(p.timeline().withTracks(tracks)));
    }

    /** The frames an edge may move to: {@code [min, max]}. */
    public static long[] trimLimits(Project p, Loc l, Edge edge) {
        Clip c = l.clip();
        List<Clip> clips = l.track().clips();
        int i = l.track().indexOf(c.id());
        FrameRate rate = p.timeline().rate();
        Rational[] bounds = sourceBounds(p, c);
        if (edge == Edge.HEAD) {
            long min = i > 0 ? clips.get(i - 1).end() : 0;
            if (bounds != null) min = Math.max(min, c.start() - framesIn(rate, c.speed(), c.sourceIn().minus(bounds[0])));
            return new long[] {min, c.end() - 1};
        }
        long max = i + 1 < clips.size() ? clips.get(i + 1).start() : Long.MAX_VALUE / 4;
        if (bounds != null) {
            Rational sourceEnd = c.sourceIn().plus(c.sourceSpan(rate, c.duration()));
            max = Math.min(max, c.end() + framesIn(rate, c.speed(), bounds[1].minus(sourceEnd)));
        }
        return new long[] {c.start() + 1, max};
    }

    /** Clip source time the active take can supply {@code [min, max]}, or null when the media is unknown. */
    static Rational[] sourceBounds(Project p, Clip c) {
        Take t = c.take(c.activeTakeId());
        MediaItem m = t == null ? null : p.mediaItem(t.mediaId());
        if (m == null || m.info() == null || m.info().duration() == null) return null;
        return new Rational[] {t.offset(), t.offset().plus(m.info().duration())};
    }

    private static long framesIn(FrameRate rate, Rational speed, Rational seconds) {
        return seconds.times(rate.fps()).dividedBy(speed).floor();
    }

    // ------------------------------------------------------------------ clip and track properties

    public static Project updateClip(Project p, String clipId, UnaryOperator<Clip> change) {
        Loc l = find(p, clipId);
        if (l == null) throw new EditRefusedException("No such clip");
        if (l.track().locked()) throw new EditRefusedException("Track " + l.track().name() + " is locked");
        Clip changed = change.apply(l.clip());
        List<Clip> out = new ArrayList<>(l.track().clips());
        out.set(l.track().indexOf(clipId), changed);
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        tracks.set(l.trackIndex(), l.track().withClips(out));
        return checked(p, p.withTimeline(p.timeline().withTracks(tracks)));
    }

    /** New speed, keeping the clip's length unless the media runs out (then it gets shorter). */
    public static Project setSpeed(Project p, String clipId, Rational speed) {
        if (speed.signum() <= 0) throw new EditRefusedException("Speed must be positive");
        return updateClip(p, clipId, c -> {
            Clip s = c.withSpeed(speed);
            Rational[] b = sourceBounds(p, s);
            if (b != null) {
                long fit = framesIn(p.timeline().rate(), speed, b[1].minus(s.sourceIn()));
                if (fit < 1) throw new EditRefusedException("The media is too short for that speed");
                if (fit < s.duration()) s = s.withDuration(fit);
            }
            return s;
        });
    }

    /** Makes {@code takeId} the playing take of the clip and of linked clips that have a take of the same media. */
    public static Project switchTake(Project p, String clipId, String takeId) {
        Loc l = find(p, clipId);
        if (l == null) throw new EditRefusedException("No such clip");
        Take take = l.clip().take(takeId);
        if (take == null) throw new EditRefusedException("No such take");
        if (takeId.equals(l.clip().activeTakeId())) throw new EditRefusedException("That take is already playing");
        return updateClip(p, clipId, c -> c.withTakes(c.takes(), takeId));
    }

    public static Project updateTrack(Project p, String trackId, UnaryOperator<Track> change) {
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i).id().equals(trackId)) {
                tracks.set(i, change.apply(tracks.get(i)));
                return p.withTimeline(p.timeline().withTracks(tracks));
            }
        }
        throw new EditRefusedException("No such track");
    }

    // ------------------------------------------------------------------ media

    public static Project addMedia(Project p, List<MediaItem> items) {
        if (items.isEmpty()) throw new EditRefusedException("No media to add");
        List<MediaItem> media = new ArrayList<>(p.media());
        media.addAll(items);
        return p.withMedia(media);
    }

    /** Places {@code item} at the end of the first video and first audio track (linked when it has both). */
    public static Project append(Project p, MediaItem item, Ids ids) {
        if (!item.isUsable()) throw new EditRefusedException("'" + item.path() + "' cannot be used: " + item.error());
        FrameRate rate = p.timeline().rate();
        long frames = item.info().duration().times(rate.fps()).floor();
        if (frames < 1) throw new EditRefusedException("The media is shorter than one frame");
        List<Track> tracks = new ArrayList<>(p.timeline().tracks());
        int v = firstOf(tracks, TrackKind.VIDEO), a = firstOf(tracks, TrackKind.AUDIO);
        boolean video = item.info().hasVideo() && v >= 0, audio = item.info().hasAudio() && a >= 0;
        if (!video && !audio) throw new EditRefusedException("No track for this media");
        long at = Math.max(video ? tracks.get(v).end() : 0, audio ? tracks.get(a).end() : 0);
        ProjectFactory factory = new ProjectFactory(ids);
        String link = video && audio ? ids.next("link") : null;
        String name = displayName(item.path());
        for (int t : video && audio ? new int[] {v, a} : new int[] {video ? v : a}) {
            if (tracks.get(t).locked()) throw new EditRefusedException("Track " + tracks.get(t).name() + " is locked");
            List<Clip> clips = new ArrayList<>(tracks.get(t).clips());
            clips.add(factory.newClip(name, item, at, frames, link));
            tracks.set(t, tracks.get(t).withClips(clips));
        }
        return checked(p, p.withTimeline(p.timeline().withTracks(tracks)));
    }

    public static String displayName(String path) {
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static int firstOf(List<Track> tracks, TrackKind kind) {
        for (int i = 0; i < tracks.size(); i++) if (tracks.get(i).kind() == kind) return i;
        return -1;
    }

    // ------------------------------------------------------------------ helpers

    /** Index of the clip covering {@code frame}, or -1 (clips sorted, not overlapping). */
    public static int clipAt(List<Clip> clips, long frame) {
        int i = firstEndingAfter(clips, frame);
        return i < clips.size() && clips.get(i).start() <= frame ? i : -1;
    }

    /** Index of the first clip whose end is after {@code frame}. */
    public static int firstEndingAfter(List<Clip> clips, long frame) {
        int lo = 0, hi = clips.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clips.get(mid).end() <= frame) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Checks the tracks that changed with the model's invariants. */
    private static Project checked(Project before, Project after) {
        List<Track> b = before.timeline().tracks(), a = after.timeline().tracks();
        try {
            for (int i = 0; i < a.size(); i++) if (i >= b.size() || a.get(i) != b.get(i)) Invariants.checkTrack(after, a.get(i));
        } catch (EditException e) {
            throw new EditRefusedException(e.getMessage());
        }
        return after;
    }
}

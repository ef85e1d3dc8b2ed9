package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Limits;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every project satisfies after every command. {@link #check} throws {@link EditException} naming
 * the first violation found:
 * <ul>
 *   <li>on each track, clips are sorted by start, start at frame 0 or later and do not overlap;</li>
 *   <li>a clip's active take exists; every take refers to media in the bin;</li>
 *   <li>a clip on a video track plays (through its active take) media that has video, on an audio track media
 *       that has audio (skipped when the media's info is unknown);</li>
 *   <li>the active take's source range, mapped through the take's offset, lies inside the media's available
 *       range (when known);</li>
 *   <li>ids are unique across clips, tracks, takes, media and markers; a clip's markers have ids unique within the clip;</li>
 *   <li>a transition sits on a cut between two touching clips of its track and fits inside both; transition ids
 *       are unique on their track;</li>
 *   <li>no two clips on one track share a link id (a link joins a clip to its partners on other tracks);</li>
 *   <li>the timeline's format, and every clip and marker position, are within {@link Limits}.</li>
 * </ul>
 * Commands check only what they changed (the touched tracks, and the ids they introduce) so that an edit stays
 * fast on long timelines; structural edits (tracks, media, markers) get the full check.
 */
public final class Invariants {
    private Invariants() {}

    /** Checks the whole project. */
    public static void check(Project p) {
        var tl = p.timeline();
        String format = Limits.formatProblem(tl.rate(), tl.width(), tl.height(), tl.sampleRate(), tl.channels());
        if (format != null) throw new EditException(format);
        Map<String, MediaItem> media = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (MediaItem m : p.media()) {
            if (m.id() == null) throw new EditException("a media item has no id (" + m.path() + ")");
            media.put(m.id(), m);
            claim(ids, m.id(), "media " + m.path());
        }
        FrameRate rate = p.timeline().rate();
        for (Track t : p.timeline().tracks()) {
            if (t.id() == null) throw new EditException("track " + t.name() + " has no id");
            claim(ids, t.id(), "track " + t.name());
            checkTrack(rate, t, media);
            for (Clip c : t.clips()) {
                claim(ids, c.id(), "clip on track " + t.id());
                for (Take k : c.takes()) claim(ids, k.id(), "take of clip " + c.id());
            }
        }
        for (Marker m : p.timeline().markers()) {
            if (m.id() == null) throw new EditException("marker at frame " + m.frame() + " has no id");
            claim(ids, m.id(), "marker " + m.name());
            checkMarker(rate, m);
        }
    }

    private static void checkMarker(FrameRate rate, Marker m) {
        String far = Limits.positionProblem(rate, m.frame(), Math.max(0, m.duration()));
        if (far != null) throw new EditException("marker " + m.id() + " is too far along: " + far);
    }

    private static void claim(Map<String, String> ids, String id, String what) {
        String old = ids.putIfAbsent(id, what);
        if (old != null) throw new EditException("id " + id + " is used twice: by " + old + " and by " + what);
    }

    /** Checks one track: order, overlaps, takes, media kinds and ranges. */
    public static void checkTrack(Project p, Track t) { checkTrack(p.timeline().rate(), t, mediaMap(p.media())); }

    /**
     * Checks an edit cheaply: the touched tracks fully; media removed from the bin is unused; marker and track
     * ids stay unique; the introduced ids are unique among themselves and unused in {@code before}. Falls back to
     * the full check when the frame rate changed or a media item was replaced by another with the same id.
     */
    static void checkChange(Project before, Project after, List<Track> touched, boolean mediaChanged, boolean markersChanged,
                            boolean trackListChanged, Collection<String> introduced) {
        if (!before.timeline().rate().equals(after.timeline().rate())) {
            check(after);
            return;
        }
        Map<String, MediaItem> media = mediaMap(after.media());
        if (mediaChanged) {
            if (media.size() != after.media().size()) check(after); // duplicate media ids: the full check names them
            Set<String> removed = new HashSet<>();
            for (MediaItem m : before.media()) {
                MediaItem now = media.get(m.id());
                if (now == null) removed.add(m.id());
                else if (now != m && !now.equals(m)) { check(after); return; }
            }
            if (!removed.isEmpty()) {
                for (Track t : after.timeline().tracks()) {
                    for (Clip c : t.clips()) {
                        for (Take k : c.takes()) {
                            if (removed.contains(k.mediaId())) {
                                throw new EditException("take " + k.id() + " of clip " + c.id() + " refers to media " + k.mediaId() + " that is not in the project");
                            }
                        }
                    }
                }
            }
        }
        FrameRate rate = after.timeline().rate();
        for (Track t : touched) checkTrack(rate, t, media);
        if (markersChanged) {
            Set<String> seen = new HashSet<>();
            for (Marker m : after.timeline().markers()) {
                if (m.id() == null) throw new EditException("marker at frame " + m.frame() + " has no id");
                if (!seen.add(m.id())) throw new EditException("id " + m.id() + " is used twice by markers");
                checkMarker(rate, m);
            }
        }
        if (trackListChanged) {
            Set<String> seen = new HashSet<>();
            for (Track t : after.timeline().tracks()) {
                if (t.id() == null) throw new EditException("track " + t.name() + " has no id");
                if (!seen.add(t.id())) throw new EditException("id " + t.id() + " is used twice by tracks");
            }
        }
        if (introduced != null && !introduced.isEmpty()) checkNewIds(before, introduced);
    }

    private static void checkNewIds(Project before, Collection<String> introduced) {
        Set<String> fresh = new HashSet<>();
        for (String id : introduced) {
            if (id == null) throw new EditException("a new id is null");
            if (!fresh.add(id)) throw new EditException("id " + id + " is given twice");
        }
        for (MediaItem m : before.media()) if (fresh.contains(m.id())) throw used(m.id(), "media " + m.path());
        for (Marker m : before.timeline().markers()) if (fresh.contains(m.id())) throw used(m.id(), "marker " + m.name());
        for (Track t : before.timeline().tracks()) {
            if (fresh.contains(t.id())) throw used(t.id(), "track " + t.name());
            for (Clip c : t.clips()) {
                if (fresh.contains(c.id())) throw used(c.id(), "clip on track " + t.id());
                List<Take> takes = c.takes();
                for (int i = 0; i < takes.size(); i++) {
                    if (fresh.contains(takes.get(i).id())) throw used(takes.get(i).id(), "take of clip " + c.id());
                }
            }
        }
    }

    private static EditException used(String id, String by) { return new EditException("id " + id + " is already used by " + by); }

    private record MediaCache(List<MediaItem> list, Map<String, MediaItem> map) {}

    private static volatile MediaCache mediaCache = new MediaCache(List.of(), Map.of());

    private static Map<String, MediaItem> mediaMap(List<MediaItem> list) {
        MediaCache c = mediaCache;
        if (c.list == list) return c.map;
        Map<String, MediaItem> map = new HashMap<>();
        for (MediaItem m : list) if (m.id() != null) map.putIfAbsent(m.id(), m);
        mediaCache = new MediaCache(list, map);
        return map;
    }

    private static void checkTrack(FrameRate rate, Track t, Map<String, MediaItem> media) {
        long prevEnd = 0;
        String prevId = null;
        List<Clip> clips = t.clips();
        Map<String, String> links = null;
        for (int i = 0; i < clips.size(); i++) {
            Clip c = clips.get(i);
            String far = Limits.positionProblem(rate, c.start(), c.duration());
            if (far != null) throw new EditException("clip " + c.id() + " on track " + t.id() + " is too far along: " + far);
            if (c.linkId() != null) {
                if (links == null) links = new HashMap<>();
                String other = links.putIfAbsent(c.linkId(), c.id());
                if (other != null) {
                    throw new EditException("clips " + other + " and " + c.id() + " on track " + t.id() + " share link " + c.linkId()
                            + "; a link joins clips on different tracks");
                }
            }
            if (c.start() < prevEnd) {
                if (prevId == null) throw new EditException("clip " + c.id() + " on track " + t.id() + " starts before frame 0 (" + c.start() + ")");
                throw new EditException("clip " + c.id() + " " + c.frames() + " overlaps or comes before clip " + prevId
                        + " (ends at " + prevEnd + ") on track " + t.id());
            }
            prevEnd = c.end();
            prevId = c.id();
            checkClip(rate, t, c, media);
            if (!c.markers().isEmpty()) checkClipMarkers(c);
        }
        if (!t.transitions().isEmpty()) checkTransitions(t);
    }

    /** A clip's markers have ids unique within the clip (both parts of a split keep the same markers). */
    private static void checkClipMarkers(Clip c) {
        Set<String> ids = new HashSet<>();
        for (var m : c.markers()) {
            if (!ids.add(m.id())) throw new EditException("id " + m.id() + " is used twice by markers of clip " + c.id());
        }
    }

    /** Each transition sits on a cut between two touching clips and fits inside them; ids are unique on the track. */
    private static void checkTransitions(Track t) {
        Set<String> ids = new HashSet<>();
        List<Clip> clips = t.clips();
        for (Transition tr : t.transitions()) {
            if (tr.id() == null) throw new EditException("a transition on track " + t.id() + " has no id");
            if (!ids.add(tr.id())) throw new EditException("id " + tr.id() + " is used twice by transitions on track " + t.id());
            int right = Edits.firstStartingAtOrAfter(clips, tr.cutFrame());
            boolean onCut = right > 0 && right < clips.size() && clips.get(right).start() == tr.cutFrame()
                    && clips.get(right - 1).end() == tr.cutFrame();
            if (!onCut) {
                throw new EditException("transition " + tr.id() + " on track " + t.id() + " is at frame " + tr.cutFrame()
                        + ", which is not a cut between two touching clips");
            }
            Clip l = clips.get(right - 1), r = clips.get(right);
            if (tr.inOffset() < 0 || tr.outOffset() < 0 || tr.inOffset() > l.duration() || tr.outOffset() > r.duration()) {
                throw new EditException("transition " + tr.id() + " on track " + t.id() + " (" + tr.inOffset() + " frames before the cut, "
                        + tr.outOffset() + " after) does not fit in clips " + l.id() + " (" + l.duration() + " frames) and " + r.id()
                        + " (" + r.duration() + " frames)");
            }
        }
    }

    private static void checkClip(FrameRate rate, Track t, Clip c, Map<String, MediaItem> media) {
        Take active = null;
        List<Take> takes = c.takes();
        for (int i = 0; i < takes.size(); i++) {
            Take k = takes.get(i);
            if (k.id() == null) throw new EditException("clip " + c.id() + " has a take without id");
            if (!media.containsKey(k.mediaId())) {
                throw new EditException("take " + k.id() + " of clip " + c.id() + " refers to media " + k.mediaId() + " that is not in the project");
            }
            if (k.id().equals(c.activeTakeId())) active = k;
        }
        if (active == null) throw new EditException("clip " + c.id() + " has no take " + c.activeTakeId() + " (its active take)");
        MediaItem m = media.get(active.mediaId());
        MediaInfo info = m.info();
        if (info == null) return;
        if (t.kind() == TrackKind.VIDEO && !info.hasVideo()) {
            throw new EditException("clip " + c.id() + " on video track " + t.id() + " plays media " + m.id() + " that has no video");
        }
        if (t.kind() == TrackKind.AUDIO && !info.hasAudio()) {
            throw new EditException("clip " + c.id() + " on audio track " + t.id() + " plays media " + m.id() + " that has no audio");
        }
        if (info.duration() != null && !insideMedia(rate, c, active.offset(), info.duration())) {
            throw new EditException("clip " + c.id() + " plays source " + c.sourceRange(rate) + " through take " + active.id()
                    + " (offset " + active.offset() + ") outside media " + m.id() + " [0, " + info.duration() + ")");
        }
    }

    /**
     * True when {@code [sourceIn - offset, sourceIn - offset + duration/fps*speed]} lies in {@code [0, mediaDuration]}.
     * Long arithmetic with an exact fallback on overflow: this runs for every clip a command touches.
     */
    static boolean insideMedia(FrameRate rate, Clip c, Rational offset, Rational mediaDuration) {
        Rational s = offset.isZero() ? c.sourceIn() : c.sourceIn().minus(offset);
        if (s.signum() < 0) return false;
        try {
            long sn = s.num(), sd = s.den();
            long stepDen = Math.multiplyExact((long) rate.num(), c.speed().den());
            long stepNum = Math.multiplyExact(Math.multiplyExact(c.duration(), (long) rate.den()), c.speed().num());
            long endNum = Math.addExact(Math.multiplyExact(sn, stepDen), Math.multiplyExact(stepNum, sd));
            long endDen = Math.multiplyExact(sd, stepDen);
            return Math.multiplyExact(endNum, mediaDuration.den()) <= Math.multiplyExact(mediaDuration.num(), endDen);
        } catch (ArithmeticException overflow) {
            return s.plus(c.sourceSpan(rate, c.duration())).compareTo(mediaDuration) <= 0;
        }
    }
}

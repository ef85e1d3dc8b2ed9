package dev.cutroom.timeline.model;

import java.util.List;
import java.util.Objects;

/**
 * A clip placed on a track. Timeline position and length are whole frames of the timeline's rate;
 * the source side is exact seconds. The source span is derived, never stored twice:
 * {@code sourceRange = [sourceIn, sourceIn + duration * frameDuration * speed)}.
 *
 * @param start        first timeline frame
 * @param duration     length in timeline frames (at least 1)
 * @param sourceIn     source time (seconds, clip source coordinates) shown at {@code start}
 * @param speed        playback speed, positive (2 = twice as fast, 1/2 = slow motion)
 * @param volume       linear gain for the clip's audio (1 = unchanged)
 * @param takes        the original and generated takes; never empty
 * @param activeTakeId id of the take that plays
 * @param linkId       clips sharing a link id (a video clip and its audio) move together in the editor; may be null
 * @param markers      markers on the clip's source ({@link ClipMarker}), ids unique within the clip; they move with it
 */
public record Clip(
        String id,
        String name,
        long start,
        long duration,
        Rational sourceIn,
        Rational speed,
        double volume,
        boolean enabled,
        List<Take> takes,
        String activeTakeId,
        String linkId,
        List<ClipMarker> markers) {

    public Clip {
        Objects.requireNonNull(id, "id");
        markers = markers == null ? List.of() : List.copyOf(markers);
        Objects.requireNonNull(sourceIn, "sourceIn");
        Objects.requireNonNull(speed, "speed");
        takes = List.copyOf(takes);
        if (takes.isEmpty()) throw new IllegalArgumentException("clip " + id + " has no takes");
        if (speed.signum() <= 0) throw new IllegalArgumentException("clip " + id + ": speed must be positive, got " + speed);
        if (duration < 1) throw new IllegalArgumentException("clip " + id + ": duration must be at least one frame, got " + duration);
        if (!(volume >= 0) || Double.isInfinite(volume)) throw new IllegalArgumentException("clip " + id + ": bad volume " + volume);
    }

    /** A clip without markers. */
    public Clip(String id, String name, long start, long duration, Rational sourceIn, Rational speed, double volume, boolean enabled,
                List<Take> takes, String activeTakeId, String linkId) {
        this(id, name, start, duration, sourceIn, speed, volume, enabled, takes, activeTakeId, linkId, List.of());
    }

    public long end() { return start + duration; }

    public FrameRange frames() { return new FrameRange(start, duration); }

    public Take activeTake() {
        for (Take t : takes) if (t.id().equals(activeTakeId)) return t;
        throw new IllegalStateException("clip " + id + " has no take " + activeTakeId);
    }

    /**
     * The name an editor sees. A clip named after one of its takes (a plugin names a generated clip after what it
     * made, "Soundtrack (118 bpm, G major)") shows the active take's label, so a regenerated take is not shown
     * under the old one's name; a name the clip was given otherwise stays.
     */
    public String shownName() {
        for (Take t : takes) if (t.label() != null && t.label().equals(name)) return activeTake().label();
        return name;
    }

    /**
     * This clip under new ids, for a paste: the clip's, each take's (through {@code takeIds}, old id to new) and
     * the link's; everything else, takes' media and provenance included, is the same.
     */
    public Clip withNewIds(String newId, java.util.function.UnaryOperator<String> takeIds, String newLinkId) {
        List<Take> renamed = takes.stream().map(t -> new Take(takeIds.apply(t.id()), t.mediaId(), t.offset(), t.label(), t.provenance())).toList();
        return new Clip(newId, name, start, duration, sourceIn, speed, volume, enabled, renamed, takeIds.apply(activeTakeId), newLinkId, markers);
    }

    public Take take(String takeId) {
        for (Take t : takes) if (t.id().equals(takeId)) return t;
        return null;
    }

    /** Source seconds consumed by {@code frames} timeline frames at this clip's speed. */
    public Rational sourceSpan(FrameRate rate, long frames) { return rate.toSeconds(frames).times(speed); }

    /** The part of the source (clip source coordinates) this clip plays. */
    public TimeRange sourceRange(FrameRate rate) { return TimeRange.of(sourceIn, sourceSpan(rate, duration)); }

    /** Source time (clip source coordinates) shown at timeline frame {@code frame}. */
    public Rational sourceTimeAt(FrameRate rate, long frame) { return sourceIn.plus(sourceSpan(rate, frame - start)); }

    public Clip withStart(long newStart) { return new Clip(id, name, newStart, duration, sourceIn, speed, volume, enabled, takes, activeTakeId, linkId, markers); }

    public Clip withDuration(long d) { return new Clip(id, name, start, d, sourceIn, speed, volume, enabled, takes, activeTakeId, linkId, markers); }

    public Clip withSourceIn(Rational in) { return new Clip(id, name, start, duration, in, speed, volume, enabled, takes, activeTakeId, linkId, markers); }

    public Clip withSpeed(Rational s) { return new Clip(id, name, start, duration, sourceIn, s, volume, enabled, takes, activeTakeId, linkId, markers); }

    public Clip withVolume(double v) { return new Clip(id, name, start, duration, sourceIn, speed, v, enabled, takes, activeTakeId, linkId, markers); }

    public Clip withEnabled(boolean e) { return new Clip(id, name, start, duration, sourceIn, speed, volume, e, takes, activeTakeId, linkId, markers); }

    public Clip withTakes(List<Take> t, String active) { return new Clip(id, name, start, duration, sourceIn, speed, volume, enabled, t, active, linkId, markers); }

    public Clip withId(String newId) { return new Clip(newId, name, start, duration, sourceIn, speed, volume, enabled, takes, activeTakeId, linkId, markers); }

    public Clip withLinkId(String link) { return new Clip(id, name, start, duration, sourceIn, speed, volume, enabled, takes, activeTakeId, link, markers); }

    public Clip withMarkers(List<ClipMarker> m) { return new Clip(id, name, start, duration, sourceIn, speed, volume, enabled, takes, activeTakeId, linkId, m); }

    /** Timeline position (in frames, maybe between frames) where the clip shows {@code m}'s source time. */
    public Rational markerPosition(FrameRate rate, ClipMarker m) {
        return Rational.of(start).plus(m.sourceTime().minus(sourceIn).dividedBy(speed).times(rate.fps()));
    }

    /** The markers whose source time the clip plays. */
    public List<ClipMarker> visibleMarkers(FrameRate rate) {
        TimeRange r = sourceRange(rate);
        return markers.stream().filter(m -> m.sourceTime().compareTo(r.start()) >= 0 && m.sourceTime().compareTo(r.end()) < 0).toList();
    }
}

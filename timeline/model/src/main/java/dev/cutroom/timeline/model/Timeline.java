package dev.cutroom.timeline.model;

import java.util.List;

/**
 * The sequence: format, tracks and markers. Video tracks composite in list order, later ones on top
 * (V2 over V1); audio tracks mix.
 */
public record Timeline(
        String name,
        FrameRate rate,
        int width,
        int height,
        int sampleRate,
        int channels,
        List<Track> tracks,
        List<Marker> markers) {

    public Timeline {
        tracks = List.copyOf(tracks);
        markers = markers == null ? List.of() : List.copyOf(markers);
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("bad timeline size " + width + "x" + height);
        if (sampleRate <= 0 || channels <= 0) throw new IllegalArgumentException("bad audio format " + sampleRate + " Hz x" + channels);
    }

    /** Last frame end over all tracks. */
    public long duration() { return tracks.stream().mapToLong(Track::end).max().orElse(0); }

    public List<Track> tracksOf(TrackKind kind) { return tracks.stream().filter(t -> t.kind() == kind).toList(); }

    public Track track(String trackId) {
        for (Track t : tracks) if (t.id().equals(trackId)) return t;
        return null;
    }

    /** Where a clip lies: its track's index, the track and the clip. */
    public record ClipPlace(int trackIndex, Track track, Clip clip) {}

    /** The place of the clip with this id, or null when there is none. */
    public ClipPlace find(String clipId) {
        for (int t = 0; t < tracks.size(); t++) {
            int i = tracks.get(t).indexOf(clipId);
            if (i >= 0) return new ClipPlace(t, tracks.get(t), tracks.get(t).clips().get(i));
        }
        return null;
    }

    /** The ids of every clip on every track. */
    public java.util.Set<String> clipIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Track t : tracks) for (Clip c : t.clips()) ids.add(c.id());
        return ids;
    }

    public Timeline withTracks(List<Track> newTracks) { return new Timeline(name, rate, width, height, sampleRate, channels, newTracks, markers); }

    public Timeline withMarkers(List<Marker> newMarkers) { return new Timeline(name, rate, width, height, sampleRate, channels, tracks, newMarkers); }
}

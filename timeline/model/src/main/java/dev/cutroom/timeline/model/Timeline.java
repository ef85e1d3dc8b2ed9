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

    public Timeline withTracks(List<Track> newTracks) { return new Timeline(name, rate, width, height, sampleRate, channels, newTracks, markers); }

    public Timeline withMarkers(List<Marker> newMarkers) { return new Timeline(name, rate, width, height, sampleRate, channels, tracks, newMarkers); }
}

package dev.cutroom.plugin.api;

import java.util.Objects;

/**
 * Where new clips go: an existing track found by name, or a new track. Immutable; any thread.
 *
 * @param name   the track's name
 * @param create true to add a new track with this name (even if one exists); false to use the existing
 *               track with this name, creating it only if there is none
 */
public record TrackTarget(String name, boolean create) {
    public TrackTarget {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("track name is blank");
    }

    /** The track named so, created if missing. Any thread. */
    public static TrackTarget named(String name) {
        return new TrackTarget(name, false);
    }

    /** Always a new track. Any thread. */
    public static TrackTarget newTrack(String name) {
        return new TrackTarget(name, true);
    }
}

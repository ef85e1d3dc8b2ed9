package dev.cutroom.timeline.model;

/**
 * One version of a clip's media: the original, or one a plugin generated.
 * A clip's source time {@code t} maps to time {@code t - offset} in this take's media, so a take rendered
 * from the clip's source range {@code [a, b)} into a new file starting at 0 has {@code offset = a}.
 *
 * @param provenance null for media the user imported, set for generated takes
 */
public record Take(String id, String mediaId, Rational offset, String label, Provenance provenance) {
    public static Take original(String id, String mediaId) { return new Take(id, mediaId, Rational.ZERO, "Original", null); }

    public boolean isGenerated() { return provenance != null; }

    /** Maps a time in the clip's source coordinates to a time in this take's media. */
    public Rational toMediaTime(Rational clipSourceTime) { return clipSourceTime.minus(offset); }
}

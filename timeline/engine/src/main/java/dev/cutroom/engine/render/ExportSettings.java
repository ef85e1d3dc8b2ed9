package dev.cutroom.engine.render;

import dev.cutroom.timeline.model.FrameRange;

/**
 * What to export and how.
 *
 * @param range        timeline frames to export, or null for the whole timeline
 * @param width        output width, or 0 for the timeline's (rounded to even)
 * @param height       output height, or 0 for the timeline's (rounded to even)
 * @param quality      picks the video bitrate from the picture size and rate when {@code videoBitrate} is 0
 * @param videoBitrate bits per second for video, or 0 to derive it from {@code quality}
 * @param audioBitrate bits per second for AAC audio
 * @param fastStart    put the MP4 index first so playback can start while downloading (one extra pass)
 * @param metadata     container tags such as {@code comment} or {@code title} (MP4 keeps the standard keys); empty for none
 */
public record ExportSettings(FrameRange range, int width, int height, Quality quality, long videoBitrate, int audioBitrate, boolean fastStart,
                             java.util.Map<String, String> metadata) {
    /** Bits per pixel per frame for H.264; roughly: LOW is fine for drafts, HIGH for delivery. */
    public enum Quality {
        LOW(0.05), MEDIUM(0.1), HIGH(0.2);

        private final double bitsPerPixel;

        Quality(double bitsPerPixel) { this.bitsPerPixel = bitsPerPixel; }

        public double bitsPerPixel() { return bitsPerPixel; }
    }

    public ExportSettings {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size");
        if (quality == null) quality = Quality.MEDIUM;
        if (videoBitrate < 0 || audioBitrate <= 0) throw new IllegalArgumentException("bad bitrate");
        metadata = metadata == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** Settings without container tags. */
    public ExportSettings(FrameRange range, int width, int height, Quality quality, long videoBitrate, int audioBitrate, boolean fastStart) {
        this(range, width, height, quality, videoBitrate, audioBitrate, fastStart, java.util.Map.of());
    }

    /** The whole timeline at its own size, medium quality, 192 kb/s audio, fast start. */
    public static ExportSettings defaults() {
        return new ExportSettings(null, 0, 0, Quality.MEDIUM, 0, 192_000, true);
    }

    public ExportSettings withRange(FrameRange r) { return new ExportSettings(r, width, height, quality, videoBitrate, audioBitrate, fastStart, metadata); }

    public ExportSettings withSize(int w, int h) { return new ExportSettings(range, w, h, quality, videoBitrate, audioBitrate, fastStart, metadata); }

    public ExportSettings withQuality(Quality q) { return new ExportSettings(range, width, height, q, 0, audioBitrate, fastStart, metadata); }

    public ExportSettings withVideoBitrate(long bitrate) { return new ExportSettings(range, width, height, quality, bitrate, audioBitrate, fastStart, metadata); }

    public ExportSettings withFastStart(boolean on) { return new ExportSettings(range, width, height, quality, videoBitrate, audioBitrate, on, metadata); }

    /** These container tags instead of the current ones (e.g. the provenance note of an export with generated material). */
    public ExportSettings withMetadata(java.util.Map<String, String> tags) {
        return new ExportSettings(range, width, height, quality, videoBitrate, audioBitrate, fastStart, tags);
    }
}

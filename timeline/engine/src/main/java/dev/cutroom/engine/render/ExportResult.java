package dev.cutroom.engine.render;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished export.
 *
 * @param videoFrames  frames encoded (equals the exported range's length)
 * @param audioSamples sample frames encoded
 */
public record ExportResult(Path file, long videoFrames, long audioSamples, Duration elapsed) {
    /** Frames encoded per second of wall time. */
    public double framesPerSecond() {
        return videoFrames / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}

package dev.cutroom.plugin.host.media;

import dev.cutroom.engine.DisplayGeometry;
import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.timeline.model.MediaInfo;
import java.nio.file.Path;

/**
 * The size of a picture as plugins see it: as shown, after the stream's rotation and with square pixels
 * ({@link DisplayGeometry#displayWidth()}), which is what {@link EngineMediaAccess#readVideo} delivers and what
 * a {@code ClipRef}'s width and height say. Thread-safe (stateless).
 */
public record ShownSize(int width, int height) {

    /**
     * The shown size of a probed video stream. A size widened for non-square pixels is rounded to even numbers
     * (720x480 at 32:27 shows as 853.3 pixels wide), so a plugin's take of it can be written by any encoder.
     */
    public static ShownSize of(DisplayGeometry geometry) {
        int w = geometry.displayWidth();
        int h = geometry.displayHeight();
        if (geometry.sampleAspect().equals(dev.cutroom.timeline.model.Rational.ONE)) return new ShownSize(w, h);
        return new ShownSize(even(w), even(h));
    }

    private static int even(int n) {
        return n % 2 == 0 ? n : n + 1;
    }

    /**
     * The shown size of {@code file}'s video, read from the file (the project model keeps the rotation but not the
     * sample aspect ratio); when the file cannot be probed now, {@code info}'s stored size turned by its rotation.
     */
    public static ShownSize of(Path file, MediaInfo.VideoStreamInfo info) {
        try {
            DisplayGeometry geometry = MediaProbe.probeWithGeometry(file).geometry();
            if (geometry != null) return of(geometry);
        } catch (MediaException e) {
            // offline or unreadable right now: the project's own record of the stream is the best we have
        }
        boolean sideways = info.rotation() % 180 != 0;
        return sideways ? new ShownSize(info.height(), info.width()) : new ShownSize(info.width(), info.height());
    }
}

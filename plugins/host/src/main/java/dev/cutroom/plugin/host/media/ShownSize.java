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

    /** The shown size of a probed video stream. */
    public static ShownSize of(DisplayGeometry geometry) {
        return new ShownSize(geometry.displayWidth(), geometry.displayHeight());
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

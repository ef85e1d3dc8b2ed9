package dev.cutroom.engine.render;

import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;

import java.nio.file.Path;

/**
 * The pictures of one clip's active take, decoded straight to the size the clip occupies on the canvas.
 * Keeps its decoder open while the timeline plays through the clip, so consecutive frames decode forward
 * instead of seeking.
 */
final class ClipVideoSource implements AutoCloseable {
    private final Clip clip;
    private final Take take;
    private final Path file;
    private final FrameRate timelineRate;
    private final Placement placement;
    private VideoReader reader;

    ClipVideoSource(Clip clip, Path file, FrameRate timelineRate, Placement placement) {
        this.clip = clip;
        this.take = clip.activeTake();
        this.file = file;
        this.timelineRate = timelineRate;
        this.placement = placement;
    }

    Clip clip() { return clip; }

    Placement placement() { return placement; }

    /**
     * The frame shown at timeline frame {@code frame}: source time from the clip's in point and speed, minus the
     * take offset. Inside a transition the frame may lie outside the clip: its handles are played, and where the
     * media has no more frames the reader holds its first (before time 0) or last frame, so a clip without
     * handles freezes on its edge frame.
     */
    VideoFrame frameAt(long frame) {
        if (reader == null) {
            reader = VideoReader.open(file, VideoReader.Options.scaled(placement.width(), placement.height(), PixelFormat.YUV420P).asShown());
        }
        Rational mediaTime = take.toMediaTime(clip.sourceTimeAt(timelineRate, frame));
        return reader.frameAt(mediaTime.max(Rational.ZERO));
    }

    @Override
    public void close() {
        if (reader != null) reader.close();
        reader = null;
    }
}

package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The clip's frames straight from FFmpegFrameGrabber in the decoder's own YUV 4:2:0, for plans whose video work is
 * all in the filter graph: no conversion to RGB and back, no copy into Java arrays. Frames before the clip's in
 * point (the seek lands on a frame boundary at or before it) are skipped by their time stamps. Frames come as
 * stored: sideways for a rotated phone clip, with the file's pixel shape for anamorphic media; the caller puts
 * {@link StoredPicture#toShown} at the head of its filter graph. Close it.
 */
public final class DirectFrames implements AutoCloseable {
    private final FFmpegFrameGrabber grabber;
    private final long firstMicros;
    private final long halfFrameMicros;
    private final long originMicros;
    private final StoredPicture picture;
    private Frame last;

    public DirectFrames(ClipRef clip) throws FrameGrabber.Exception {
        grabber = new FFmpegFrameGrabber(clip.mediaFile().toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        grabber.setAudioStream(-1);
        grabber.start();
        picture = StoredPicture.of(grabber);
        firstMicros = Math.round(clip.sourceRange().start().toSeconds() * 1e6);
        halfFrameMicros = Math.round(5e5 / clip.frameRate().toDouble());
        long start = grabber.getFormatContext().start_time();
        originMicros = start == avutil.AV_NOPTS_VALUE ? 0 : start;
        if (firstMicros > 0) grabber.setVideoTimestamp(firstMicros);
    }

    /** How the file stores its picture: frames come as stored, {@link StoredPicture#toShown} makes them as shown. */
    public StoredPicture picture() {
        return picture;
    }

    /** The next frame (the last one again once the file ends early); valid until the next call. */
    public Frame next() throws FrameGrabber.Exception {
        while (true) {
            Frame f = grabber.grabImage();
            if (f == null) {
                if (last == null) throw new FrameGrabber.Exception("no video frames at the clip's in point");
                return last;
            }
            if (f.timestamp - originMicros < firstMicros - halfFrameMicros) continue;
            last = f;
            return f;
        }
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // frees native memory only
        }
    }
}

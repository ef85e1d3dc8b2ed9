package dev.cutroom.engine;

import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import static org.bytedeco.ffmpeg.global.avformat.av_guess_frame_rate;

/** Picks a stream's frame rate as an exact fraction. Engine-internal; public only for the engine's sub-packages. */
public final class StreamRates {
    /** Rates that cameras and encoders actually use; a measured rate this close to one is that one. */
    private static final double SNAP_TOLERANCE = 0.0005;

    private StreamRates() {}

    /**
     * FFmpeg's best guess from avg_frame_rate and r_frame_rate, snapped to a whole or NTSC (x/1001)
     * rate when within 0.05%: an average over a file whose last frame is short otherwise gives
     * fractions like 2997/100 instead of 30000/1001.
     */
    public static FrameRate frameRate(AVFormatContext format, AVStream stream) {
        AVRational guess = av_guess_frame_rate(format, stream, null);
        AVRational rate = valid(guess) ? guess : valid(stream.avg_frame_rate()) ? stream.avg_frame_rate() : stream.r_frame_rate();
        if (!valid(rate)) return null;
        return snap(Rational.of(rate.num(), rate.den()));
    }

    public static FrameRate snap(Rational measured) {
        double fps = measured.toDouble();
        long whole = Math.round(fps);
        if (whole > 0 && Math.abs(fps - whole) / fps < SNAP_TOLERANCE) return new FrameRate((int) whole, 1);
        long ntsc = Math.round(fps * 1001 / 1000);
        if (ntsc > 0 && Math.abs(fps - ntsc * 1000.0 / 1001) / fps < SNAP_TOLERANCE) return new FrameRate((int) (ntsc * 1000), 1001);
        return new FrameRate(Math.toIntExact(measured.num()), Math.toIntExact(measured.den()));
    }

    private static boolean valid(AVRational r) {
        return r != null && r.num() > 0 && r.den() > 0 && r.num() / (double) r.den() < 1000;
    }
}

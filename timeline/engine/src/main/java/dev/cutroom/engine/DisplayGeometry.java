package dev.cutroom.engine;

import dev.cutroom.timeline.model.Rational;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.IntPointer;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_sample_aspect_ratio;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;

/**
 * How a stored picture is meant to be shown: its pixels may be non-square (anamorphic media, sample
 * aspect ratio other than 1) and it may have to be turned (phone footage carries a rotation instead of
 * storing the picture upright).
 *
 * @param storedWidth  width of the coded picture
 * @param storedHeight height of the coded picture
 * @param sampleAspect width of one stored pixel relative to its height (1 for square pixels)
 * @param rotation     degrees clockwise to turn the picture for display: 0, 90, 180 or 270
 */
public record DisplayGeometry(int storedWidth, int storedHeight, Rational sampleAspect, int rotation) {
    public DisplayGeometry {
        if (storedWidth <= 0 || storedHeight <= 0) throw new IllegalArgumentException("bad picture size " + storedWidth + "x" + storedHeight);
        if (sampleAspect == null || sampleAspect.signum() <= 0) sampleAspect = Rational.ONE;
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, got " + rotation);
    }

    /** Square pixels, no rotation. */
    public static DisplayGeometry plain(int width, int height) {
        return new DisplayGeometry(width, height, Rational.ONE, 0);
    }

    /** The geometry of a video stream: FFmpeg's best guess of the sample aspect ratio, and the rotation. */
    public static DisplayGeometry of(AVFormatContext format, AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        AVRational sar = av_guess_sample_aspect_ratio(format, stream, null);
        Rational sampleAspect = sar.num() > 0 && sar.den() > 0 ? Rational.of(sar.num(), sar.den()) : Rational.ONE;
        return new DisplayGeometry(par.width(), par.height(), sampleAspect, rotation(stream));
    }

    /**
     * Degrees clockwise to turn the picture for display, from the display matrix (or the old "rotate" tag).
     * FFmpeg's matrix angle is counter-clockwise, hence the negation.
     */
    static int rotation(AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        AVPacketSideData side = av_packet_side_data_get(par.coded_side_data(), par.nb_coded_side_data(), AV_PKT_DATA_DISPLAYMATRIX);
        double degrees = 0;
        if (side != null && !side.isNull() && side.size() >= 9 * 4) {
            double ccw = av_display_rotation_get(new IntPointer(side.data()));
            if (!Double.isNaN(ccw)) degrees = -ccw;
        } else {
            AVDictionaryEntry tag = av_dict_get(stream.metadata(), "rotate", null, 0);
            if (tag != null && !tag.isNull()) {
                try { degrees = Double.parseDouble(tag.value().getString()); } catch (NumberFormatException ignored) { /* keep 0 */ }
            }
        }
        int quarter = (int) Math.round(degrees / 90.0);
        return Math.floorMod(quarter * 90, 360);
    }

    /** Whether turning for display swaps width and height (90 and 270 degrees). */
    public boolean swapsAxes() { return rotation == 90 || rotation == 270; }

    /** Whether the stored picture is shown as it is (square pixels, upright). */
    public boolean isPlain() { return rotation == 0 && sampleAspect.equals(Rational.ONE); }

    /** Width of the picture as shown: stored width stretched by the sample aspect, then turned. */
    public int displayWidth() { return swapsAxes() ? storedHeight : anamorphicWidth(); }

    /** Height of the picture as shown. */
    public int displayHeight() { return swapsAxes() ? anamorphicWidth() : storedHeight; }

    private int anamorphicWidth() {
        return (int) Math.max(1, sampleAspect.times(Rational.of(storedWidth)).round());
    }
}

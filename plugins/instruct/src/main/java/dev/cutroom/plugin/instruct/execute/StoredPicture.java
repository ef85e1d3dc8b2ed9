package dev.cutroom.plugin.instruct.execute;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_sample_aspect_ratio;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;

/**
 * How a file stores its picture, for the one path that decodes the file itself ({@link DirectFrames}): its coded
 * size, sample aspect ratio and the rotation its display matrix asks for, read as the host's media engine reads
 * them. The host gives plugins pictures as shown (rotation applied, square pixels; a {@code ClipRef}'s size is
 * that size), so frames decoded here go through {@link #toShown} first and every take is upright with square
 * pixels, whichever path made it.
 *
 * @param width    coded width
 * @param height   coded height
 * @param sarNum   sample aspect ratio numerator (1 for square pixels)
 * @param sarDen   sample aspect ratio denominator
 * @param rotation degrees clockwise to turn the picture for display: 0, 90, 180 or 270
 */
public record StoredPicture(int width, int height, int sarNum, int sarDen, int rotation) {

    /** The picture of the grabber's video stream (the grabber must be started). */
    public static StoredPicture of(FFmpegFrameGrabber grabber) {
        var format = grabber.getFormatContext();
        AVStream stream = format.streams(grabber.getVideoStream());
        AVRational sar = av_guess_sample_aspect_ratio(format, stream, null);
        boolean known = sar.num() > 0 && sar.den() > 0;
        return new StoredPicture(stream.codecpar().width(), stream.codecpar().height(), known ? sar.num() : 1, known ? sar.den() : 1,
                rotation(stream));
    }

    /** Degrees clockwise from the display matrix (or the old "rotate" tag); FFmpeg's matrix angle is counter-clockwise. */
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
        return Math.floorMod((int) Math.round(degrees / 90.0) * 90, 360);
    }

    /** The coded size. */
    public FrameSize size() {
        return new FrameSize(width, height);
    }

    /**
     * FFmpeg filters turning a stored frame into the picture as shown at {@code shown} (the clip's size): the turn
     * ({@code transpose}, or {@code hflip,vflip} for a half turn), then a scale to square pixels at exactly that
     * size; null when the stored frame already is that picture.
     */
    public String toShown(FrameSize shown) {
        List<String> filters = new ArrayList<>();
        switch (rotation) {
            case 90 -> filters.add("transpose=clock");
            case 180 -> { filters.add("hflip"); filters.add("vflip"); }
            case 270 -> filters.add("transpose=cclock");
            default -> { }
        }
        boolean swap = rotation == 90 || rotation == 270;
        int turnedWidth = swap ? height : width, turnedHeight = swap ? width : height;
        boolean square = sarNum == sarDen;
        if (!square || turnedWidth != shown.width() || turnedHeight != shown.height()) {
            filters.add("scale=" + shown.width() + ":" + shown.height() + ":flags=bicubic");
        }
        if (!square) filters.add("setsar=1");
        return filters.isEmpty() ? null : String.join(",", filters);
    }
}

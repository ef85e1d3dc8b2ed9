package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.engine.DisplayGeometry;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * How a file stores its picture, for the one path that decodes the file itself ({@link DirectFrames}): its coded
 * size, sample aspect ratio and the rotation its display matrix asks for, read by the media engine's
 * {@link DisplayGeometry}. The host gives plugins pictures as shown (rotation applied, square pixels; a
 * {@code ClipRef}'s size is that size), so frames decoded here go through {@link #toShown} first and every take is upright with square
 * pixels, whichever path made it.
 *
 * @param width    coded width
 * @param height   coded height
 * @param sarNum   sample aspect ratio numerator (1 for square pixels)
 * @param sarDen   sample aspect ratio denominator
 * @param rotation degrees clockwise to turn the picture for display: 0, 90, 180 or 270
 */
public record StoredPicture(int width, int height, int sarNum, int sarDen, int rotation) {

    /** The picture of the grabber's video stream (the grabber must be started), read by the media engine. */
    public static StoredPicture of(FFmpegFrameGrabber grabber) {
        var format = grabber.getFormatContext();
        DisplayGeometry g = DisplayGeometry.of(format, format.streams(grabber.getVideoStream()));
        return new StoredPicture(g.storedWidth(), g.storedHeight(), Math.toIntExact(g.sampleAspect().num()),
                Math.toIntExact(g.sampleAspect().den()), g.rotation());
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

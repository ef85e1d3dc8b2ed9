package dev.cutroom.realfootage;

import dev.cutroom.timeline.model.FrameRate;
import java.nio.file.Path;
import java.util.List;

/**
 * A real portrait filmed with a moving camera, for judging person masks and reframing: the H.264 clip, the
 * viewport of every frame (so a mask can be mapped back into the photo, where a still person does not move), and
 * hand-marked boxes of the person and their head in the photo's pixels.
 */
public record PortraitClip(String name, String photo, Path video, FrameRate rate, int width, int height,
                           List<Viewport> views, Box person, Box head) {
    /** An axis-aligned box in photo pixels, {@code [x0, x1) x [y0, y1)}. */
    public record Box(double x0, double y0, double x1, double y1) {
        public double area() {
            return Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
        }
    }

    public PortraitClip {
        views = List.copyOf(views);
    }

    /** Frame pixel (x + 0.5, y + 0.5) of {@code frame} in photo coordinates: {x, y}. */
    public double[] toPhoto(int frame, double x, double y) {
        Viewport v = views.get(frame);
        double scale = v.width() / width;
        return new double[] {v.centreX() + (x - width / 2.0) * scale, v.centreY() + (y - height / 2.0) * scale};
    }

    /** A photo point in frame pixel coordinates of {@code frame}: {x, y}. */
    public double[] toFrame(int frame, double px, double py) {
        Viewport v = views.get(frame);
        double scale = v.width() / width;
        return new double[] {(px - v.centreX()) / scale + width / 2.0, (py - v.centreY()) / scale + height / 2.0};
    }

    public int frames() {
        return views.size();
    }
}

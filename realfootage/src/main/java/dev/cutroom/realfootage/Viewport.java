package dev.cutroom.realfootage;

/**
 * The part of a photograph the camera sees: centre and width in the photo's pixels (the height follows the
 * output's aspect ratio). Immutable; any thread.
 */
public record Viewport(double centreX, double centreY, double width) {
    public Viewport {
        if (!(width > 0)) throw new IllegalArgumentException("viewport width must be positive, got " + width);
    }

    /** Linear interpolation towards {@code other}; {@code t} from 0 (this) to 1 (other). */
    public Viewport towards(Viewport other, double t) {
        return new Viewport(centreX + (other.centreX - centreX) * t, centreY + (other.centreY - centreY) * t,
                width * Math.pow(other.width / width, t)); // zoom evenly in scale, as a zoom lens does
    }

    /** This viewport moved by (dx, dy) photo pixels. */
    public Viewport shifted(double dx, double dy) {
        return new Viewport(centreX + dx, centreY + dy, width);
    }

    /** The same view, moved and shrunk where needed so it lies inside a {@code photoWidth x photoHeight} photo. */
    public Viewport inside(int photoWidth, int photoHeight, double aspect) {
        double w = Math.min(width, Math.min(photoWidth, photoHeight * aspect));
        double h = w / aspect;
        double x = Math.max(w / 2, Math.min(photoWidth - w / 2, centreX));
        double y = Math.max(h / 2, Math.min(photoHeight - h / 2, centreY));
        return new Viewport(x, y, w);
    }
}

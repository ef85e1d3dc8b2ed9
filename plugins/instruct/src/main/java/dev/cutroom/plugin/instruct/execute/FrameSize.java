package dev.cutroom.plugin.instruct.execute;

/** A picture size in pixels. */
public record FrameSize(int width, int height) {

    public FrameSize {
        if (width < 1 || height < 1) throw new IllegalArgumentException("bad frame size " + width + "x" + height);
    }

    /** The largest even-sized window of {@code aspect} ("9:16") inside this size: full height or full width. */
    public FrameSize cropTo(String aspect) {
        String[] p = aspect.split(":");
        double a = Double.parseDouble(p[0]) / Double.parseDouble(p[1]);
        if ((double) width / height > a) return new FrameSize(even(height * a), even(height));
        return new FrameSize(even(width), even(width / a));
    }

    /** This size rounded down to even numbers (H.264 with 4:2:0 chroma needs them). */
    public FrameSize even() {
        return new FrameSize(even(width), even(height));
    }

    /** Width and height swapped (a quarter turn). */
    public FrameSize turned() {
        return new FrameSize(height, width);
    }

    private static int even(double v) {
        return Math.max(2, ((int) Math.floor(v + 1e-9)) & ~1);
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}

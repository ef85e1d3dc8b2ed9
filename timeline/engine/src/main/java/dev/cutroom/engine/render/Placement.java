package dev.cutroom.engine.render;

/**
 * Where a picture lands on the output canvas. Coordinates and sizes are even so YUV 4:2:0 chroma
 * planes line up with luma (a half-pixel shift would smear colours at the edges).
 */
public record Placement(int x, int y, int width, int height) {
    /**
     * The largest rectangle with the source's aspect ratio that fits the canvas, centred: the rest of
     * the canvas stays uncovered (black bars when nothing lies below).
     */
    public static Placement fit(int sourceWidth, int sourceHeight, int canvasWidth, int canvasHeight) {
        if (sourceWidth <= 0 || sourceHeight <= 0) throw new IllegalArgumentException("bad source size " + sourceWidth + "x" + sourceHeight);
        double scale = Math.min(canvasWidth / (double) sourceWidth, canvasHeight / (double) sourceHeight);
        int width = Math.min(canvasWidth, even(sourceWidth * scale));
        int height = Math.min(canvasHeight, even(sourceHeight * scale));
        // a size within 2 pixels of the canvas is the canvas: avoids 1-pixel bars from rounding
        if (canvasWidth - width <= 2) width = canvasWidth;
        if (canvasHeight - height <= 2) height = canvasHeight;
        int x = ((canvasWidth - width) / 2) & ~1;
        int y = ((canvasHeight - height) / 2) & ~1;
        return new Placement(x, y, width, height);
    }

    public boolean covers(int canvasWidth, int canvasHeight) {
        return x == 0 && y == 0 && width == canvasWidth && height == canvasHeight;
    }

    private static int even(double v) {
        return Math.max(2, (int) Math.round(v / 2) * 2);
    }
}

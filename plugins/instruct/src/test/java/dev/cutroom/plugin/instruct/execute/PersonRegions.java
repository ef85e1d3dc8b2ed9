package dev.cutroom.plugin.instruct.execute;

/**
 * The pixels of a drawn figure's frame that are clearly person or clearly background: at least {@code margin}
 * pixels from the figure's outline, so a feathered mask edge (and H.264 blur across it) does not count.
 */
final class PersonRegions {
    final int width, height;
    final boolean[] person;
    final boolean[] background;

    PersonRegions(boolean[] truth, int width, int height, int margin) {
        this.width = width;
        this.height = height;
        int[] sums = integral(truth, width, height);
        person = new boolean[truth.length];
        background = new boolean[truth.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int x0 = Math.max(0, x - margin), x1 = Math.min(width, x + margin + 1);
                int y0 = Math.max(0, y - margin), y1 = Math.min(height, y + margin + 1);
                int inside = sums[y1 * (width + 1) + x1] - sums[y0 * (width + 1) + x1] - sums[y1 * (width + 1) + x0] + sums[y0 * (width + 1) + x0];
                person[y * width + x] = inside == (x1 - x0) * (y1 - y0);
                background[y * width + x] = inside == 0;
            }
        }
    }

    /** Share of the pixels in {@code region} where every channel of {@code f} is within {@code tolerance} of {@code expected}'s. */
    static double shareMatching(RgbImage f, RgbImage expected, boolean[] region, int tolerance) {
        int n = 0, ok = 0;
        for (int p = 0; p < region.length; p++) {
            if (!region[p]) continue;
            n++;
            boolean close = true;
            for (int c = 0; c < 3; c++) close &= Math.abs((f.pixels()[p * f.channels() + c] & 0xff) - (expected.pixels()[p * expected.channels() + c] & 0xff)) <= tolerance;
            if (close) ok++;
        }
        return (double) ok / n;
    }

    /** Share of the pixels in {@code region} within {@code tolerance} of one colour {@code 0xRRGGBB}. */
    static double shareOfColour(RgbImage f, boolean[] region, int rgb, int tolerance) {
        byte[] px = new byte[f.width() * f.height() * 3];
        for (int p = 0; p < f.width() * f.height(); p++) {
            px[p * 3] = (byte) (rgb >> 16);
            px[p * 3 + 1] = (byte) (rgb >> 8);
            px[p * 3 + 2] = (byte) rgb;
        }
        return shareMatching(f, new RgbImage(f.width(), f.height(), 3, px), region, tolerance);
    }

    /**
     * How sharp the region's edges are: the mean of its steepest 1% of pixel steps (|horizontal| + |vertical| of
     * channel {@code c}), so flat wall and coding noise, which blur hardly changes, do not dilute it.
     */
    static double edgeSharpness(RgbImage f, boolean[] region, int c) {
        java.util.List<Integer> steps = new java.util.ArrayList<>();
        for (int y = 0; y < f.height() - 1; y++) {
            for (int x = 0; x < f.width() - 1; x++) {
                if (region[y * f.width() + x]) steps.add(Math.abs(f.at(x + 1, y, c) - f.at(x, y, c)) + Math.abs(f.at(x, y + 1, c) - f.at(x, y, c)));
            }
        }
        steps.sort(java.util.Comparator.reverseOrder());
        int top = Math.max(1, steps.size() / 100);
        return steps.subList(0, top).stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    private static int[] integral(boolean[] m, int w, int h) {
        int[] s = new int[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            int row = 0;
            for (int x = 0; x < w; x++) {
                row += m[y * w + x] ? 1 : 0;
                s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
            }
        }
        return s;
    }
}

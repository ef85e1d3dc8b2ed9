package dev.cutroom.realfootage;

import java.util.Random;

/**
 * What real cameras and delivery do to a picture: area downscaling (what a sensor's binning or a resize to a smaller
 * delivery size does), lens blur, and sensor noise (shot noise growing with brightness plus read noise). H.264 is
 * the last step, in {@link H264Clip}. Any thread.
 */
public final class Degrade {
    private Degrade() {}

    /** Each output pixel is the mean of a {@code factor x factor} block (the size must divide evenly). */
    public static Picture areaDownscale(Picture in, int factor) {
        if (factor == 1) return in;
        if (in.width() % factor != 0 || in.height() % factor != 0) {
            throw new IllegalArgumentException(in.width() + "x" + in.height() + " does not divide by " + factor);
        }
        int w = in.width() / factor, h = in.height() / factor;
        byte[] out = new byte[w * h * 3];
        int n = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    int sum = 0;
                    for (int dy = 0; dy < factor; dy++) {
                        for (int dx = 0; dx < factor; dx++) sum += in.at(x * factor + dx, y * factor + dy, c);
                    }
                    out[(y * w + x) * 3 + c] = (byte) ((sum + n / 2) / n);
                }
            }
        }
        return new Picture(w, h, out);
    }

    /** A separable Gaussian blur (edges repeat). */
    public static Picture blur(Picture in, double sigma) {
        if (sigma <= 0) return in;
        int radius = (int) Math.ceil(3 * sigma);
        float[] kernel = new float[2 * radius + 1];
        float total = 0;
        for (int k = -radius; k <= radius; k++) total += kernel[k + radius] = (float) Math.exp(-k * k / (2 * sigma * sigma));
        for (int k = 0; k < kernel.length; k++) kernel[k] /= total;
        int w = in.width(), h = in.height();
        float[] pass = new float[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    float s = 0;
                    for (int k = -radius; k <= radius; k++) s += kernel[k + radius] * in.at(Math.max(0, Math.min(w - 1, x + k)), y, c);
                    pass[(y * w + x) * 3 + c] = s;
                }
            }
        }
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    float s = 0;
                    for (int k = -radius; k <= radius; k++) s += kernel[k + radius] * pass[(Math.max(0, Math.min(h - 1, y + k)) * w + x) * 3 + c];
                    out[(y * w + x) * 3 + c] = (byte) Math.round(Math.max(0, Math.min(255, s)));
                }
            }
        }
        return new Picture(w, h, out);
    }

    /**
     * Sensor noise: Gaussian, with variance {@code read^2 + shot * level} (level 0..255), independent per channel
     * and pixel, from {@code random}.
     *
     * @param read standard deviation in the dark, in 8-bit levels (1.5 is a good camera in daylight, 4 a phone indoors)
     * @param shot variance added per level of brightness (0.03 gives ~2.8 levels of noise at white)
     */
    public static Picture sensorNoise(Picture in, double read, double shot, Random random) {
        byte[] src = in.rgb(), out = new byte[src.length];
        for (int i = 0; i < src.length; i++) {
            int v = src[i] & 0xff;
            double sd = Math.sqrt(read * read + shot * v);
            out[i] = (byte) Math.max(0, Math.min(255, Math.round(v + random.nextGaussian() * sd)));
        }
        return new Picture(in.width(), in.height(), out);
    }

    /** {@code (1 - t) * a + t * b}, pixel by pixel: a dissolve's frame, or a flash when {@code b} is white. */
    public static Picture mix(Picture a, Picture b, double t) {
        byte[] out = new byte[a.rgb().length];
        for (int i = 0; i < out.length; i++) out[i] = (byte) Math.round((1 - t) * (a.rgb()[i] & 0xff) + t * (b.rgb()[i] & 0xff));
        return new Picture(a.width(), a.height(), out);
    }
}

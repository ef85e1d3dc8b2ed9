package dev.cutroom.plugin.upscale;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.VideoFrameReader;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test pictures with a known ground truth, area-average downscaling, metrics, and video files made of them. */
public final class Frames {
    private Frames() {}

    /** Packed RGB of a frame and its size. */
    public record Image(int width, int height, byte[] rgb) {
        public int at(int x, int y, int c) {
            return rgb[(y * width + x) * 3 + c] & 0xff;
        }
    }

    /**
     * A synthetic scene at {@code w x h}, shifted by {@code dx} pixels (for pans): a diagonal gradient, an
     * anti-aliased disc, fine stripes and a dark bar, supersampled 4x4 so edges are smooth like a real image.
     */
    public static Image scene(int w, int h, double dx) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = 0, g = 0, b = 0;
                for (int sy = 0; sy < 4; sy++) {
                    for (int sx = 0; sx < 4; sx++) {
                        double u = (x + (sx + 0.5) / 4 + dx) / w;
                        double v = (y + (sy + 0.5) / 4) / h;
                        double[] c = paint(u, v, (double) w / h);
                        r += c[0]; g += c[1]; b += c[2];
                    }
                }
                int i = (y * w + x) * 3;
                rgb[i] = (byte) Math.round(r / 16 * 255);
                rgb[i + 1] = (byte) Math.round(g / 16 * 255);
                rgb[i + 2] = (byte) Math.round(b / 16 * 255);
            }
        }
        return new Image(w, h, rgb);
    }

    private static double[] paint(double u, double v, double aspect) {
        double r = 0.25 + 0.5 * u, g = 0.3 + 0.4 * v, b = 0.6 - 0.3 * u;
        double du = (u - 0.38) * aspect, dv = v - 0.5;
        if (du * du + dv * dv < 0.09) { r = 0.92; g = 0.8; b = 0.2; }
        if (u > 0.62 && u < 0.9 && Math.floorMod((int) Math.floor(u * 12), 2) == 0) { r *= 0.4; g *= 0.4; b *= 0.4; }
        if (v > 0.8 && v < 0.88 && u > 0.1 && u < 0.55) { r = 0.1; g = 0.1; b = 0.15; }
        return new double[] {r, g, b};
    }

    /** Area average by an integer factor (the ground truth's low-resolution version). */
    public static Image areaDown(Image img, int f) {
        int w = img.width() / f, h = img.height() / f;
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) for (int c = 0; c < 3; c++) {
            int s = 0;
            for (int yy = 0; yy < f; yy++) for (int xx = 0; xx < f; xx++) s += img.at(x * f + xx, y * f + yy, c);
            out[(y * w + x) * 3 + c] = (byte) Math.round(s / (double) (f * f));
        }
        return new Image(w, h, out);
    }

    /** Nearest-neighbour upscale by an integer factor. */
    public static Image nearest(Image img, int f) {
        int w = img.width() * f, h = img.height() * f;
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) System.arraycopy(img.rgb(), ((y / f) * img.width() + x / f) * 3, out, (y * w + x) * 3, 3);
        return new Image(w, h, out);
    }

    /** Gaussian sensor noise of {@code sigma} levels, clamped. */
    public static Image noisy(Image img, double sigma, Random rnd) {
        byte[] out = img.rgb().clone();
        for (int i = 0; i < out.length; i++) out[i] = (byte) Math.clamp(Math.round((out[i] & 0xff) + sigma * rnd.nextGaussian()), 0, 255);
        return new Image(img.width(), img.height(), out);
    }

    /** Mean squared error in levels. */
    public static double mse(Image a, Image b) {
        check(a, b);
        double s = 0;
        for (int i = 0; i < a.rgb().length; i++) { double d = (a.rgb()[i] & 0xff) - (b.rgb()[i] & 0xff); s += d * d; }
        return s / a.rgb().length;
    }

    /** Peak signal-to-noise ratio in dB. */
    public static double psnr(Image a, Image b) {
        return 10 * Math.log10(255.0 * 255.0 / Math.max(1e-10, mse(a, b)));
    }

    /** Mean absolute difference in levels. */
    public static double mad(Image a, Image b) {
        check(a, b);
        double s = 0;
        for (int i = 0; i < a.rgb().length; i++) s += Math.abs((a.rgb()[i] & 0xff) - (b.rgb()[i] & 0xff));
        return s / a.rgb().length;
    }

    /** Mean absolute frame-to-frame difference of a sequence, in levels. */
    public static double flicker(List<Image> frames) {
        double s = 0;
        for (int i = 1; i < frames.size(); i++) s += mad(frames.get(i), frames.get(i - 1));
        return s / Math.max(1, frames.size() - 1);
    }

    /** Mean gradient magnitude of the luma (central differences), in levels per pixel. */
    public static double sharpness(Image img) {
        int w = img.width(), h = img.height();
        double s = 0;
        int n = 0;
        for (int y = 1; y < h - 1; y++) for (int x = 1; x < w - 1; x++) {
            double gx = (luma(img, x + 1, y) - luma(img, x - 1, y)) / 2, gy = (luma(img, x, y + 1) - luma(img, x, y - 1)) / 2;
            s += Math.sqrt(gx * gx + gy * gy);
            n++;
        }
        return s / Math.max(1, n);
    }

    /** SSIM of the luma with 8x8 windows (stride 4), the usual constants. */
    public static double ssim(Image a, Image b) {
        check(a, b);
        double c1 = Math.pow(0.01 * 255, 2), c2 = Math.pow(0.03 * 255, 2), s = 0;
        int n = 0;
        for (int y0 = 0; y0 + 8 <= a.height(); y0 += 4) for (int x0 = 0; x0 + 8 <= a.width(); x0 += 4) {
            double ma = 0, mb = 0, va = 0, vb = 0, cov = 0;
            for (int y = y0; y < y0 + 8; y++) for (int x = x0; x < x0 + 8; x++) { ma += luma(a, x, y); mb += luma(b, x, y); }
            ma /= 64; mb /= 64;
            for (int y = y0; y < y0 + 8; y++) for (int x = x0; x < x0 + 8; x++) {
                double da = luma(a, x, y) - ma, db = luma(b, x, y) - mb;
                va += da * da; vb += db * db; cov += da * db;
            }
            va /= 63; vb /= 63; cov /= 63;
            s += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
            n++;
        }
        return s / n;
    }

    static double luma(Image img, int x, int y) {
        return 0.299 * img.at(x, y, 0) + 0.587 * img.at(x, y, 1) + 0.114 * img.at(x, y, 2);
    }

    private static void check(Image a, Image b) {
        if (a.width() != b.width() || a.height() != b.height()) throw new IllegalArgumentException(a.width() + "x" + a.height() + " vs " + b.width() + "x" + b.height());
    }

    /** Writes frames (and a 440 Hz stereo tone when {@code sampleRate > 0}) as H.264/AAC. */
    public static Path video(Path file, Fps fps, List<Image> frames, int sampleRate) throws IOException {
        Image first = frames.getFirst();
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        var format = new OutputFormat(first.width(), first.height(), fps, sampleRate, sampleRate > 0 ? 2 : 0);
        try (var w = new EngineMediaAccess().writeMedia(file, format)) {
            long written = 0;
            for (int i = 0; i < frames.size(); i++) {
                w.writeFrame(frames.get(i).rgb());
                if (sampleRate > 0) {
                    long upTo = Math.round((i + 1) * sampleRate / fps.toDouble());
                    int n = (int) (upTo - written);
                    float[] s = new float[2 * n];
                    for (int k = 0; k < n; k++) s[2 * k] = s[2 * k + 1] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * (written + k) / sampleRate));
                    w.writeAudio(s, n);
                    written = upTo;
                }
            }
            w.finish();
        }
        return file;
    }

    /** Every frame of a clip, decoded through the host's media access. */
    public static List<Image> decode(ClipRef clip) throws IOException {
        List<Image> out = new ArrayList<>();
        try (VideoFrameReader r = new EngineMediaAccess().readVideo(clip, 0, 0)) {
            for (RgbFrame f; (f = r.next()) != null; ) out.add(new Image(f.width(), f.height(), f.rgb().clone()));
        }
        return out;
    }

    /** Lanczos-3 of an image through the plugin's resampler. */
    public static Image lanczos(Image img, int w, int h) {
        return new Image(w, h, Lanczos.resizeRgb(img.rgb(), img.width(), img.height(), w, h));
    }
}

package dev.cutroom.plugin.upscale.bench;

import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.testkit.PluginTestKit;
import dev.cutroom.plugin.upscale.FilterBank;
import dev.cutroom.plugin.upscale.Frames;
import dev.cutroom.plugin.upscale.Planes;
import dev.cutroom.plugin.upscale.StructureHash;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Trains the camera mode's filters ({@link FilterBank}) by least squares, reproducibly:
 *
 * <pre>
 *   java -cp ... dev.cutroom.plugin.upscale.bench.FilterBankTrainer PHOTO_DIR OUT_DIR [scales=2,3,4]
 * </pre>
 *
 * PHOTO_DIR holds {@link #TRAINING}, fetched from Debian's packages by {@code tools/fetch-upscale-training-photos.sh}:
 * none of them is in the real-footage corpus (astronaut, camera, chelsea, coffee, rocket, hubble), so the
 * photographs the README and the quality bench report on stay unseen. Each photograph, in its 8 rotations and
 * mirrorings, is cropped to a multiple of 2 × scale, area-averaged down (the degradation of real downscaled footage)
 * and then used three times: as is, after an H.264 round trip through the host's encoder, and with
 * {@value #NOISE} levels of sensor noise before the H.264 round trip. For every
 * low-resolution pixel and channel its 7x7 neighbourhood and the scale² true pixels it covers go into the normal
 * equations of its {@link StructureHash} bucket; each bucket's filters are solved with a ridge towards the filter
 * fitted on all buckets together (so rare buckets fall back to it).
 */
public final class FilterBankTrainer {
    /** Training photographs (disjoint from the evaluation set). */
    public static final List<String> TRAINING = List.of("face.dat", "grace_hopper.jpg", "motorcycle_left.png", "motorcycle_right.png",
            "ihc.png", "brick.png", "grass.png", "gravel.png", "coins.png");
    /** Sensor noise of the third variant, in levels (the corpus adds about 1 level). */
    static final double NOISE = 1.5;
    static final int RADIUS = Integer.getInteger("radius", 3);
    static final double GLOBAL_RIDGE = 1e-2, BUCKET_RIDGE = 1e-1;

    public static void main(String[] args) throws Exception {
        Path photos = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String scales = args.length > 2 ? args[2] : "2,3,4";
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("filter-train");
        try (PluginTestKit kit = PluginTestKit.create(work)) {
            for (String sc : scales.split(",")) {
                int s = Integer.parseInt(sc.trim());
                long t0 = System.nanoTime();
                Normal eq = new Normal(s, RADIUS);
                java.util.Random noise = new java.util.Random(s);
                for (String name : TRAINING) {
                    Frames.Image photo = read(photos.resolve(name));
                    for (int t = 0; t < 8; t++) {
                        Frames.Image gt = crop(transform(photo, t), 2 * s);
                        Frames.Image lo = Frames.areaDown(gt, s);
                        eq.add(gt, lo);
                        eq.add(gt, h264(kit, work, lo));
                        eq.add(gt, h264(kit, work, Frames.noisy(lo, NOISE, noise)));
                    }
                }
                FilterBank bank = eq.solve();
                Path file = out.resolve("camera-x" + s + ".bin");
                try (OutputStream o = Files.newOutputStream(file)) {
                    bank.write(o);
                }
                System.out.printf(Locale.ROOT, "x%d: %d samples, smallest bucket %d, %.0f s -> %s sha256 %s%n", s, eq.samples(),
                        eq.smallestBucket(), (System.nanoTime() - t0) / 1e9, file, FilterBank.sha256(Files.readAllBytes(file)));
            }
        }
    }

    /** A photograph as packed RGB (grey ones expanded); SciPy's {@code face.dat} is bzip2-compressed 1024x768 RGB. */
    public static Frames.Image read(Path file) throws IOException {
        if (file.getFileName().toString().equals("face.dat")) {
            try (var in = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream(Files.newInputStream(file))) {
                return new Frames.Image(1024, 768, in.readNBytes(1024 * 768 * 3));
            }
        }
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) throw new IOException("not an image: " + file);
        int w = img.getWidth(), h = img.getHeight();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int p = img.getRGB(x, y), i = (y * w + x) * 3;
            rgb[i] = (byte) (p >> 16);
            rgb[i + 1] = (byte) (p >> 8);
            rgb[i + 2] = (byte) p;
        }
        return new Frames.Image(w, h, rgb);
    }

    /** The top-left part whose sides are multiples of {@code m}. */
    public static Frames.Image crop(Frames.Image img, int m) {
        int w = img.width() / m * m, h = img.height() / m * m;
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) System.arraycopy(img.rgb(), y * img.width() * 3, rgb, y * w * 3, w * 3);
        return new Frames.Image(w, h, rgb);
    }

    /** One of the 8 rotations/mirrorings. */
    static Frames.Image transform(Frames.Image img, int t) {
        boolean swap = (t & 1) != 0, flipX = (t & 2) != 0, flipY = (t & 4) != 0;
        int w = swap ? img.height() : img.width(), h = swap ? img.width() : img.height();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int sx = swap ? y : x, sy = swap ? x : y;
            if (flipX) sx = img.width() - 1 - sx;
            if (flipY) sy = img.height() - 1 - sy;
            System.arraycopy(img.rgb(), (sy * img.width() + sx) * 3, rgb, (y * w + x) * 3, 3);
        }
        return new Frames.Image(w, h, rgb);
    }

    /** The picture after an H.264 round trip through the host's encoder (a still clip, its second frame). */
    public static Frames.Image h264(PluginTestKit kit, Path work, Frames.Image img) throws IOException {
        Path file = Files.createTempFile(work, "still", ".mp4");
        Frames.video(file, new Fps(25, 1), List.of(img, img, img), 0);
        List<Frames.Image> back = Frames.decode(kit.clip("still", file));
        Files.delete(file);
        return back.get(1);
    }

    /** Per-bucket normal equations. */
    static final class Normal {
        final int scale, radius, taps, phases;
        final double[][] ata = new double[StructureHash.BUCKETS][];
        final double[][] atb;
        final long[] count = new long[StructureHash.BUCKETS];

        Normal(int scale, int radius) {
            this.scale = scale;
            this.radius = radius;
            this.taps = (2 * radius + 1) * (2 * radius + 1);
            this.phases = scale * scale;
            this.atb = new double[StructureHash.BUCKETS * phases][taps];
            for (int b = 0; b < ata.length; b++) ata[b] = new double[taps * taps];
        }

        void add(Frames.Image gt, Frames.Image lo) {
            int w = lo.width(), h = lo.height(), side = 2 * radius + 1, plane = w * h;
            float[] in = Planes.fromRgb(lo.rgb(), w, h);
            float[] truth = Planes.fromRgb(gt.rgb(), gt.width(), gt.height());
            int gPlane = gt.width() * gt.height();
            int[] buckets = StructureHash.buckets(in, w, h);
            double[] p = new double[taps];
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                int b = buckets[y * w + x];
                double[] a = ata[b];
                for (int c = 0; c < 3; c++) {
                    for (int ky = 0, t = 0; ky < side; ky++) for (int kx = 0; kx < side; kx++, t++) {
                        p[t] = in[c * plane + Math.clamp(y - radius + ky, 0, h - 1) * w + Math.clamp(x - radius + kx, 0, w - 1)];
                    }
                    for (int i = 0; i < taps; i++) {
                        double pi = p[i];
                        int row = i * taps;
                        for (int j = i; j < taps; j++) a[row + j] += pi * p[j];
                    }
                    for (int py = 0; py < scale; py++) for (int px = 0; px < scale; px++) {
                        double target = truth[c * gPlane + (y * scale + py) * gt.width() + x * scale + px];
                        double[] v = atb[b * phases + py * scale + px];
                        for (int i = 0; i < taps; i++) v[i] += p[i] * target;
                    }
                    count[b]++;
                }
            }
        }

        long samples() {
            long n = 0;
            for (long c : count) n += c;
            return n;
        }

        long smallestBucket() {
            long m = Long.MAX_VALUE;
            for (long c : count) m = Math.min(m, c);
            return m;
        }

        FilterBank solve() {
            double[] all = new double[taps * taps];
            for (double[] a : ata) for (int i = 0; i < all.length; i++) all[i] += a[i];
            double[][] global = new double[phases][];
            for (int ph = 0; ph < phases; ph++) {
                double[] rhs = new double[taps];
                for (int b = 0; b < StructureHash.BUCKETS; b++) for (int i = 0; i < taps; i++) rhs[i] += atb[b * phases + ph][i];
                global[ph] = Cholesky.solve(all, taps, GLOBAL_RIDGE, rhs);
            }
            float[] w = new float[StructureHash.BUCKETS * phases * taps];
            for (int b = 0; b < StructureHash.BUCKETS; b++) for (int ph = 0; ph < phases; ph++) {
                double[] rhs = atb[b * phases + ph].clone();
                for (int i = 0; i < taps; i++) rhs[i] += BUCKET_RIDGE * global[ph][i];
                double[] f = Cholesky.solve(ata[b], taps, BUCKET_RIDGE, rhs);
                for (int i = 0; i < taps; i++) w[(b * phases + ph) * taps + i] = (float) f[i];
            }
            return new FilterBank(scale, radius, w);
        }
    }

    /** Solves (A + ridge I) x = b for a symmetric A given by its upper triangle. */
    static final class Cholesky {
        static double[] solve(double[] upper, int n, double ridge, double[] b) {
            double[] l = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = upper[j * n + i] + (i == j ? ridge : 0);
                    for (int k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
                    l[i * n + j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j];
                }
            }
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double s = b[i];
                for (int k = 0; k < i; k++) s -= l[i * n + k] * y[k];
                y[i] = s / l[i * n + i];
            }
            double[] x = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double s = y[i];
                for (int k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
                x[i] = s / l[i * n + i];
            }
            return x;
        }
    }
}

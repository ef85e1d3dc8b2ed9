package dev.cutroom.plugin.upscale.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.cutroom.assets.DemoMedia;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobListener;
import dev.cutroom.plugin.host.job.JobProgress;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import dev.cutroom.plugin.testkit.PluginTestKit;
import dev.cutroom.plugin.upscale.Frames;
import dev.cutroom.plugin.upscale.Planes;
import dev.cutroom.plugin.upscale.Swscale;
import dev.cutroom.plugin.upscale.TiledUpscaler;
import dev.cutroom.plugin.upscale.UpscaleEstimate;
import dev.cutroom.plugin.upscale.UpscalePlan;
import dev.cutroom.plugin.upscale.UpscalePlugin;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The upscale bench: quality, flicker and throughput in one table.
 *
 * <pre>
 *   java -cp ... dev.cutroom.plugin.upscale.bench.UpscaleBench [frames=8] [photo.jpg ...]
 * </pre>
 *
 * Quality: ground truth (demo media frames, and photographs: JPEGs over 50 kB under /usr/share plus any given on
 * the command line) downscaled x2 and x4 by area averaging, upscaled back by each mode (enhance = animevideov3,
 * fidelity = the plugin's Lanczos-3) and by FFmpeg's bicubic and Lanczos; PSNR, SSIM (luma) and sharpness (mean
 * luma gradient magnitude over the ground truth's). Flicker: mean absolute frame-to-frame difference of the output
 * over that of the ground truth (slow pan) and over that of the Lanczos-upscaled input (the source's own flicker).
 * Throughput: 640x360 -> 1280x720 through the real host in this JVM against raw ONNX Runtime on the same tiles.
 */
public final class UpscaleBench {
    private static final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int frames = 8;
        List<Path> photos = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) frames = Integer.parseInt(a);
            else photos.add(Path.of(a));
        }
        photos.addAll(findPhotos());
        Path work = Files.createTempDirectory("upscale-bench");
        long t0 = System.nanoTime();
        try (PluginTestKit kit = PluginTestKit.create(work.resolve("kit")).timeout(java.time.Duration.ofMinutes(10))) {
            List<DemoMedia.DemoFile> demo = DemoMedia.generate(work.resolve("demo"));
            Path city = demo.getFirst().file();
            ModelAccess models = new HostModelAccess(List.of(UpscalePlan.modelId(2), UpscalePlan.modelId(4)),
                    memo(dev.cutroom.models.Models::createDefault), ModelSources.standard(null));
            throughput(kit, city, frames, models);
            try (InferenceSession x2 = models.open(UpscalePlan.modelId(2)); InferenceSession x4 = models.open(UpscalePlan.modelId(4))) {
                List<Named> demoFrames = new ArrayList<>();
                demoFrames.add(frame(kit, city, 10, "skyline"));
                demoFrames.add(frame(kit, city, 70, "meadow"));
                demoFrames.add(frame(kit, demo.get(1).file(), 40, "presenter"));
                demoFrames.add(frame(kit, demo.get(2).file(), 12, "title card"));
                quality("demo frames (" + demoFrames.size() + ", 640x360)", demoFrames, x2, x4, null);
                List<Named> real = new ArrayList<>();
                for (Path p : photos) real.add(photo(p));
                if (real.isEmpty()) System.out.println("(no photographs found; pass JPEG paths on the command line)");
                else {
                    try (InferenceSession photo = photoModel()) {
                        quality("photographs (" + String.join(", ", real.stream().map(Named::name).toList()) + ")", real, x2, x4, photo);
                    }
                }
                Frames.Image source = real.isEmpty() ? demoFrames.getFirst().image() : real.getFirst().image();
                flicker(source, x2);
            }
        }
        System.out.printf(Locale.ROOT, "%nbench took %.0f s; peak RSS %s%n", (System.nanoTime() - t0) / 1e9, peakRss());
    }

    record Named(String name, Frames.Image image) {}

    /** realesrgan-x4plus when it was pulled ({@code cutroom models pull realesrgan-x4plus}), else null. */
    static InferenceSession photoModel() {
        Path root = dev.cutroom.models.descriptor.PulledModels.defaultRoot();
        if (!Files.isDirectory(root.resolve(UpscalePlan.PHOTO_MODEL))) {
            System.out.println("(realesrgan-x4plus not pulled: no enhance-photo rows)");
            return null;
        }
        try {
            return new HostModelAccess(List.of(UpscalePlan.PHOTO_MODEL), dev.cutroom.models.Models::createDefault, ModelSources.standard(root))
                    .open(UpscalePlan.PHOTO_MODEL);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- quality

    /** @param photo realesrgan-x4plus when it was pulled (its rows are added), else null */
    static void quality(String title, List<Named> images, InferenceSession x2, InferenceSession x4, InferenceSession photo) {
        System.out.printf(Locale.ROOT, "%nQuality on %s: ground truth downscaled by area averaging, upscaled back%n", title);
        System.out.printf(Locale.ROOT, "| factor | method | PSNR dB | SSIM | sharpness vs truth |%n|---|---|---|---|---|%n");
        for (int f : new int[] {2, 4}) {
            Map<String, double[]> sums = new LinkedHashMap<>();
            for (Named n : images) {
                Frames.Image gt = crop(n.image(), f * 4);
                Frames.Image low = Frames.areaDown(gt, f);
                double gs = Frames.sharpness(gt);
                Map<String, Frames.Image> out = new LinkedHashMap<>();
                out.put("enhance (animevideov3 x" + f + ")", enhance(low, f == 2 ? x2 : x4, f));
                if (photo != null) out.put("enhance-photo (x4plus" + (f == 2 ? ", then Lanczos-3 /2)" : ")"), enhance(low, photo, f, "enhance-photo"));
                out.put("fidelity (plugin Lanczos-3)", Frames.lanczos(low, gt.width(), gt.height()));
                out.put("bicubic (FFmpeg)", new Frames.Image(gt.width(), gt.height(), Swscale.scale(low.rgb(), low.width(), low.height(), gt.width(), gt.height(), Swscale.BICUBIC)));
                out.put("Lanczos (FFmpeg)", new Frames.Image(gt.width(), gt.height(), Swscale.scale(low.rgb(), low.width(), low.height(), gt.width(), gt.height(), Swscale.LANCZOS)));
                out.forEach((k, img) -> {
                    double[] s = sums.computeIfAbsent(k, x -> new double[3]);
                    s[0] += Frames.psnr(img, gt);
                    s[1] += Frames.ssim(img, gt);
                    s[2] += Frames.sharpness(img) / gs;
                });
            }
            sums.forEach((k, s) -> System.out.printf(Locale.ROOT, "| x%d | %s | %.2f | %.4f | %.2f |%n", f, k,
                    s[0] / images.size(), s[1] / images.size(), s[2] / images.size()));
        }
    }

    static Frames.Image enhance(Frames.Image low, InferenceSession model, int scale) {
        return enhance(low, model, scale, "enhance");
    }

    static Frames.Image enhance(Frames.Image low, InferenceSession model, int scale, String mode) {
        UpscalePlan plan = UpscalePlan.of(ParameterValues.of("scale", Integer.toString(scale), "temporalSmoothing", 0.0, "mode", mode), low.width(), low.height());
        float[] planes = new UpscalePlugin.FrameUpscaler(plan, model).upscale(low.rgb(), low.width(), low.height(), () -> {});
        return new Frames.Image(plan.width(), plan.height(), Planes.toRgb(planes, plan.width(), plan.height(), null));
    }

    /** The largest centred crop whose sides are multiples of {@code m}. */
    static Frames.Image crop(Frames.Image img, int m) {
        int w = img.width() / m * m, h = img.height() / m * m;
        return cropAt(img, (img.width() - w) / 2, (img.height() - h) / 2, w, h);
    }

    static Frames.Image cropAt(Frames.Image img, int x0, int y0, int w, int h) {
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) System.arraycopy(img.rgb(), ((y0 + y) * img.width() + x0) * 3, out, y * w * 3, w * 3);
        return new Frames.Image(w, h, out);
    }

    // ---------------------------------------------------------------- flicker

    static void flicker(Frames.Image source, InferenceSession x2) {
        int w = 320, h = 240, n = 12;
        Frames.Image big = crop(source, 4);
        // slow pan: the ground-truth window moves 1 truth pixel (half an input pixel) per frame
        List<Frames.Image> panTruth = new ArrayList<>();
        for (int i = 0; i < n; i++) panTruth.add(cropAt(big, (big.width() - w - n) / 2 + i, (big.height() - h) / 2, w, h));
        List<Frames.Image> panIn = panTruth.stream().map(t -> Frames.areaDown(t, 2)).toList();
        // static shot with sensor noise (sigma 3 levels per channel, independent per frame)
        Frames.Image still = panTruth.getFirst();
        Random rnd = new Random(42);
        List<Frames.Image> staticIn = new ArrayList<>();
        for (int i = 0; i < n; i++) staticIn.add(Frames.noisy(Frames.areaDown(still, 2), 3, rnd));
        List<Frames.Image> staticTruth = java.util.Collections.nCopies(n, still);

        System.out.printf(Locale.ROOT, "%nFlicker, x2 of a 160x120 input, %d frames: output flicker (mean |frame - previous|, levels) over the truth's"
                + " and over the Lanczos-upscaled input's; PSNR against the truth%n", n);
        System.out.printf(Locale.ROOT, "| shot | mode | flicker | / truth | / source | PSNR dB |%n|---|---|---|---|---|---|%n");
        for (var shot : List.of(Map.entry("slow pan", List.of(panIn, panTruth)), Map.entry("static, noise sigma 3", List.of(staticIn, staticTruth)))) {
            List<Frames.Image> in = shot.getValue().get(0);
            List<Frames.Image> truth = shot.getValue().get(1);
            double truthFlicker = Frames.flicker(truth);
            double sourceFlicker = Frames.flicker(in.stream().map(f -> Frames.lanczos(f, w, h)).toList());
            Map<String, List<Frames.Image>> outs = new LinkedHashMap<>();
            outs.put("enhance, smoothing 0", run(in, x2, "enhance", 0));
            outs.put("enhance, smoothing 0.6 (default)", run(in, x2, "enhance", 0.6));
            outs.put("enhance, smoothing 1", run(in, x2, "enhance", 1));
            outs.put("fidelity", run(in, null, "fidelity", 0));
            outs.forEach((k, out) -> {
                double fl = Frames.flicker(out);
                double psnr = 0;
                for (int i = 0; i < out.size(); i++) psnr += Frames.psnr(out.get(i), truth.get(i));
                System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %s | %.2f | %.2f |%n", shot.getKey(), k, fl,
                        truthFlicker > 0 ? String.format(Locale.ROOT, "%.2f", fl / truthFlicker) : "n/a (truth still)", fl / sourceFlicker, psnr / out.size());
            });
            System.out.printf(Locale.ROOT, "| %s | (truth %.2f, Lanczos of the input %.2f) | | | | |%n", shot.getKey(), truthFlicker, sourceFlicker);
        }
    }

    static List<Frames.Image> run(List<Frames.Image> in, InferenceSession model, String mode, double smoothing) {
        Frames.Image first = in.getFirst();
        UpscalePlan plan = UpscalePlan.of(ParameterValues.of("scale", "2", "mode", mode, "temporalSmoothing", smoothing), first.width(), first.height());
        var up = new UpscalePlugin.FrameUpscaler(plan, model);
        List<Frames.Image> out = new ArrayList<>();
        for (Frames.Image f : in) {
            out.add(new Frames.Image(plan.width(), plan.height(), Planes.toRgb(up.upscale(f.rgb(), f.width(), f.height(), () -> {}), plan.width(), plan.height(), null)));
        }
        return out;
    }

    // ---------------------------------------------------------------- throughput

    static void throughput(PluginTestKit kit, Path city, int frames, ModelAccess models) throws Exception {
        UpscalePlan plan = UpscalePlan.of(ParameterValues.of("scale", "2", "mode", "animation"), 640, 360);
        TiledUpscaler tiler = UpscalePlugin.tiler(plan);
        TiledUpscaler.Axis[] layout = tiler.layout(640, 360);
        int tw = layout[0].window(), th = layout[1].window(), tiles = tiler.tileCount(640, 360), batch = tiler.batchFor(640, 360);
        int calls = (tiles + batch - 1) / batch;
        long[] shape = {batch, 3, th, tw};
        float[] data = new float[batch * 3 * th * tw];
        Random rnd = new Random(1);
        for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(256) / 255f;
        Path onnx = ModelCache.defaultCache().onnxFile(ModelCatalog.descriptor(plan.modelId()));
        // DJL creates the process's OrtEnvironment (with its thread options) on first use, so start it first; its
        // sessions use default SessionOptions, the same as the raw sessions below
        double sessionBefore = apiSession(models, plan.modelId(), data, shape, calls, frames);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double rawBefore = rawOrt(env, onnx, data, shape, calls, frames);

        List<double[]> stamps = new CopyOnWriteArrayList<>(); // {nanoTime, frames done}
        ClipRef clip = kit.clip("city", city, 0, frames);
        resetHeapPeaks();
        JobHandle h = kit.start(UpscalePlugin.ID, kit.job(clip, "scale", "2", "mode", "animation"));
        h.addListener(new JobListener() {
            @Override
            public void onProgress(JobHandle handle, JobProgress p) {
                if (p.fraction() > 0) stamps.add(new double[] {System.nanoTime(), Math.round(p.fraction() * frames)});
            }
        });
        long start = System.nanoTime();
        var done = h.result().get(10, TimeUnit.MINUTES);
        long end = System.nanoTime();
        long heapPeak = heapPeak();
        String rss = peakRss();
        String estimate = h.log().stream().map(l -> l.message()).filter(m -> m.contains(" for ")).findFirst().orElse("?");
        double[] a = stamps.getFirst(), b = stamps.getLast();
        double perFrame = b[1] > a[1] ? (b[0] - a[0]) / 1e9 / (b[1] - a[1]) : (end - start) / 1e9 / frames;

        double rawAfter = rawOrt(env, onnx, data, shape, calls, frames);
        double sessionAfter = apiSession(models, plan.modelId(), data, shape, calls, frames);
        double raw = (rawBefore + rawAfter) / 2;
        double session = (sessionBefore + sessionAfter) / 2;

        System.out.printf(Locale.ROOT, "%nThroughput, 640x360 -> 1280x720 (x2 enhance, tile %d: %d tiles of %dx%d, batch %d), %d frames of the demo skyline pan, %d cores%n",
                plan.tileSize(), tiles, tw, th, batch, frames, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "| measure | value |%n|---|---|%n");
        System.out.printf(Locale.ROOT, "| plugin through the host (decode, tiles, blend, filter, H.264+AAC), steady state | %.3f s/frame = %.3f fps |%n", perFrame, 1 / perFrame);
        System.out.printf(Locale.ROOT, "| raw ONNX Runtime %s (default session options), same tiles, before/after the job | %.3f / %.3f s/frame |%n", env.getVersion(), rawBefore, rawAfter);
        System.out.printf(Locale.ROOT, "| the host's InferenceSession (DJL) alone, same tiles, before/after | %.3f / %.3f s/frame |%n", sessionBefore, sessionAfter);
        System.out.printf(Locale.ROOT, "| overhead ratio vs raw ONNX Runtime measured minutes apart (load drift included) | %.3f |%n", perFrame / raw);
        System.out.printf(Locale.ROOT, "| overhead ratio vs the bare InferenceSession | %.3f |%n", perFrame / session);
        System.out.printf(Locale.ROOT, "| whole job incl. model load and probe | %.1f s for %d frames |%n", (end - start) / 1e9, frames);
        System.out.printf(Locale.ROOT, "| plugin's estimate before starting | %s |%n", estimate);
        String stages = h.log().stream().map(l -> l.message()).filter(m -> m.contains("per frame:")).findFirst().orElse("?");
        System.out.printf(Locale.ROOT, "| the plugin's own stage times (same run; model = time inside the model calls) | %s |%n", stages.replaceFirst("^clip \\S+ ", ""));
        System.out.printf(Locale.ROOT, "| peak Java heap during the job | %.0f MB |%n", heapPeak / 1e6);
        System.out.printf(Locale.ROOT, "| peak RSS of the process after the job | %s |%n", rss);
        // the ratios above compare moments minutes apart; on a shared machine load drifts more than the overhead,
        // so the figure to judge the goal by is measured side by side and multiplied by the job's stage ratio
        System.out.println();
        double[] sideBySide = SideBySideBench.measure(4);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("total / model = ([0-9.]+)").matcher(stages);
        double stageRatio = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        System.out.printf(Locale.ROOT, "| overhead ratio vs raw ONNX Runtime, side by side: plugin frame path / raw (median) x job total / model time | %.3f x %.3f = %.3f (goal <= 1.15) |%n",
                sideBySide[1], stageRatio, sideBySide[1] * stageRatio);
        if (done.result().outputs().isEmpty()) throw new IllegalStateException("no output");
    }

    /** Seconds per frame of raw ONNX Runtime on the tiles (one warm-up call first). */
    static double rawOrt(OrtEnvironment env, Path onnx, float[] data, long[] shape, int calls, int frames) throws Exception {
        try (OrtSession session = env.createSession(onnx.toString(), new OrtSession.SessionOptions())) {
            String inputName = session.getInputNames().iterator().next();
            for (int f = -1; f < frames; f++) {
                if (f == 0) resetClock();
                for (int c = 0; c < calls; c++) {
                    try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape); var r = session.run(Map.of(inputName, in))) {
                        float[] out = new float[((OnnxTensor) r.get(0)).getFloatBuffer().remaining()];
                        ((OnnxTensor) r.get(0)).getFloatBuffer().get(out);
                    }
                }
            }
            return clock() / frames;
        }
    }

    /** Seconds per frame of the plugin API's InferenceSession (what the plugin calls) on the tiles alone. */
    static double apiSession(ModelAccess models, String id, float[] data, long[] shape, int calls, int frames) throws IOException {
        try (InferenceSession s = models.open(id)) {
            for (int f = -1; f < frames; f++) {
                if (f == 0) resetClock();
                for (int c = 0; c < calls; c++) s.runOne(new dev.cutroom.plugin.api.Tensor(shape, data));
            }
            return clock() / frames;
        }
    }

    private static long clockStart;

    static void resetClock() {
        clockStart = System.nanoTime();
    }

    static double clock() {
        return (System.nanoTime() - clockStart) / 1e9;
    }

    // ---------------------------------------------------------------- inputs and helpers

    static Named frame(PluginTestKit kit, Path file, int index, String name) throws IOException {
        return new Named(name, Frames.decode(kit.clip(name, file, index, 1)).getFirst());
    }

    static Named photo(Path file) throws IOException {
        BufferedImage src = ImageIO.read(file.toFile());
        if (src == null) throw new IOException("not an image: " + file);
        int w = src.getWidth(), h = src.getHeight();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int p = src.getRGB(x, y), i = (y * w + x) * 3;
            rgb[i] = (byte) (p >> 16);
            rgb[i + 1] = (byte) (p >> 8);
            rgb[i + 2] = (byte) p;
        }
        return new Named(file.getFileName().toString(), new Frames.Image(w, h, rgb));
    }

    static List<Path> findPhotos() throws IOException {
        Path share = Path.of("/usr/share");
        if (!Files.isDirectory(share)) return List.of();
        try (Stream<Path> s = Files.find(share, 12, (p, a) -> a.isRegularFile() && a.size() > 50_000
                && p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.jpe?g"))) {
            return s.limit(4).toList();
        }
    }

    static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> s) {
        return new java.util.function.Supplier<>() {
            T value;
            @Override public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }

    static void resetHeapPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return String.format(Locale.ROOT, "%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux
        }
        return "?";
    }
}

package dev.cutroom.plugin.upscale.bench;

import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import dev.cutroom.plugin.upscale.UpscalePlan;
import dev.cutroom.plugin.upscale.UpscalePlugin;
import dev.cutroom.realfootage.Corpus;
import dev.cutroom.realfootage.H264Clip;
import dev.cutroom.realfootage.UpscaleCase;
import dev.cutroom.plugin.testkit.PluginTestKit;
import dev.cutroom.plugin.upscale.FilterBank;
import dev.cutroom.plugin.upscale.FilterBankUpscaler;
import dev.cutroom.plugin.upscale.Frames;
import dev.cutroom.plugin.upscale.Planes;
import dev.cutroom.plugin.upscale.Swscale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Camera mode against Lanczos and bicubic on real photographs the filters were not trained on:
 *
 * <pre>
 *   java -cp ... dev.cutroom.plugin.upscale.bench.CameraModeBench [PHOTO_DIR [BANK_DIR]]
 * </pre>
 *
 * PHOTO_DIR defaults to the corpus's photographs ({@code tools/fetch-real-photos.sh}). Each photograph of
 * {@link #EVALUATION} is area-averaged down x2, x3 and x4 (as is, and after an H.264 round
 * trip through the host's encoder) and upscaled back: PSNR (RGB), SSIM (luma) and sharpness (mean luma gradient
 * over the truth's), averaged over the photographs. Then a slow pan (1 true pixel a frame) over the first one,
 * x2, encoded as one H.264 clip: flicker (mean |frame - previous|) of each method over the source's (the
 * Lanczos-upscaled input's). Then every mode on the real-footage corpus ({@link #corpus}). BANK_DIR reads freshly
 * trained filters instead of the shipped ones.
 */
public final class CameraModeBench {
    /** Photographs reported on (never trained on). */
    public static final List<String> EVALUATION = List.of("astronaut.png", "chelsea.png", "coffee.png", "camera.png", "rocket.jpg");

    public static void main(String[] args) throws Exception {
        Path photos = args.length > 0 ? Path.of(args[0]) : dev.cutroom.realfootage.RealPhotos.folder();
        Path banks = args.length > 1 ? Path.of(args[1]) : null;
        Path work = Files.createTempDirectory("camera-bench");
        try (PluginTestKit kit = PluginTestKit.create(work)) {
            System.out.printf(Locale.ROOT, "photographs: %s (PSNR dB / SSIM / sharpness vs truth)%n", EVALUATION);
            System.out.printf(Locale.ROOT, "| factor | input | camera | Lanczos-3 | bicubic (FFmpeg) | camera - Lanczos |%n|---|---|---|---|---|---|%n");
            for (int s = 2; s <= 4; s++) {
                if (banks != null && !Files.exists(banks.resolve("camera-x" + s + ".bin"))) continue;
                FilterBank bank = bank(banks, s);
                for (boolean coded : new boolean[] {false, true}) {
                    double[][] m = new double[3][3];
                    for (String name : EVALUATION) {
                        Frames.Image gt = FilterBankTrainer.crop(FilterBankTrainer.read(photos.resolve(name)), 2 * s);
                        Frames.Image lo = Frames.areaDown(gt, s);
                        if (coded) lo = FilterBankTrainer.h264(kit, work, lo);
                        List<Frames.Image> outs = List.of(camera(lo, bank), Frames.lanczos(lo, gt.width(), gt.height()),
                                new Frames.Image(gt.width(), gt.height(), Swscale.scale(lo.rgb(), lo.width(), lo.height(), gt.width(), gt.height(), Swscale.BICUBIC)));
                        for (int k = 0; k < 3; k++) {
                            m[k][0] += Frames.psnr(outs.get(k), gt) / EVALUATION.size();
                            m[k][1] += Frames.ssim(outs.get(k), gt) / EVALUATION.size();
                            m[k][2] += Frames.sharpness(outs.get(k)) / Frames.sharpness(gt) / EVALUATION.size();
                        }
                    }
                    System.out.printf(Locale.ROOT, "| x%d | %s | %s | %s | %s | %+.2f dB |%n", s, coded ? "area + H.264" : "area", cell(m[0]), cell(m[1]), cell(m[2]), m[0][0] - m[1][0]);
                }
            }
            pan(kit, work, FilterBankTrainer.read(photos.resolve(EVALUATION.getFirst())), bank(banks, 2));
            corpus(work, banks == null ? null : new FilterBank[] {null, null, bank(banks, 2), null, null});
        }
    }

    /**
     * Every mode on the real-footage corpus's upscale clips (full size: each photograph panned, zoomed and shaken,
     * area /2 or /4, sensor noise, H.264), frame by frame through the plugin's own frame path (camera and animation
     * with their default temporal smoothing), against Lanczos and FFmpeg's bicubic. Flicker is the mean
     * |frame - previous| over the source's (the Lanczos-upscaled input's). With freshly trained filters, the camera
 * row runs them directly (no temporal smoothing).
     */
    static void corpus(Path work, FilterBank[] trained) throws IOException {
        ModelAccess models = new HostModelAccess(List.of(UpscalePlan.modelId(2), UpscalePlan.modelId(4)),
                dev.cutroom.models.Models::createDefault, ModelSources.standard(null));
        System.out.printf(Locale.ROOT, "%nreal-footage corpus (Corpus.upscaleCases, FULL; PSNR dB / SSIM / sharpness vs truth / flicker vs source)%n");
        System.out.printf(Locale.ROOT, "| factor | method | PSNR dB | SSIM | sharpness | flicker / source |%n|---|---|---|---|---|---|%n");
        for (int scale : trained == null ? new int[] {2, 4} : new int[] {2}) {
            List<UpscaleCase> cases = Corpus.upscaleCases(work.resolve("corpus-x" + scale), Corpus.Size.FULL, scale);
            java.util.Map<String, double[]> rows = new java.util.LinkedHashMap<>();
            try (InferenceSession anim = models.open(UpscalePlan.modelId(scale))) {
                for (UpscaleCase c : cases) {
                    List<Frames.Image> truth = c.truth().stream().map(p -> new Frames.Image(p.width(), p.height(), p.rgb())).toList();
                    List<Frames.Image> input = H264Clip.read(c.video(), 0, 0).stream().map(p -> new Frames.Image(p.width(), p.height(), p.rgb())).toList();
                    int w = truth.getFirst().width(), h = truth.getFirst().height();
                    java.util.Map<String, List<Frames.Image>> outs = new java.util.LinkedHashMap<>();
                    if (trained == null) outs.put("camera (default)", plugin(input, "camera", scale, null));
                    else outs.put("camera, trained filters, no smoothing", input.stream().map(f -> camera(f, trained[scale])).toList());
                    outs.put("animation (animevideov3)", plugin(input, "animation", scale, anim));
                    outs.put("fidelity (Lanczos-3)", input.stream().map(f -> Frames.lanczos(f, w, h)).toList());
                    outs.put("bicubic (FFmpeg)", input.stream().map(f -> new Frames.Image(w, h, Swscale.scale(f.rgb(), f.width(), f.height(), w, h, Swscale.BICUBIC))).toList());
                    double source = Frames.flicker(outs.get("fidelity (Lanczos-3)"));
                    for (var e : outs.entrySet()) {
                        double[] r = rows.computeIfAbsent(e.getKey(), k -> new double[4]);
                        List<Frames.Image> o = e.getValue();
                        for (int i = 0; i < o.size(); i++) {
                            r[0] += Frames.psnr(o.get(i), truth.get(i)) / o.size() / cases.size();
                            r[1] += Frames.ssim(o.get(i), truth.get(i)) / o.size() / cases.size();
                            r[2] += Frames.sharpness(o.get(i)) / Frames.sharpness(truth.get(i)) / o.size() / cases.size();
                        }
                        r[3] += Frames.flicker(o) / source / cases.size();
                    }
                }
            }
            for (var e : rows.entrySet()) {
                double[] r = e.getValue();
                System.out.printf(Locale.ROOT, "| x%d | %s | %.2f | %.3f | %.2f | %.2f |%n", scale, e.getKey(), r[0], r[1], r[2], r[3]);
            }
        }
    }

    /** A clip's frames through the plugin's frame path (default temporal smoothing). */
    static List<Frames.Image> plugin(List<Frames.Image> input, String mode, int scale, InferenceSession model) {
        Frames.Image first = input.getFirst();
        UpscalePlan plan = UpscalePlan.of(ParameterValues.of("scale", Integer.toString(scale), "mode", mode), first.width(), first.height());
        UpscalePlugin.FrameUpscaler up = new UpscalePlugin.FrameUpscaler(plan, model);
        List<Frames.Image> out = new ArrayList<>();
        for (Frames.Image f : input) {
            float[] planes = up.upscale(f.rgb(), f.width(), f.height(), () -> {});
            out.add(new Frames.Image(plan.width(), plan.height(), Planes.toRgb(planes, plan.width(), plan.height(), null)));
        }
        return out;
    }

    static String cell(double[] m) {
        return String.format(Locale.ROOT, "%.2f / %.3f / %.2f", m[0], m[1], m[2]);
    }

    static FilterBank bank(Path dir, int s) throws IOException {
        if (dir == null) return FilterBank.shipped(s);
        try (InputStream in = Files.newInputStream(dir.resolve("camera-x" + s + ".bin"))) {
            return FilterBank.read(in);
        }
    }

    /** Camera mode on one picture, rounded to RGB24. */
    public static Frames.Image camera(Frames.Image lo, FilterBank bank) {
        int s = bank.scale();
        float[] out = FilterBankUpscaler.upscale(Planes.fromRgb(lo.rgb(), lo.width(), lo.height()), lo.width(), lo.height(), bank);
        return new Frames.Image(lo.width() * s, lo.height() * s, Planes.toRgb(out, lo.width() * s, lo.height() * s, null));
    }

    static void pan(PluginTestKit kit, Path work, Frames.Image photo, FilterBank bank) throws IOException {
        int w = 320, h = 240, n = 12;
        List<Frames.Image> truth = new ArrayList<>(), low = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] rgb = new byte[w * h * 3];
            for (int y = 0; y < h; y++) System.arraycopy(photo.rgb(), ((y + 100) * photo.width() + 100 + i) * 3, rgb, y * w * 3, w * 3);
            Frames.Image t = new Frames.Image(w, h, rgb);
            truth.add(t);
            low.add(Frames.areaDown(t, 2));
        }
        Path clip = Frames.video(work.resolve("pan.mp4"), new Fps(25, 1), low, 0);
        List<Frames.Image> coded = Frames.decode(kit.clip("pan", clip));
        List<Frames.Image> cam = new ArrayList<>(), lan = new ArrayList<>();
        double pc = 0, pl = 0;
        for (int i = 0; i < n; i++) {
            cam.add(camera(coded.get(i), bank));
            lan.add(Frames.lanczos(coded.get(i), w, h));
            pc += Frames.psnr(cam.get(i), truth.get(i)) / n;
            pl += Frames.psnr(lan.get(i), truth.get(i)) / n;
        }
        double source = Frames.flicker(lan), t = Frames.flicker(truth);
        System.out.printf(Locale.ROOT, "%nslow pan x2 (%dx%d from %s, 1 true px a frame, H.264): flicker / source (Lanczos of the input) | / truth | PSNR%n", w, h, EVALUATION.getFirst());
        System.out.printf(Locale.ROOT, "| camera | %.2f | %.2f | %.2f dB |%n| Lanczos-3 | %.2f | %.2f | %.2f dB |%n",
                Frames.flicker(cam) / source, Frames.flicker(cam) / t, pc, 1.0, source / t, pl);
    }
}

package dev.cutroom.app.bench.quality;

import dev.cutroom.app.bench.BenchTable;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.media.ShownSize;
import dev.cutroom.plugin.host.media.Times;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.realfootage.Corpus;
import dev.cutroom.realfootage.H264Clip;
import dev.cutroom.realfootage.Picture;
import dev.cutroom.realfootage.UpscaleCase;
import dev.cutroom.timeline.model.MediaInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The upscale plugin on the corpus's upscale clips (photographs filmed with a slow pan, zoom and shake, area
 * downscaled /2 and /4, sensor noise, H.264), run through the plugin host as a user runs it (each mode's defaults;
 * the take is H.264 like any take), against the truth: PSNR over RGB, SSIM of luma (8x8 windows), sharpness (mean
 * luma gradient over the truth's) and flicker (mean |frame - previous| over the source's, the Lanczos-upscaled
 * input; and over the truth's). Baselines: fidelity mode (Lanczos-3, through the plugin as well) and FFmpeg's scaler
 * on decoding (bicubic, not re-encoded). Goals (issue 12): at x2 camera at least 0.5 dB over Lanczos, at x4 above
 * it, SSIM no lower, sharper, and flicker no more than the source's.
 */
final class UpscaleQuality implements QualitySection {
    static final String PLUGIN = "dev.cutroom.upscale";
    static final List<String> MODES = List.of("camera", "animation", "fidelity");

    @Override
    public String name() {
        return "upscale";
    }

    @Override
    public void run(QualityRun run, BenchTable table) throws Exception {
        PluginRegistry registry = PluginRegistry.discover(Thread.currentThread().getContextClassLoader(), null, ApiVersion.CURRENT);
        JobRunner runner = JobRunner.builder(registry).mode(ExecutionMode.IN_PROCESS).workRoot(run.work().resolve("jobs")).build();
        for (int scale : new int[] {2, 4}) {
            List<UpscaleCase> cases = Corpus.upscaleCases(run.work(), run.size(), scale);
            Map<String, double[]> scores = new LinkedHashMap<>();
            for (UpscaleCase c : cases) {
                List<Picture> truth = c.truth();
                Map<String, List<Picture>> outs = new LinkedHashMap<>();
                for (String mode : MODES) outs.put(mode, upscale(runner, c, mode, scale));
                outs.put("bicubic", H264Clip.read(c.video(), c.truthWidth(), c.truthHeight()));
                double source = Metrics.flicker(outs.get("fidelity")), truthFlicker = Metrics.flicker(truth);
                for (var e : outs.entrySet()) {
                    double[] s = scores.computeIfAbsent(e.getKey(), k -> new double[6]);
                    List<Picture> o = e.getValue();
                    int n = Math.min(o.size(), truth.size());
                    for (int i = 0; i < n; i++) {
                        s[0] += H264Clip.psnr(truth.get(i), o.get(i)) / n;
                        s[1] += Metrics.ssim(truth.get(i), o.get(i)) / n;
                        s[2] += Metrics.gradient(o.get(i)) / Metrics.gradient(truth.get(i)) / n;
                    }
                    s[3] += Metrics.flicker(o) / source;
                    s[4]++;
                    s[5] += Metrics.flicker(o) / truthFlicker;
                }
                run.log().printf(Locale.ROOT, "  %s x%d done%n", c.name(), scale);
            }
            String p = "upscale x" + scale + " (" + cases.size() + " corpus clips, " + cases.getFirst().truthWidth() + "x" + cases.getFirst().truthHeight() + " truth)";
            for (var e : scores.entrySet()) {
                double[] s = e.getValue();
                table.addInfo(p + ": " + label(e.getKey()), String.format(Locale.ROOT, "PSNR %.2f dB, SSIM %.3f, sharpness %.2f, flicker %.2f of the source's (%.2f of the truth's)",
                        s[0] / s[4], s[1] / s[4], s[2] / s[4], s[3] / s[4], s[5] / s[4]));
            }
            double[] cam = scores.get("camera"), lan = scores.get("fidelity");
            double gain = (cam[0] - lan[0]) / cam[4];
            boolean rest = cam[1] >= lan[1] && cam[2] > lan[2];
            String value = String.format(Locale.ROOT, "%+.2f dB, SSIM %+.3f, sharpness %.2f vs %.2f", gain, (cam[1] - lan[1]) / cam[4], cam[2] / cam[4], lan[2] / lan[4]);
            if (scale == 2) table.add(p + ": camera (default) vs Lanczos", value, ">= +0.5 dB, SSIM no lower, sharper", gain >= 0.5 && rest);
            else table.add(p + ": camera (default) vs Lanczos", value, "> 0 dB, SSIM no lower, sharper", gain > 0 && rest);
            table.add(p + ": camera (default) flicker", String.format(Locale.ROOT, "%.2f of the source's, %.2f of the truth's", cam[3] / cam[4], cam[5] / cam[4]),
                    "<= the source's", cam[3] / cam[4] <= 1.0 + 1e-9);
        }
    }

    private static String label(String mode) {
        return switch (mode) {
            case "camera" -> "camera (default, learned filters)";
            case "animation" -> "animation (Real-ESRGAN animevideov3)";
            case "fidelity" -> "fidelity (Lanczos-3)";
            default -> "bicubic (FFmpeg scaler on decoding, not re-encoded)";
        };
    }

    /** Runs the plugin on the case's clip in one mode and decodes the new take. */
    private static List<Picture> upscale(JobRunner runner, UpscaleCase c, String mode, int scale) throws Exception {
        MediaInfo info = MediaProbe.probe(c.video());
        var v = info.video();
        ShownSize shown = ShownSize.of(c.video(), v);
        ClipRef clip = new ClipRef(c.name(), "track-v1", c.video().toAbsolutePath(), new TimeSpan(ExactTime.ZERO, Times.exact(info.duration())),
                ExactTime.ZERO, Times.fps(v.frameRate()), shown.width(), shown.height(), 0, 0);
        Job job = new Job(new Selection.Clips(List.of(clip)), ParameterValues.of("scale", Integer.toString(scale), "mode", mode), "");
        CompletedJob done = runner.submit(PLUGIN, job).result().get(30, TimeUnit.MINUTES);
        List<Output.NewTake> takes = new ArrayList<>();
        for (Output o : done.result().outputs()) if (o instanceof Output.NewTake t) takes.add(t);
        return H264Clip.read(takes.getFirst().file(), 0, 0);
    }

    /** The bench's measures on packed RGB pictures. */
    static final class Metrics {
        private Metrics() {}

        static double luma(Picture p, int x, int y) {
            return 0.299 * p.at(x, y, 0) + 0.587 * p.at(x, y, 1) + 0.114 * p.at(x, y, 2);
        }

        /** Mean luma gradient magnitude (central differences). */
        static double gradient(Picture p) {
            double s = 0;
            for (int y = 1; y < p.height() - 1; y++) for (int x = 1; x < p.width() - 1; x++) {
                double gx = (luma(p, x + 1, y) - luma(p, x - 1, y)) / 2, gy = (luma(p, x, y + 1) - luma(p, x, y - 1)) / 2;
                s += Math.sqrt(gx * gx + gy * gy);
            }
            return s / Math.max(1, (p.width() - 2) * (p.height() - 2));
        }

        /** SSIM of the luma, 8x8 windows with stride 4, the usual constants. */
        static double ssim(Picture a, Picture b) {
            double c1 = Math.pow(0.01 * 255, 2), c2 = Math.pow(0.03 * 255, 2), s = 0;
            int n = 0;
            for (int y0 = 0; y0 + 8 <= a.height(); y0 += 4) for (int x0 = 0; x0 + 8 <= a.width(); x0 += 4) {
                double ma = 0, mb = 0, va = 0, vb = 0, cov = 0;
                for (int y = y0; y < y0 + 8; y++) for (int x = x0; x < x0 + 8; x++) { ma += luma(a, x, y); mb += luma(b, x, y); }
                ma /= 64;
                mb /= 64;
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

        /** Mean absolute difference between consecutive frames, in levels. */
        static double flicker(List<Picture> frames) {
            double s = 0;
            for (int i = 1; i < frames.size(); i++) {
                byte[] a = frames.get(i).rgb(), b = frames.get(i - 1).rgb();
                long d = 0;
                for (int k = 0; k < a.length; k++) d += Math.abs((a[k] & 0xff) - (b[k] & 0xff));
                s += (double) d / a.length;
            }
            return s / Math.max(1, frames.size() - 1);
        }
    }
}

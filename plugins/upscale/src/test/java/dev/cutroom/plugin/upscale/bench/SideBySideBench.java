package dev.cutroom.plugin.upscale.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Tensor;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import dev.cutroom.plugin.upscale.Frames;
import dev.cutroom.plugin.upscale.TiledUpscaler;
import dev.cutroom.plugin.upscale.UpscalePlan;
import dev.cutroom.plugin.upscale.UpscalePlugin;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The upscale overhead measured side by side on a shared machine, where load drifts by 2x within a minute: per round,
 * one 640x360 frame's worth of x2 tiles through (A) raw ONNX Runtime, (B) the host's InferenceSession (DJL) and
 * (C) the plugin's whole frame path (colour conversion, tile copies, the model through the session, feathered
 * blending, the temporal filter), in rotated order, so that the three share each moment's load. Prints each round
 * and the median and range of B/A and C/A. Decode and H.264 encode are not in C (the job logs them: a few percent).
 *
 * <pre>java ... dev.cutroom.plugin.upscale.bench.SideBySideBench [rounds]</pre>
 */
public final class SideBySideBench {
    public static void main(String[] args) throws Exception {
        measure(args.length > 0 ? Integer.parseInt(args[0]) : 6);
    }

    /** Prints the rounds; returns the medians {session / raw, plugin frame path / raw}. */
    static double[] measure(int rounds) throws Exception {
        UpscalePlan plan = UpscalePlan.of(ParameterValues.of("scale", "2", "mode", "animation"), 640, 360);
        TiledUpscaler tiler = UpscalePlugin.tiler(plan);
        TiledUpscaler.Axis[] layout = tiler.layout(640, 360);
        int tw = layout[0].window(), th = layout[1].window(), batch = tiler.batchFor(640, 360);
        int calls = (tiler.tileCount(640, 360) + batch - 1) / batch;
        long[] shape = {batch, 3, th, tw};
        float[] tiles = new float[batch * 3 * th * tw];
        Random rnd = new Random(1);
        for (int i = 0; i < tiles.length; i++) tiles[i] = rnd.nextInt(256) / 255f;
        Frames.Image frame = Frames.scene(640, 360, 0);

        ModelAccess models = new HostModelAccess(List.of(plan.modelId()), dev.cutroom.models.Models::createDefault, ModelSources.standard(null));
        try (InferenceSession session = models.open(plan.modelId())) { // DJL creates the OrtEnvironment first, as in the app
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            Path onnx = ModelCache.defaultCache().onnxFile(ModelCatalog.descriptor(plan.modelId()));
            try (OrtSession raw = env.createSession(onnx.toString(), new OrtSession.SessionOptions())) {
                String input = raw.getInputNames().iterator().next();
                UpscalePlugin.FrameUpscaler plugin = new UpscalePlugin.FrameUpscaler(plan, session);
                Runnable[] ways = {
                    () -> { for (int c = 0; c < calls; c++) rawRun(env, raw, input, tiles, shape); },
                    () -> { for (int c = 0; c < calls; c++) session.runOne(new Tensor(shape, tiles)); },
                    () -> plugin.upscale(frame.rgb(), 640, 360, () -> {})
                };
                for (Runnable w : ways) w.run(); // warm-up
                System.out.printf(Locale.ROOT, "Side by side, 640x360 -> 1280x720 x2 (%d tiles of %dx%d, batch %d), %d rounds, rotated order, %d cores%n",
                        tiler.tileCount(640, 360), tw, th, batch, rounds, Runtime.getRuntime().availableProcessors());
                System.out.println("| round | raw ORT s/frame | InferenceSession s/frame | plugin frame path s/frame | session / raw | plugin / raw |");
                System.out.println("|---|---|---|---|---|---|");
                List<Double> sessionRatio = new ArrayList<>(), pluginRatio = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    double[] t = new double[3];
                    for (int k = 0; k < 3; k++) {
                        int way = (r + k) % 3;
                        long t0 = System.nanoTime();
                        ways[way].run();
                        t[way] = (System.nanoTime() - t0) / 1e9;
                    }
                    sessionRatio.add(t[1] / t[0]);
                    pluginRatio.add(t[2] / t[0]);
                    System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", r + 1, t[0], t[1], t[2], t[1] / t[0], t[2] / t[0]);
                }
                System.out.printf(Locale.ROOT, "session / raw: median %.3f, range %.3f-%.3f; plugin frame path / raw: median %.3f, range %.3f-%.3f%n",
                        median(sessionRatio), min(sessionRatio), max(sessionRatio), median(pluginRatio), min(pluginRatio), max(pluginRatio));
                return new double[] {median(sessionRatio), median(pluginRatio)};
            }
        }
    }

    private static void rawRun(OrtEnvironment env, OrtSession session, String input, float[] data, long[] shape) {
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape); var r = session.run(Map.of(input, in))) {
            FloatBuffer out = ((OnnxTensor) r.get(0)).getFloatBuffer();
            out.get(new float[out.remaining()]);
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static double min(List<Double> v) { return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN); }

    private static double max(List<Double> v) { return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN); }
}

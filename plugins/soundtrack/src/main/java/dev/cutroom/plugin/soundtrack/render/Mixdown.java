package dev.cutroom.plugin.soundtrack.render;

import dev.cutroom.plugin.soundtrack.compose.Composition;
import dev.cutroom.plugin.soundtrack.compose.Part;
import dev.cutroom.plugin.soundtrack.loudness.Normalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/**
 * Renders every part of a score alone (the stems, two at a time), sums them into the mix (Gervill's
 * effects are linear, so the sum is the mix), fades in and out, normalises the mix to a loudness target
 * with a true-peak limiter, and applies the same gain curve to the stems so that they still add up to the
 * mix. Job thread.
 */
public final class Mixdown {
    /** Longest true peak allowed in the output. */
    public static final double CEILING_DBTP = -1.0;

    private Mixdown() {}

    /**
     * The audio made.
     *
     * @param mix           planar stereo at 48 kHz
     * @param stems         one planar stereo buffer per part, in track order
     * @param loudness      what normalisation did
     * @param renderSeconds wall time of the whole mixdown
     */
    public record Result(float[][] mix, List<float[][]> stems, Normalizer.Result loudness, double renderSeconds) {}

    /** Makes the mix. Job thread. */
    public static Result produce(Composition score, GervillRenderer renderer, double fadeIn, double fadeOut, double targetLufs,
                                 Runnable checkCancelled, DoubleConsumer progress) throws IOException {
        long t0 = System.nanoTime();
        long frames = Math.round(score.duration() * GervillRenderer.SAMPLE_RATE);
        List<Part> parts = score.parts();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Math.max(1, parts.size())), r -> {
            Thread t = new Thread(r, "soundtrack-render");
            t.setDaemon(true);
            return t;
        });
        List<float[][]> stems = new ArrayList<>();
        try {
            AtomicInteger finished = new AtomicInteger();
            List<Future<float[][]>> futures = new ArrayList<>();
            for (Part p : parts) {
                futures.add(pool.submit(() -> {
                    float[][] a = renderer.render(score.sequence(), score.timeMap(), new int[] {p.track()}, frames, checkCancelled);
                    if (progress != null) progress.accept((double) finished.incrementAndGet() / parts.size());
                    return a;
                }));
            }
            for (Future<float[][]> f : futures) stems.add(f.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } finally {
            pool.shutdownNow();
        }
        float[][] mix = new float[2][(int) frames];
        for (float[][] s : stems) for (int c = 0; c < 2; c++) for (int i = 0; i < frames; i++) mix[c][i] += s[c][i];
        float[] fade = fades((int) frames, fadeIn, fadeOut);
        for (int c = 0; c < 2; c++) for (int i = 0; i < frames; i++) mix[c][i] *= fade[i];
        Normalizer.Result loudness = Normalizer.normalise(mix, GervillRenderer.SAMPLE_RATE, targetLufs, CEILING_DBTP);
        float[] curve = loudness.gainCurve();
        for (float[][] s : stems) for (int c = 0; c < 2; c++) for (int i = 0; i < frames; i++) s[c][i] *= fade[i] * curve[i];
        return new Result(mix, stems, loudness, (System.nanoTime() - t0) / 1e9);
    }

    /** Gain per sample frame: a raised-cosine fade-in and fade-out of the given lengths (shortened to fit). Any thread. */
    public static float[] fades(int frames, double fadeInSeconds, double fadeOutSeconds) {
        float[] g = new float[frames];
        java.util.Arrays.fill(g, 1f);
        int in = (int) Math.min(frames / 2, Math.round(fadeInSeconds * GervillRenderer.SAMPLE_RATE));
        int out = (int) Math.min(frames / 2, Math.round(fadeOutSeconds * GervillRenderer.SAMPLE_RATE));
        for (int i = 0; i < in; i++) g[i] *= (float) (0.5 - 0.5 * Math.cos(Math.PI * i / in));
        for (int i = 0; i < out; i++) g[frames - 1 - i] *= (float) (0.5 - 0.5 * Math.cos(Math.PI * i / out));
        return g;
    }
}

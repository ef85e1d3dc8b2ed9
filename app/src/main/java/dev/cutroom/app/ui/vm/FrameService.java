package dev.cutroom.app.ui.vm;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.render.TimelineRenderer;
import dev.cutroom.timeline.model.Project;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Renders viewer frames off the UI thread. One worker thread owns a {@link TimelineRenderer} at preview size;
 * only the newest request waits (older ones that were not started are dropped, so scrubbing never queues up);
 * recent frames are kept in a small cache. The renderer decodes forward cheaply, so playback is the fast path;
 * a jump seeks. A new project (any edit) drops the cache and the renderer.
 */
public final class FrameService implements AutoCloseable {
    /** A finished frame; {@code image} is null when {@code error} says why. */
    public record Result(long frame, Image image, String error, long latencyNanos, boolean cached) {}

    private record Request(Project project, MediaResolver resolver, long frame, long askedAt, Consumer<Result> callback) {}

    private final int maxWidth, maxHeight;
    private final Executor deliver;
    private final Thread worker;
    private final Object lock = new Object();
    private Request pending;
    private boolean closed;
    /** Share of the viewer size frames are made at (1, 1/2, 1/4): a smaller preview plays larger media in time. */
    private volatile double previewScale = 1.0;
    /** While playing forward: the frames after the last one asked for are made ahead, into the cache. */
    private volatile boolean readAhead;
    private static final int READ_AHEAD = 12;
    private final java.util.concurrent.atomic.AtomicLong madeAhead = new java.util.concurrent.atomic.AtomicLong();
    private long dropped;
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    // worker thread only
    private Project current;
    private double renderedScale = 1.0;
    private TimelineRenderer renderer;
    private String rendererError;
    private final Map<Long, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) { return size() > 48; }
    };

    public FrameService(int maxWidth, int maxHeight, Executor deliver) {
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
        this.deliver = deliver;
        this.worker = Thread.ofPlatform().daemon().name("cutroom-viewer").unstarted(this::loop);
        worker.start();
    }

    /** Asks for a frame; the callback runs on the deliver executor. A request not yet started is replaced. */
    public void request(Project project, MediaResolver resolver, long frame, Consumer<Result> callback) {
        synchronized (lock) {
            if (pending != null) dropped++;
            pending = new Request(project, resolver, frame, System.nanoTime(), callback);
            lock.notifyAll();
        }
    }

    /** Makes frames at {@code scale} of the viewer size from the next request on (1, 0.5 or 0.25). */
    public void setPreviewScale(double scale) {
        if (!(scale > 0 && scale <= 1)) throw new IllegalArgumentException("preview scale must be in (0, 1], got " + scale);
        synchronized (lock) {
            previewScale = scale;
            lock.notifyAll();
        }
    }

    public double previewScale() { return previewScale; }

    /** Frames made ahead of their request so far (for the stats and tests). */
    public long madeAhead() { return madeAhead.get(); }

    /** Whether frames after the last request are made ahead (playback forward at normal speed). */
    public void setReadAhead(boolean on) {
        synchronized (lock) {
            readAhead = on;
            lock.notifyAll();
        }
    }

    /** Requests replaced before they started (stale scrub positions). */
    public long droppedRequests() { synchronized (lock) { return dropped; } }

    /** Request-to-image latencies in nanoseconds, in order. */
    public List<Long> latencies() { synchronized (latencies) { return List.copyOf(latencies); } }

    private void loop() {
        Request last = null;
        while (true) {
            Request r;
            synchronized (lock) {
                while (pending == null && !closed && !(readAhead && last != null && aheadOf(last) >= 0)) {
                    try { lock.wait(); } catch (InterruptedException e) { return; }
                }
                if (closed) break;
                r = pending;
                pending = null;
            }
            if (r == null) {
                // nothing asked: make the next frame of the playback ahead of time (a sequential decode, no seek)
                long next = aheadOf(last);
                if (next >= 0 && render(new Request(last.project(), last.resolver(), next, System.nanoTime(), x -> { })).error() != null) {
                    last = null; // a frame that cannot be made stops reading ahead until the next request
                } else if (next >= 0) {
                    madeAhead.incrementAndGet();
                }
                continue;
            }
            last = r;
            Result result = render(r);
            latencies.add(result.latencyNanos());
            deliver.execute(() -> r.callback().accept(result));
        }
        closeRenderer();
    }

    /** The first frame after {@code last} within {@link #READ_AHEAD} that is not made yet, or -1. Worker thread. */
    private long aheadOf(Request last) {
        if (last.project() != current) return -1;
        long end = last.project().timeline().duration();
        for (long f = last.frame() + 1; f <= last.frame() + READ_AHEAD && f < end; f++) if (!cache.containsKey(f)) return f;
        return -1;
    }

    private Result render(Request r) {
        if (r.project() != current || renderedScale != previewScale) {
            closeRenderer();
            cache.clear();
            current = r.project();
            renderedScale = previewScale;
        }
        Image hit = cache.get(r.frame());
        if (hit != null) return new Result(r.frame(), hit, null, System.nanoTime() - r.askedAt(), true);
        try {
            if (renderer == null && rendererError == null) {
                var tl = r.project().timeline();
                double scale = Math.min(1.0, Math.min((double) maxWidth / tl.width(), (double) maxHeight / tl.height())) * renderedScale;
                int w = Math.max(2, (int) Math.round(tl.width() * scale)), h = Math.max(2, (int) Math.round(tl.height() * scale));
                renderer = new TimelineRenderer(r.project(), r.resolver(), w, h, null);
            }
            if (rendererError != null) return new Result(r.frame(), null, rendererError, System.nanoTime() - r.askedAt(), false);
            Image image = toImage(renderer.renderVideo(r.frame()));
            cache.put(r.frame(), image);
            return new Result(r.frame(), image, null, System.nanoTime() - r.askedAt(), false);
        } catch (RuntimeException e) {
            if (renderer == null) rendererError = e.getMessage();
            return new Result(r.frame(), null, String.valueOf(e.getMessage()), System.nanoTime() - r.askedAt(), false);
        }
    }

    private void closeRenderer() {
        if (renderer != null) renderer.close();
        renderer = null;
        rendererError = null;
    }

    /** YUV420P (BT.601 limited range) to an image; integer maths, one pass. */
    static Image toImage(VideoFrame f) {
        int w = f.width(), h = f.height();
        int[] argb = new int[w * h];
        if (f.format() == PixelFormat.YUV420P) {
            ByteBuffer d = f.data();
            int cw = (w + 1) / 2, ch = (h + 1) / 2, uBase = w * h, vBase = uBase + cw * ch;
            for (int y = 0; y < h; y++) {
                int row = y * w, crow = (y >> 1) * cw;
                for (int x = 0; x < w; x++) {
                    int yy = ((d.get(row + x) & 0xff) - 16) * 298;
                    int u = (d.get(uBase + crow + (x >> 1)) & 0xff) - 128;
                    int v = (d.get(vBase + crow + (x >> 1)) & 0xff) - 128;
                    int rr = (yy + 409 * v + 128) >> 8, gg = (yy - 100 * u - 208 * v + 128) >> 8, bb = (yy + 516 * u + 128) >> 8;
                    argb[row + x] = 0xff000000 | clamp(rr) << 16 | clamp(gg) << 8 | clamp(bb);
                }
            }
        } else {
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                int[] rgb = f.rgbAt(x, y);
                argb[y * w + x] = 0xff000000 | rgb[0] << 16 | rgb[1] << 8 | rgb[2];
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    private static int clamp(int v) { return v < 0 ? 0 : Math.min(v, 255); }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}

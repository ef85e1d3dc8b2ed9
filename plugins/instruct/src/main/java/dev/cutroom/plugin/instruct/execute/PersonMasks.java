package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.Tensor;

/**
 * Person masks from MediaPipe selfie segmentation ("mediapipe-selfie-segmentation": [1,3,256,256] RGB 0..1 in,
 * [1,1,256,256] person probability out), one per take frame, smoothed over time at the model's resolution: an
 * exponential average that follows a pixel at once where it changes a lot (someone moving) and averages where it
 * only trembles (the flicker of a still scene), then softened by a small blur so the edge is feathered.
 * Job thread; shared by the stages that need the mask of the same frame.
 */
public final class PersonMasks implements AutoCloseable {
    public static final String MODEL = "mediapipe-selfie-segmentation";
    static final int SIZE = 256;
    /** Weight of a new mask where it changes little; 1 where it changes by {@link #FOLLOW} or more. */
    private static final float CALM = 0.35f;
    private static final float FOLLOW = 0.5f;

    private final InferenceSession session;
    private boolean temporal = true;
    private float[] smoothed;
    private int cachedIndex = -1;
    private float[] cached;

    public PersonMasks(InferenceSession session) {
        this.session = session;
    }

    /** The smoothed mask of take frame {@code index} at 256x256 (computed once per index; call in frame order). */
    public float[] lowRes(RgbImage frame, int index) {
        if (index == cachedIndex) return cached;
        float[] raw = session.runOne(new Tensor(new long[] {1, 3, SIZE, SIZE}, resize(frame))).data();
        if (smoothed == null || !temporal) {
            smoothed = raw.clone();
        } else {
            for (int i = 0; i < raw.length; i++) {
                float d = raw[i] - smoothed[i];
                float w = CALM + (1 - CALM) * Math.min(1f, Math.abs(d) / FOLLOW);
                smoothed[i] += w * d;
            }
        }
        cached = boxBlur(smoothed, SIZE, 1);
        cachedIndex = index;
        return cached;
    }

    /** The mask of take frame {@code index} at the frame's size, 0..1 per pixel (bilinear from 256x256). */
    public float[] full(RgbImage frame, int index) {
        return upsample(lowRes(frame, index), frame.width(), frame.height());
    }

    /** Area-averaged resize of the frame to 256x256, NCHW 0..1. */
    static float[] resize(RgbImage img) {
        float[] out = new float[3 * SIZE * SIZE];
        int w = img.width();
        int h = img.height();
        byte[] px = img.pixels();
        int ch = img.channels();
        for (int y = 0; y < SIZE; y++) {
            int y0 = y * h / SIZE;
            int y1 = Math.max(y0 + 1, (y + 1) * h / SIZE);
            for (int x = 0; x < SIZE; x++) {
                int x0 = x * w / SIZE;
                int x1 = Math.max(x0 + 1, (x + 1) * w / SIZE);
                float r = 0, g = 0, b = 0;
                for (int yy = y0; yy < y1; yy++) {
                    for (int xx = x0; xx < x1; xx++) {
                        int i = (yy * w + xx) * ch;
                        r += px[i] & 0xff;
                        g += px[i + 1] & 0xff;
                        b += px[i + 2] & 0xff;
                    }
                }
                float n = 255f * (y1 - y0) * (x1 - x0);
                int o = y * SIZE + x;
                out[o] = r / n;
                out[SIZE * SIZE + o] = g / n;
                out[2 * SIZE * SIZE + o] = b / n;
            }
        }
        return out;
    }

    /** Bilinear upsampling of a 256x256 mask to {@code w x h} (pixel centres aligned). */
    static float[] upsample(float[] m, int w, int h) {
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            float sy = Math.max(0, Math.min(SIZE - 1, (y + 0.5f) * SIZE / h - 0.5f));
            int y0 = (int) sy;
            int y1 = Math.min(SIZE - 1, y0 + 1);
            float fy = sy - y0;
            for (int x = 0; x < w; x++) {
                float sx = Math.max(0, Math.min(SIZE - 1, (x + 0.5f) * SIZE / w - 0.5f));
                int x0 = (int) sx;
                int x1 = Math.min(SIZE - 1, x0 + 1);
                float fx = sx - x0;
                float top = m[y0 * SIZE + x0] * (1 - fx) + m[y0 * SIZE + x1] * fx;
                float bottom = m[y1 * SIZE + x0] * (1 - fx) + m[y1 * SIZE + x1] * fx;
                out[y * w + x] = top * (1 - fy) + bottom * fy;
            }
        }
        return out;
    }

    /** A separable box blur of radius {@code r} (feathering). */
    static float[] boxBlur(float[] m, int size, int r) {
        float[] tmp = new float[m.length];
        float[] out = new float[m.length];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float s = 0;
                int n = 0;
                for (int k = -r; k <= r; k++) {
                    int xx = x + k;
                    if (xx >= 0 && xx < size) { s += m[y * size + xx]; n++; }
                }
                tmp[y * size + x] = s / n;
            }
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float s = 0;
                int n = 0;
                for (int k = -r; k <= r; k++) {
                    int yy = y + k;
                    if (yy >= 0 && yy < size) { s += tmp[yy * size + x]; n++; }
                }
                out[y * size + x] = s / n;
            }
        }
        return out;
    }

    /** Switches temporal smoothing (on by default), so measurements can compare with and without. */
    public static final class Smoothing {
        private Smoothing() {}

        public static void set(PersonMasks masks, boolean on) {
            masks.temporal = on;
        }
    }

    @Override
    public void close() {
        session.close();
    }
}

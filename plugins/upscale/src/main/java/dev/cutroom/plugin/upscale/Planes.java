package dev.cutroom.plugin.upscale;

/** Conversions between packed RGB24 frames and planar float RGB in 0..1 (a model's NCHW layout). Any thread. */
public final class Planes {
    private static final float[] TO_FLOAT = new float[256];

    static {
        for (int i = 0; i < 256; i++) TO_FLOAT[i] = i / 255f;
    }

    private Planes() {}

    /** Packed RGB of {@code w x h} to three planes R, G, B in 0..1. */
    public static float[] fromRgb(byte[] rgb, int w, int h) {
        return fromRgb(rgb, w, h, new float[3 * w * h]);
    }

    /** Like {@link #fromRgb(byte[], int, int)} into {@code out} (at least {@code 3 * w * h} long). */
    public static float[] fromRgb(byte[] rgb, int w, int h, float[] out) {
        int plane = w * h;
        for (int p = 0, i = 0; p < plane; p++, i += 3) {
            out[p] = TO_FLOAT[rgb[i] & 0xff];
            out[plane + p] = TO_FLOAT[rgb[i + 1] & 0xff];
            out[2 * plane + p] = TO_FLOAT[rgb[i + 2] & 0xff];
        }
        return out;
    }

    /** Three planes in 0..1 to packed RGB, rounded and clamped; into {@code out} when it is given. */
    public static byte[] toRgb(float[] planes, int w, int h, byte[] out) {
        int plane = w * h;
        byte[] rgb = out != null ? out : new byte[3 * plane];
        for (int p = 0, i = 0; p < plane; p++, i += 3) {
            rgb[i] = toByte(planes[p]);
            rgb[i + 1] = toByte(planes[plane + p]);
            rgb[i + 2] = toByte(planes[2 * plane + p]);
        }
        return rgb;
    }

    static byte toByte(float v) {
        int q = (int) (v * 255f + 0.5f);
        return (byte) (q < 0 ? 0 : Math.min(q, 255));
    }

    /** Clamps every value to 0..1 in place (models are not bounded; the GAN overshoots a little). */
    public static void clamp01(float[] v, int length) {
        for (int i = 0; i < length; i++) {
            float x = v[i];
            v[i] = x < 0f ? 0f : (x > 1f ? 1f : x);
        }
    }
}

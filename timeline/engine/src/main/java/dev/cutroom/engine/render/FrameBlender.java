package dev.cutroom.engine.render;

import java.nio.ByteBuffer;

/**
 * Mixes two pictures of the same size and layout byte by byte: {@code a * (1 - w) + b * w}, with the
 * weight in 1/256 steps and rounding to nearest. Blending Y, U and V this way equals blending RGB, since
 * the BT.601 conversion is affine. Works on heap copies (bulk copies in and out) because indexed access to
 * direct buffers is several times slower; only frames inside a transition pay for it.
 */
final class FrameBlender {
    private byte[] first = new byte[0];
    private byte[] second = new byte[0];

    /** {@code weight} of {@code b} in 0..256; writes {@code size} bytes into {@code target} (may be {@code a} or {@code b}). */
    void blend(ByteBuffer a, ByteBuffer b, int size, int weight, ByteBuffer target) {
        if (first.length < size) { first = new byte[size]; second = new byte[size]; }
        a.get(0, first, 0, size);
        b.get(0, second, 0, size);
        int keep = 256 - weight;
        for (int i = 0; i < size; i++) {
            first[i] = (byte) (((first[i] & 0xff) * keep + (second[i] & 0xff) * weight + 128) >> 8);
        }
        target.put(0, first, 0, size);
    }

    /** A weight in 1/256 steps for a fraction in [0, 1]. */
    static int weightOf(double fraction) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * 256);
    }
}

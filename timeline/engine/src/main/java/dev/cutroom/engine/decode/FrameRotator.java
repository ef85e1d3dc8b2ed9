package dev.cutroom.engine.decode;

import java.nio.ByteBuffer;

/**
 * Turns a tightly packed picture by a quarter, half or three-quarter turn clockwise, plane by plane
 * (for YUV 4:2:0 the chroma planes turn with the luma). Works on heap copies of the planes because
 * indexed access to direct buffers is several times slower; only rotated media pays for it.
 * One instance per reader (it keeps its scratch arrays).
 */
final class FrameRotator {
    private byte[] source = new byte[0];
    private byte[] target = new byte[0];

    /**
     * @param from    the stored picture, {@code width x height}
     * @param degrees 90, 180 or 270
     * @param to      receives the turned picture ({@code height x width} for 90 and 270)
     */
    void rotate(ByteBuffer from, int width, int height, PixelFormat format, int degrees, ByteBuffer to) {
        int size = format.bufferSize(width, height);
        if (source.length < size) { source = new byte[size]; target = new byte[size]; }
        from.get(0, source, 0, size);
        if (format.isPacked()) {
            rotatePlane(0, width, height, 3, degrees);
        } else {
            int chromaWidth = (width + 1) / 2;
            int chromaHeight = (height + 1) / 2;
            int luma = width * height;
            rotatePlane(0, width, height, 1, degrees);
            rotatePlane(luma, chromaWidth, chromaHeight, 1, degrees);
            rotatePlane(luma + chromaWidth * chromaHeight, chromaWidth, chromaHeight, 1, degrees);
        }
        to.put(0, target, 0, size);
    }

    /** One plane of {@code width x height} pixels of {@code bytes} bytes each, at {@code offset} in both arrays. */
    private void rotatePlane(int offset, int width, int height, int bytes, int degrees) {
        int turnedWidth = degrees == 180 ? width : height;
        for (int y = 0; y < height; y++) {
            int row = offset + y * width * bytes;
            for (int x = 0; x < width; x++) {
                int tx, ty;
                switch (degrees) {
                    case 90 -> { tx = height - 1 - y; ty = x; }
                    case 180 -> { tx = width - 1 - x; ty = height - 1 - y; }
                    case 270 -> { tx = y; ty = width - 1 - x; }
                    default -> throw new IllegalArgumentException("not a turn: " + degrees);
                }
                int s = row + x * bytes;
                int t = offset + (ty * turnedWidth + tx) * bytes;
                for (int b = 0; b < bytes; b++) target[t + b] = source[s + b];
            }
        }
    }
}

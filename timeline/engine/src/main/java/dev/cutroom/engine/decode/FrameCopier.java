package dev.cutroom.engine.decode;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

import java.nio.ByteBuffer;

/**
 * Copies a converted FFmpeg picture into a tightly packed buffer. FFmpeg pads rows for SIMD
 * alignment; our frames never have padding, so rows are copied with native bulk copies (whole planes
 * when the strides already match).
 */
final class FrameCopier {
    private FrameCopier() {}

    static void copy(AVFrame picture, int width, int height, PixelFormat format, ByteBuffer target) {
        if (format.isPacked()) {
            copyPlane(picture, 0, width * 3, height, target, 0);
            return;
        }
        int chromaWidth = (width + 1) / 2;
        int chromaHeight = (height + 1) / 2;
        int lumaSize = width * height;
        copyPlane(picture, 0, width, height, target, 0);
        copyPlane(picture, 1, chromaWidth, chromaHeight, target, lumaSize);
        copyPlane(picture, 2, chromaWidth, chromaHeight, target, lumaSize + chromaWidth * chromaHeight);
    }

    private static void copyPlane(AVFrame picture, int plane, int rowBytes, int rows, ByteBuffer target, int targetOffset) {
        int stride = picture.linesize(plane);
        BytePointer data = picture.data(plane);
        ByteBuffer source = data.capacity((long) stride * (rows - 1) + rowBytes).asBuffer();
        if (stride == rowBytes) {
            target.put(targetOffset, source, 0, rowBytes * rows);
            return;
        }
        for (int row = 0; row < rows; row++) {
            target.put(targetOffset + row * rowBytes, source, row * stride, rowBytes);
        }
    }
}

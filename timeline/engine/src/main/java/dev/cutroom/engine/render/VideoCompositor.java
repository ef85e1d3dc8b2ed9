package dev.cutroom.engine.render;

import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Stacks opaque pictures on a black YUV 4:2:0 canvas, bottom first. Works with native bulk copies of
 * rows, never per pixel; when the top picture fills the canvas it is returned as it is (no copy).
 */
final class VideoCompositor {
    /** One picture and where it goes; the picture is already at the placement's size. */
    record Layer(VideoFrame frame, Placement placement) {}

    private final int width;
    private final int height;
    private final VideoFrame black;
    private final VideoFrame canvas;

    VideoCompositor(int width, int height) {
        this.width = width;
        this.height = height;
        this.black = VideoFrame.black(width, height, PixelFormat.YUV420P);
        this.canvas = VideoFrame.black(width, height, PixelFormat.YUV420P);
    }

    VideoFrame black() { return black; }

    /**
     * @param layers bottom to top; may be empty (black)
     * @return a frame valid until the next call (the canvas, the black frame, or the top layer's own frame)
     */
    VideoFrame compose(List<Layer> layers) {
        if (layers.isEmpty()) return black;
        Layer top = layers.getLast();
        if (top.placement().covers(width, height)) return top.frame();
        int size = PixelFormat.YUV420P.bufferSize(width, height);
        if (!layers.getFirst().placement().covers(width, height)) canvas.data().put(0, black.data(), 0, size);
        for (Layer layer : layers) blit(layer);
        return canvas;
    }

    private void blit(Layer layer) {
        Placement p = layer.placement();
        ByteBuffer source = layer.frame().data();
        ByteBuffer target = canvas.data();
        copyPlane(source, 0, p.width(), p.height(), target, 0, width, p.x(), p.y());
        int sourceChroma = (p.width() / 2) * (p.height() / 2);
        int targetLuma = width * height;
        int targetChroma = (width / 2) * (height / 2);
        int sourceLuma = p.width() * p.height();
        copyPlane(source, sourceLuma, p.width() / 2, p.height() / 2, target, targetLuma, width / 2, p.x() / 2, p.y() / 2);
        copyPlane(source, sourceLuma + sourceChroma, p.width() / 2, p.height() / 2, target, targetLuma + targetChroma, width / 2, p.x() / 2, p.y() / 2);
    }

    private static void copyPlane(ByteBuffer source, int sourceOffset, int rowBytes, int rows,
                                  ByteBuffer target, int targetOffset, int targetStride, int x, int y) {
        for (int row = 0; row < rows; row++) {
            target.put(targetOffset + (y + row) * targetStride + x, source, sourceOffset + row * rowBytes, rowBytes);
        }
    }
}

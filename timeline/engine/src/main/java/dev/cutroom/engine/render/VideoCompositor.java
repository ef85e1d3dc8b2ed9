package dev.cutroom.engine.render;

import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Stacks opaque pictures on a black YUV 4:2:0 canvas, bottom first. Works with native bulk copies of
 * rows, never per pixel; when the top picture fills the canvas it is returned as it is (no copy).
 * A {@link Blend} layer (a transition) is the mix of the stack below with either side on top of it,
 * so letterboxed clips dissolve over the tracks below them as well as into each other.
 */
final class VideoCompositor {
    /** A track's contribution to the frame. */
    sealed interface Layer {
        boolean covers(int width, int height);
    }

    /** One picture and where it goes; the picture is already at the placement's size. */
    record Picture(VideoFrame frame, Placement placement) implements Layer {
        @Override
        public boolean covers(int width, int height) { return placement.covers(width, height); }
    }

    /**
     * Two pictures mixed, {@code incomingWeight} of 256 parts the second. A null side is black
     * (a dip to black); the side itself, not the stack below, so a dip on an upper track still goes black.
     */
    record Blend(Picture outgoing, Picture incoming, int incomingWeight) implements Layer {
        @Override
        public boolean covers(int width, int height) {
            return (outgoing == null || outgoing.covers(width, height)) && (incoming == null || incoming.covers(width, height));
        }
    }

    private final int width;
    private final int height;
    private final int size;
    private final VideoFrame black;
    private final VideoFrame canvas;
    /** The other side of a blend; allocated at the first transition. */
    private VideoFrame side;
    private FrameBlender blender;

    VideoCompositor(int width, int height) {
        this.width = width;
        this.height = height;
        this.size = PixelFormat.YUV420P.bufferSize(width, height);
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
        if (layers.getLast() instanceof Picture top && top.covers(width, height)) return top.frame();
        if (!layers.getFirst().covers(width, height)) canvas.data().put(0, black.data(), 0, size);
        for (Layer layer : layers) {
            switch (layer) {
                case Picture picture -> blit(picture, canvas.data());
                case Blend blend -> blend(blend);
            }
        }
        return canvas;
    }

    /** canvas = mix(canvas with the outgoing side on top, canvas with the incoming side on top). */
    private void blend(Blend blend) {
        if (side == null) {
            side = VideoFrame.black(width, height, PixelFormat.YUV420P);
            blender = new FrameBlender();
        }
        ByteBuffer incoming = side.data();
        incoming.put(0, canvas.data(), 0, size);
        paint(blend.outgoing(), canvas.data());
        paint(blend.incoming(), incoming);
        blender.blend(canvas.data(), incoming, size, blend.incomingWeight(), canvas.data());
    }

    private void paint(Picture picture, ByteBuffer target) {
        if (picture == null) target.put(0, black.data(), 0, size);
        else blit(picture, target);
    }

    private void blit(Picture picture, ByteBuffer target) {
        Placement p = picture.placement();
        ByteBuffer source = picture.frame().data();
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
        if (x == 0 && rowBytes == targetStride) { // full-width picture: one bulk copy
            target.put(targetOffset + y * targetStride, source, sourceOffset, rowBytes * rows);
            return;
        }
        for (int row = 0; row < rows; row++) {
            target.put(targetOffset + (y + row) * targetStride + x, source, sourceOffset + row * rowBytes, rowBytes);
        }
    }
}

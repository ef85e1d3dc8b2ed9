package dev.cutroom.plugin.instruct.execute;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.Frame;

/**
 * An FFmpeg filter applied to single RGB pictures in Java (e.g. {@code gblur} for a blurred background), for
 * filters that give each frame back at once. Close it.
 */
public final class RgbFilter implements AutoCloseable {
    private final FilterGraph graph;
    private RgbImage result;

    public RgbFilter(String filter, FrameSize size, double fps) throws Exception {
        graph = new FilterGraph(filter + ",format=rgb24", size, avutil.AV_PIX_FMT_RGB24, fps, this::capture);
    }

    /** The filtered picture. */
    public RgbImage apply(RgbImage image) throws Exception {
        result = null;
        graph.push(image);
        if (result == null) throw new IllegalStateException("the filter held the frame back");
        return result;
    }

    private void capture(Frame f) {
        int w = f.imageWidth;
        int h = f.imageHeight;
        int stride = Math.abs(f.imageStride);
        ByteBuffer b = (ByteBuffer) f.image[0];
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) b.get(y * stride, out, y * w * 3, w * 3);
        result = new RgbImage(w, h, 3, out);
    }

    @Override
    public void close() {
        graph.close();
    }
}

package dev.cutroom.plugin.instruct.execute;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameFilter;

/**
 * One FFmpeg video filter graph fed frame by frame (JavaCV's FFmpegFrameFilter). Frames get presentation times
 * {@code k / fps} in the order they are pushed. Filters that hold frames back (temporal denoise) give them out
 * after {@link #finish()}. Not thread-safe; close it.
 */
public final class FilterGraph implements AutoCloseable {
    /** Receives each filtered picture; the frame is only valid during the call. */
    @FunctionalInterface
    public interface Sink {
        void accept(Frame picture) throws Exception;
    }

    private final FFmpegFrameFilter filter;
    private final int inputFormat;
    private final double fps;
    private final Sink sink;
    private ByteBuffer staging;
    private long pushed;

    /**
     * @param graph       the filter chain, e.g. {@code hue=s=0,format=yuv420p}
     * @param inputFormat FFmpeg pixel format of the pushed frames (AV_PIX_FMT_YUV420P, _RGB24 or _RGBA)
     */
    public FilterGraph(String graph, FrameSize input, int inputFormat, double fps, Sink sink) throws FrameFilter.Exception {
        this.filter = new FFmpegFrameFilter(graph, input.width(), input.height());
        this.inputFormat = inputFormat;
        this.fps = fps;
        this.sink = sink;
        filter.setPixelFormat(inputFormat);
        filter.setFrameRate(fps);
        filter.start();
    }

    /** Pushes a decoded frame (in the input format) and passes on whatever the graph has ready. */
    public void push(Frame frame) throws Exception {
        frame.timestamp = Math.round(pushed++ * 1_000_000L / fps);
        filter.push(frame, inputFormat);
        drain();
    }

    /** Pushes a packed RGB or RGBA picture. */
    public void push(RgbImage image) throws Exception {
        int n = image.pixels().length;
        if (staging == null || staging.capacity() < n) staging = ByteBuffer.allocateDirect(n);
        staging.clear();
        staging.put(image.pixels()).flip();
        Frame f = new Frame();
        f.imageWidth = image.width();
        f.imageHeight = image.height();
        f.imageDepth = Frame.DEPTH_UBYTE;
        f.imageChannels = image.channels();
        f.imageStride = image.width() * image.channels();
        f.image = new java.nio.Buffer[] {staging};
        push(f);
    }

    /** Signals the end of the frames and passes on what the graph still held. */
    public void finish() throws Exception {
        filter.push(null);
        drain();
    }

    private void drain() throws Exception {
        for (Frame out = filter.pullImage(); out != null; out = filter.pullImage()) sink.accept(out);
    }

    /** The pixel format for pushing packed pictures of {@code channels} channels. */
    public static int packedFormat(int channels) {
        return channels == 4 ? avutil.AV_PIX_FMT_RGBA : avutil.AV_PIX_FMT_RGB24;
    }

    @Override
    public void close() {
        try {
            filter.close();
        } catch (Exception ignored) {
            // frees native memory only
        }
    }
}

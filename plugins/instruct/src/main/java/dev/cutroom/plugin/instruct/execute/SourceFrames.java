package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.VideoFrameReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The clip's source frames by number, through the host's frame-exact reader, keeping at most {@code capacity}
 * decoded frames: reading forwards streams, jumping backwards (reverse) reopens the reader on a part of the clip a
 * chunk earlier, so a reversed clip needs one chunk in memory, never the whole clip. Job thread; close it.
 */
public final class SourceFrames implements AutoCloseable {
    private final MediaAccess media;
    private final ClipRef clip;
    private final int total;
    private final int capacity;
    private final Deque<RgbImage> window = new ArrayDeque<>();
    private int windowStart;
    private VideoFrameReader reader;
    private int readerNext;
    private RgbImage last;

    /**
     * @param total    frames in the clip's source range
     * @param capacity decoded frames kept (a reversed clip decodes the clip once per {@code capacity} frames)
     */
    public SourceFrames(MediaAccess media, ClipRef clip, int total, int capacity) {
        this.media = media;
        this.clip = clip;
        this.total = total;
        this.capacity = Math.max(2, capacity);
    }

    /** Frame {@code index} (clamped to the clip); the returned picture must not be changed (copy it). */
    public RgbImage frame(int index) throws IOException {
        int i = Math.max(0, Math.min(total - 1, index));
        if (i < windowStart || i > windowStart + window.size() + capacity) {
            reopenAt(i < windowStart ? Math.max(0, i - capacity + 1) : i);
        }
        while (windowStart + window.size() <= i) {
            RgbImage next = readNext();
            if (next == null) return lastOrBlack();
            window.addLast(next);
            if (window.size() > capacity) {
                window.removeFirst();
                windowStart++;
            }
        }
        int k = 0;
        for (RgbImage f : window) if (windowStart + k++ == i) return f;
        throw new IllegalStateException("frame " + i + " not in window");
    }

    private void reopenAt(int first) throws IOException {
        closeReader();
        window.clear();
        windowStart = first;
        var fps = clip.frameRate();
        reader = media.readVideo(SubClips.part(clip, fps.timeOf(first), fps.timeOf(total - first)), 0, 0);
        readerNext = first;
    }

    private RgbImage readNext() throws IOException {
        if (reader == null) reopenAt(windowStart + window.size());
        RgbFrame f = reader.next();
        if (f == null) return null;
        readerNext++;
        last = new RgbImage(f.width(), f.height(), 3, f.rgb().clone());
        return last;
    }

    private RgbImage lastOrBlack() {
        // a source shorter than its nominal frame count (rounding at the end): hold the last picture
        if (last != null) return last;
        if (!window.isEmpty()) return window.getLast();
        return RgbImage.rgb(clip.width(), clip.height());
    }

    private void closeReader() {
        if (reader != null) reader.close();
        reader = null;
    }

    @Override
    public void close() {
        closeReader();
    }
}

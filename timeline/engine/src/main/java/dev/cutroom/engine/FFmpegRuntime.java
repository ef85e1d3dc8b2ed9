package dev.cutroom.engine;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/** One place that loads the FFmpeg natives, quietens their logging and turns error codes into text. */
public final class FFmpegRuntime {
    private static volatile boolean initialised;

    private FFmpegRuntime() {}

    /**
     * Loads the natives once and sets FFmpeg's log level to errors only, so that probing a broken
     * file does not flood the console (our own exceptions carry the explanation instead).
     */
    public static void ensureInitialised() {
        if (initialised) return;
        synchronized (FFmpegRuntime.class) {
            if (initialised) return;
            avutil.av_log_set_level(Integer.getInteger("cutroom.ffmpeg.loglevel", avutil.AV_LOG_FATAL));
            initialised = true;
        }
    }

    /** FFmpeg's text for an AVERROR code, e.g. "Invalid data found when processing input". */
    public static String errorText(int code) {
        try (BytePointer buffer = new BytePointer(256)) {
            if (avutil.av_strerror(code, buffer, buffer.capacity()) < 0) return "error " + code;
            // getString() reads the whole 256-byte buffer, garbage after the terminating NUL included
            String text = buffer.getString();
            int nul = text.indexOf('\0');
            return nul >= 0 ? text.substring(0, nul) : text;
        }
    }
}

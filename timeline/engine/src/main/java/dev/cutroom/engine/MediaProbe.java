package dev.cutroom.engine;

import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaInfo.AudioStreamInfo;
import dev.cutroom.timeline.model.MediaInfo.VideoStreamInfo;
import dev.cutroom.timeline.model.Rational;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

/**
 * Reads what a media file contains: container, exact duration, first video and audio stream.
 * Probing also decodes the first frame of each stream it reports, so a file that opens but cannot
 * actually be played (truncated, wrong codec data) is rejected here and not halfway through a render.
 */
public final class MediaProbe {
    private MediaProbe() {}

    /**
     * @throws MediaException naming the file and the problem when it is missing, empty, unreadable,
     *                        corrupt, truncated or holds no decodable audio or video
     */
    public static MediaInfo probe(Path file) {
        return probeWithGeometry(file).info();
    }

    /** What a probe finds plus how the video is shown (null geometry for audio-only media). */
    public record Probed(MediaInfo info, DisplayGeometry geometry) {}

    /**
     * {@link #probe(Path)} that also reads the picture's {@link DisplayGeometry} (sample aspect ratio and
     * rotation), which the renderer needs to place the picture and the project model does not keep.
     *
     * @throws MediaException as {@link #probe(Path)}
     */
    public static Probed probeWithGeometry(Path file) {
        checkReadable(file);
        FFmpegRuntime.ensureInitialised();
        AVFormatContext format = new AVFormatContext(null);
        int ret = avformat_open_input(format, file.toString(), null, null);
        if (ret < 0) throw new MediaException(file, "not a readable media file (" + FFmpegRuntime.errorText(ret) + ")");
        try {
            ret = avformat_find_stream_info(format, (PointerPointer<?>) null);
            if (ret < 0) throw new MediaException(file, "could not read stream information (" + FFmpegRuntime.errorText(ret) + ")");
            return describe(file, format);
        } finally {
            avformat_close_input(format);
        }
    }

    private static void checkReadable(Path file) {
        if (file == null) throw new MediaException(null, "no media file given");
        if (!Files.exists(file)) throw new MediaException(file, "file not found");
        if (!Files.isRegularFile(file)) throw new MediaException(file, "not a regular file");
        if (!Files.isReadable(file)) throw new MediaException(file, "file is not readable");
        try {
            if (Files.size(file) == 0) throw new MediaException(file, "file is empty (0 bytes)");
        } catch (IOException e) {
            throw new MediaException(file, "cannot read file size: " + e.getMessage(), e);
        }
    }

    private static Probed describe(Path file, AVFormatContext format) {
        AVStream video = firstStream(format, AVMEDIA_TYPE_VIDEO);
        AVStream audio = firstStream(format, AVMEDIA_TYPE_AUDIO);
        if (video == null && audio == null) throw new MediaException(file, "contains no audio or video stream");

        VideoStreamInfo videoInfo = video == null ? null : videoInfo(file, format, video);
        AudioStreamInfo audioInfo = audio == null ? null : audioInfo(file, audio);
        Rational duration = duration(format, video, audio);
        if (duration.signum() <= 0) throw new MediaException(file, "has no duration (empty or truncated)");

        FirstFrameCheck.requireDecodable(file, format, video, audio);
        String container = format.iformat().name().getString();
        DisplayGeometry geometry = video == null ? null : DisplayGeometry.of(format, video);
        return new Probed(new MediaInfo(container, duration, videoInfo, audioInfo), geometry);
    }

    /** The first stream of a kind, skipping cover art (an attached picture is not video). */
    private static AVStream firstStream(AVFormatContext format, int mediaType) {
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            if (stream.codecpar().codec_type() != mediaType) continue;
            if ((stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) != 0) continue;
            return stream;
        }
        return null;
    }

    private static VideoStreamInfo videoInfo(Path file, AVFormatContext format, AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        String codec = requireDecoder(file, par, "video");
        if (par.width() <= 0 || par.height() <= 0) throw new MediaException(file, "video stream has no picture size");
        FrameRate rate = StreamRates.frameRate(format, stream);
        if (rate == null) throw new MediaException(file, "video stream has no usable frame rate");
        long frames = stream.nb_frames();
        if (frames <= 0) {
            Rational streamDuration = streamDuration(stream);
            frames = streamDuration == null ? -1 : streamDuration.times(rate.fps()).round();
        }
        return new VideoStreamInfo(par.width(), par.height(), rate, DisplayGeometry.rotation(stream), codec, frames);
    }

    private static AudioStreamInfo audioInfo(Path file, AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        String codec = requireDecoder(file, par, "audio");
        int channels = par.ch_layout().nb_channels();
        if (par.sample_rate() <= 0 || channels <= 0) throw new MediaException(file, "audio stream has no sample rate or channels");
        return new AudioStreamInfo(par.sample_rate(), channels, codec);
    }

    private static String requireDecoder(Path file, AVCodecParameters par, String kind) {
        String name = avcodec_get_name(par.codec_id()).getString();
        AVCodec decoder = avcodec_find_decoder(par.codec_id());
        if (par.codec_id() == AV_CODEC_ID_NONE || decoder == null) {
            throw new MediaException(file, "unsupported " + kind + " codec '" + name + "'");
        }
        return name;
    }

    /**
     * Exact duration: the latest stream end minus the earliest stream start, using the streams'
     * own time bases (exact fractions); falls back to the container's microsecond duration.
     */
    private static Rational duration(AVFormatContext format, AVStream video, AVStream audio) {
        Rational start = null;
        Rational end = null;
        for (AVStream s : new AVStream[] {video, audio}) {
            if (s == null) continue;
            Rational d = streamDuration(s);
            if (d == null) continue;
            Rational sStart = s.start_time() == AV_NOPTS_VALUE ? Rational.ZERO : inSeconds(s.start_time(), s.time_base());
            start = start == null ? sStart : start.min(sStart);
            end = end == null ? sStart.plus(d) : end.max(sStart.plus(d));
        }
        if (start != null) return end.minus(start);
        if (format.duration() != AV_NOPTS_VALUE && format.duration() > 0) return Rational.of(format.duration(), AV_TIME_BASE);
        return Rational.ZERO;
    }

    static Rational streamDuration(AVStream stream) {
        if (stream.duration() == AV_NOPTS_VALUE || stream.duration() <= 0) return null;
        return inSeconds(stream.duration(), stream.time_base());
    }

    static Rational inSeconds(long ticks, AVRational timeBase) {
        return Rational.of(ticks, 1).times(Rational.of(timeBase.num(), timeBase.den()));
    }
}

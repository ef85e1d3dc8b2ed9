package dev.cutroom.engine;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.*;

/**
 * Decodes the first frame of the video and audio stream of an opened file. Headers can look fine
 * while the data is garbage or cut off; this is the cheapest way to know the file really plays.
 */
final class FirstFrameCheck {
    /** Give up looking for a first frame after this many packets (a healthy file needs a handful). */
    private static final int MAX_PACKETS = 2000;

    private FirstFrameCheck() {}

    static void requireDecodable(Path file, AVFormatContext format, AVStream video, AVStream audio) {
        AVCodecContext videoDecoder = video == null ? null : openDecoder(file, video, "video");
        AVCodecContext audioDecoder = null;
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            audioDecoder = audio == null ? null : openDecoder(file, audio, "audio");
            boolean videoOk = video == null;
            boolean audioOk = audio == null;
            for (int read = 0; read < MAX_PACKETS && !(videoOk && audioOk); read++) {
                int ret = av_read_frame(format, packet);
                if (ret < 0) break;
                try {
                    if (!videoOk && packet.stream_index() == video.index()) videoOk = decodes(videoDecoder, packet, frame);
                    else if (!audioOk && packet.stream_index() == audio.index()) audioOk = decodes(audioDecoder, packet, frame);
                } finally {
                    av_packet_unref(packet);
                }
            }
            if (!videoOk) videoOk = drains(videoDecoder, frame);
            if (!audioOk) audioOk = drains(audioDecoder, frame);
            if (!videoOk) throw new MediaException(file, "no video frame could be decoded (file is corrupt or truncated)");
            if (!audioOk) throw new MediaException(file, "no audio could be decoded (file is corrupt or truncated)");
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            if (videoDecoder != null) avcodec_free_context(videoDecoder);
            if (audioDecoder != null) avcodec_free_context(audioDecoder);
        }
    }

    private static AVCodecContext openDecoder(Path file, AVStream stream, String kind) {
        AVCodecContext context = avcodec_alloc_context3(avcodec_find_decoder(stream.codecpar().codec_id()));
        int ret = avcodec_parameters_to_context(context, stream.codecpar());
        if (ret >= 0) {
            context.thread_count(1); // one frame only: threads would just add start-up cost
            ret = avcodec_open2(context, context.codec(), (PointerPointer<?>) null);
        }
        if (ret < 0) {
            avcodec_free_context(context);
            throw new MediaException(file, "cannot open the " + kind + " decoder (" + FFmpegRuntime.errorText(ret) + ")");
        }
        return context;
    }

    private static boolean decodes(AVCodecContext decoder, AVPacket packet, AVFrame frame) {
        if (avcodec_send_packet(decoder, packet) < 0) return false;
        return avcodec_receive_frame(decoder, frame) >= 0;
    }

    /** Frames a decoder still holds once the input ended (codecs with delay return the first frame late). */
    private static boolean drains(AVCodecContext decoder, AVFrame frame) {
        if (decoder == null) return false;
        avcodec_send_packet(decoder, null);
        return avcodec_receive_frame(decoder, frame) >= 0;
    }
}

package dev.cutroom.plugin.upscale;

import dev.cutroom.engine.FFmpegRuntime;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/** FFmpeg's scaler on packed RGB24, as a reference and as the bench's bicubic/Lanczos baselines. */
public final class Swscale {
    public static final int LANCZOS = swscale.SWS_LANCZOS;
    public static final int BICUBIC = swscale.SWS_BICUBIC;

    private Swscale() {}

    /** Scales packed RGB24 with the given algorithm flag, accurate rounding, full chroma. */
    public static byte[] scale(byte[] rgb, int w, int h, int ow, int oh, int algorithm) {
        FFmpegRuntime.ensureInitialised();
        int flags = algorithm | swscale.SWS_ACCURATE_RND | swscale.SWS_FULL_CHR_H_INT | swscale.SWS_FULL_CHR_H_INP;
        SwsContext ctx = swscale.sws_getContext(w, h, avutil.AV_PIX_FMT_RGB24, ow, oh, avutil.AV_PIX_FMT_RGB24, flags, null, null, (DoublePointer) null);
        try (BytePointer in = new BytePointer(rgb); BytePointer out = new BytePointer((long) ow * oh * 3);
             PointerPointer<BytePointer> src = new PointerPointer<>(in, null, null, null);
             PointerPointer<BytePointer> dst = new PointerPointer<>(out, null, null, null);
             IntPointer inStride = new IntPointer(new int[] {w * 3, 0, 0, 0});
             IntPointer outStride = new IntPointer(new int[] {ow * 3, 0, 0, 0})) {
            int rows = swscale.sws_scale(ctx, src, inStride, 0, h, dst, outStride);
            if (rows != oh) throw new IllegalStateException("sws_scale returned " + rows);
            byte[] result = new byte[ow * oh * 3];
            out.get(result);
            return result;
        } finally {
            swscale.sws_freeContext(ctx);
        }
    }
}

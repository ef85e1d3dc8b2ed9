package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.Tensor;

/**
 * RIFE v4.6 ("rife-v4.6": two frames [1,3,H,W] in 0..1 and the time step [1,1,H,W]). Sides are padded to multiples
 * of 32 by repeating the edge pixels (a black border would pull the flow at the edges), and the result cropped back.
 * <p>
 * Frames larger than {@link #MAX_PIXELS} (1280x720) are interpolated at a working size that fits it and the new
 * frame is scaled back up. Measured on two CPU cores (ExecuteBench): about 0.1-0.4 s a frame at 640x360, 0.5-1.4 s
 * at 1280x720 and 2.7 s at 1920x1080 with some 1.6 GB resident, so full 1080p would make slow motion of a short
 * clip take many minutes. The cost is quality: at 1080p the in-between frames are softer than the source frames
 * around them. The model returns only the blended frame, not its flow, so the flow cannot be computed small and
 * applied at full size. On a GPU (the session's device names one) frames run at their own size: the cap is for CPUs.
 */
public final class RifeInterpolator implements Interpolator {
    public static final String MODEL = "rife-v4.6";
    /** Largest frame interpolated at its own size. */
    public static final int MAX_PIXELS = 1280 * 720;
    private final InferenceSession session;
    private final boolean capped;

    public RifeInterpolator(InferenceSession session) {
        this.session = session;
        this.capped = !onGpu(session.device());
    }

    /** Whether a session's device text (e.g. "OnnxRuntime on gpu(0)") names a GPU. */
    public static boolean onGpu(String device) {
        return device != null && device.toLowerCase(java.util.Locale.ROOT).contains("gpu");
    }

    /** The size RIFE runs at on this session's device: uncapped on a GPU, {@link #workingSize(FrameSize)} otherwise. */
    public FrameSize workingSizeHere(FrameSize size) {
        return capped ? workingSize(size) : size;
    }

    /** The size RIFE runs at for frames of {@code size}: the size itself, or the largest even size within {@link #MAX_PIXELS}. */
    public static FrameSize workingSize(FrameSize size) {
        long pixels = (long) size.width() * size.height();
        if (pixels <= MAX_PIXELS) return size;
        double scale = Math.sqrt((double) MAX_PIXELS / pixels);
        return new FrameSize((int) (size.width() * scale), (int) (size.height() * scale)).even();
    }

    @Override
    public RgbImage between(RgbImage a, RgbImage b, double t) {
        FrameSize work = workingSizeHere(a.size());
        if (work.equals(a.size())) return atFullSize(a, b, t);
        RgbImage mid = atFullSize(Resize.bilinear(a, work.width(), work.height()), Resize.bilinear(b, work.width(), work.height()), t);
        return Resize.bilinear(mid, a.width(), a.height());
    }

    private RgbImage atFullSize(RgbImage a, RgbImage b, double t) {
        int w = a.width();
        int h = a.height();
        int pw = (w + 31) / 32 * 32;
        int ph = (h + 31) / 32 * 32;
        float[] step = new float[pw * ph];
        java.util.Arrays.fill(step, (float) t);
        Tensor out = session.run(tensor(a, pw, ph), tensor(b, pw, ph), new Tensor(new long[] {1, 1, ph, pw}, step)).getFirst();
        byte[] px = new byte[w * h * 3];
        float[] d = out.data();
        int plane = pw * ph;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    float v = d[c * plane + y * pw + x];
                    px[(y * w + x) * 3 + c] = (byte) Math.max(0, Math.min(255, Math.round(v * 255f)));
                }
            }
        }
        return new RgbImage(w, h, 3, px);
    }

    /** NCHW 0..1 with edge-replicated padding to {@code pw x ph}. */
    static Tensor tensor(RgbImage img, int pw, int ph) {
        float[] d = new float[3 * pw * ph];
        int plane = pw * ph;
        for (int y = 0; y < ph; y++) {
            int sy = Math.min(y, img.height() - 1);
            for (int x = 0; x < pw; x++) {
                int sx = Math.min(x, img.width() - 1);
                int i = (sy * img.width() + sx) * img.channels();
                for (int c = 0; c < 3; c++) d[c * plane + y * pw + x] = (img.pixels()[i + c] & 0xff) / 255f;
            }
        }
        return new Tensor(new long[] {1, 3, ph, pw}, d);
    }

    @Override
    public void close() {
        session.close();
    }
}

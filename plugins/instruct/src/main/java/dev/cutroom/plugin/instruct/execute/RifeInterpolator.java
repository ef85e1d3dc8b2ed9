package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.Tensor;

/**
 * RIFE v4.6 ("rife-v4.6": two frames [1,3,H,W] in 0..1 and the time step [1,1,H,W]) at full resolution. Sides are
 * padded to multiples of 32 by repeating the edge pixels (a black border would pull the flow at the edges), and
 * the result cropped back.
 */
public final class RifeInterpolator implements Interpolator {
    public static final String MODEL = "rife-v4.6";
    private final InferenceSession session;

    public RifeInterpolator(InferenceSession session) {
        this.session = session;
    }

    @Override
    public RgbImage between(RgbImage a, RgbImage b, double t) {
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

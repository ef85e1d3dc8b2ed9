package dev.cutroom.plugin.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Java Lanczos-3 against a direct formula and against FFmpeg's swscale Lanczos. */
class LanczosTest {

    @Test
    void theKernelIsLanczos3() {
        assertThat(Lanczos.kernel(0)).isEqualTo(1.0);
        assertThat(Lanczos.kernel(1)).isCloseTo(0, within(1e-12));
        assertThat(Lanczos.kernel(3)).isZero();
        assertThat(Lanczos.kernel(0.5)).isCloseTo(Math.sin(Math.PI / 2) / (Math.PI / 2) * Math.sin(Math.PI / 6) / (Math.PI / 6), within(1e-12));
    }

    @Test
    void upscalingEqualsTheDirectTwoDimensionalSum() {
        Random rnd = new Random(3);
        int w = 13, h = 9, ow = 31, oh = 20;
        float[] img = new float[w * h];
        for (int i = 0; i < img.length; i++) img[i] = rnd.nextFloat();
        float[] fast = Lanczos.resize(img, 1, w, h, ow, oh);
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                // reference: separable weights written out in two dimensions, edge pixels repeated, normalised
                double cx = (x + 0.5) * w / ow - 0.5, cy = (y + 0.5) * h / oh - 0.5, s = 0, ws = 0;
                for (int j = (int) Math.floor(cy) - 3; j <= (int) Math.floor(cy) + 4; j++) {
                    for (int i = (int) Math.floor(cx) - 3; i <= (int) Math.floor(cx) + 4; i++) {
                        double wt = Lanczos.kernel(i - cx) * Lanczos.kernel(j - cy);
                        s += wt * img[Math.clamp(j, 0, h - 1) * w + Math.clamp(i, 0, w - 1)];
                        ws += wt;
                    }
                }
                assertThat((double) fast[y * ow + x]).as("(%d,%d)", x, y).isCloseTo(s / ws, within(1e-5));
            }
        }
    }

    @Test
    void constantsStayConstantAndTheSameSizeIsACopy() {
        float[] flat = new float[3 * 10 * 6];
        java.util.Arrays.fill(flat, 0.37f);
        for (float v : Lanczos.resize(flat, 3, 10, 6, 27, 11)) assertThat(v).isCloseTo(0.37f, within(1e-6f));
        for (float v : Lanczos.resize(flat, 3, 10, 6, 4, 3)) assertThat(v).isCloseTo(0.37f, within(1e-6f));
        assertThat(Lanczos.resize(flat, 3, 10, 6, 10, 6)).containsExactly(flat);
    }

    @Test
    void matchesFfmpegSwscaleLanczosToAboutOneLevel() {
        Frames.Image src = Frames.areaDown(Frames.scene(96, 72, 0), 2); // 48x36
        int ow = 96, oh = 72;
        byte[] ours = Lanczos.resizeRgb(src.rgb(), src.width(), src.height(), ow, oh);
        byte[] theirs = swscale(src.rgb(), src.width(), src.height(), ow, oh);
        double sum = 0;
        int inner = 0, worst = 0;
        for (int y = 4; y < oh - 4; y++) for (int x = 4; x < ow - 4; x++) for (int c = 0; c < 3; c++) {
            int i = (y * ow + x) * 3 + c;
            int d = Math.abs((ours[i] & 0xff) - (theirs[i] & 0xff));
            sum += d;
            worst = Math.max(worst, d);
            inner++;
        }
        System.out.printf("Lanczos vs swscale: mean %.3f, max %d levels%n", sum / inner, worst);
        assertThat(sum / inner).isLessThan(0.1); // measured 0.017
        assertThat(worst).isLessThanOrEqualTo(2); // measured 1
    }

    static byte[] swscale(byte[] rgb, int w, int h, int ow, int oh) {
        return Swscale.scale(rgb, w, h, ow, oh, Swscale.LANCZOS);
    }
}

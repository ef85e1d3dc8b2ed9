package dev.cutroom.engine.analysis;

/**
 * What the shot-cut detector keeps of one small frame: hue, saturation and value per pixel, a map of strong luma
 * edges, a colour histogram (16 bins per channel) and a 32x18 thumbnail (for dissolves). Built once per frame;
 * immutable. About 40 KB for a 64x36 frame; the detector keeps only the last few.
 */
final class FrameSignature {
    static final int BINS = 16, THUMB_W = 32, THUMB_H = 18;

    final int pixels;
    final float[] hue, saturation, value;
    final boolean[] edges;
    final float[] histogram = new float[3 * BINS];
    final float[] thumbnail = new float[THUMB_W * THUMB_H * 3];

    FrameSignature(byte[] rgb, int width, int height) {
        pixels = width * height;
        hue = new float[pixels];
        saturation = new float[pixels];
        value = new float[pixels];
        float[] luma = new float[pixels];
        float[] thumbCount = new float[THUMB_W * THUMB_H];
        for (int y = 0, p = 0; y < height; y++) {
            int ty = y * THUMB_H / height;
            for (int x = 0; x < width; x++, p++) {
                int r = rgb[3 * p] & 0xff, g = rgb[3 * p + 1] & 0xff, b = rgb[3 * p + 2] & 0xff;
                int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
                value[p] = max / 255f;
                saturation[p] = max == 0 ? 0 : (max - min) / (float) max;
                float h = 0;
                if (max > min) {
                    if (max == r) h = ((g - b) / (float) (max - min) + 6) % 6;
                    else if (max == g) h = (b - r) / (float) (max - min) + 2;
                    else h = (r - g) / (float) (max - min) + 4;
                }
                hue[p] = h / 6f;
                luma[p] = (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
                histogram[r * BINS / 256]++;
                histogram[BINS + g * BINS / 256]++;
                histogram[2 * BINS + b * BINS / 256]++;
                int t = ty * THUMB_W + x * THUMB_W / width;
                thumbnail[3 * t] += r / 255f;
                thumbnail[3 * t + 1] += g / 255f;
                thumbnail[3 * t + 2] += b / 255f;
                thumbCount[t]++;
            }
        }
        for (int k = 0; k < histogram.length; k++) histogram[k] /= pixels;
        for (int t = 0; t < thumbCount.length; t++) {
            for (int c = 0; c < 3; c++) thumbnail[3 * t + c] /= Math.max(1, thumbCount[t]);
        }
        edges = edges(luma, width, height);
    }

    /** Pixels on a strong luma edge (Sobel magnitude of a step of 1/8 of full scale or more), grown by one pixel. */
    private static boolean[] edges(float[] luma, int w, int h) {
        boolean[] raw = new boolean[w * h];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int p = y * w + x;
                float gx = luma[p - w + 1] + 2 * luma[p + 1] + luma[p + w + 1] - luma[p - w - 1] - 2 * luma[p - 1] - luma[p + w - 1];
                float gy = luma[p + w - 1] + 2 * luma[p + w] + luma[p + w + 1] - luma[p - w - 1] - 2 * luma[p - w] - luma[p - w + 1];
                raw[p] = gx * gx + gy * gy > 0.0625f * 16 * 0.25f;
            }
        }
        boolean[] grown = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean any = false;
                for (int dy = -1; dy <= 1 && !any; dy++) {
                    for (int dx = -1; dx <= 1 && !any; dx++) {
                        int yy = y + dy, xx = x + dx;
                        any = yy >= 0 && yy < h && xx >= 0 && xx < w && raw[yy * w + xx];
                    }
                }
                grown[y * w + x] = any;
            }
        }
        return grown;
    }

    /**
     * How different the next frame is, 0..1, in the spirit of PySceneDetect's content detector: the mean per-pixel
     * change of hue (circular), saturation and value, and the share of pixels where the edge maps disagree, plus
     * half the histograms' L1 distance (which motion hardly changes but a new shot does).
     */
    double contentChange(FrameSignature next) {
        if (next.pixels != pixels) return 1;
        double dh = 0, ds = 0, dv = 0;
        int edgeChanged = 0, edgeAny = 0;
        for (int p = 0; p < pixels; p++) {
            float h = Math.abs(hue[p] - next.hue[p]);
            dh += Math.min(h, 1 - h) * 2 * Math.min(saturation[p], next.saturation[p]); // hue means little in greys
            ds += Math.abs(saturation[p] - next.saturation[p]);
            dv += Math.abs(value[p] - next.value[p]);
            if (edges[p] != next.edges[p]) edgeChanged++;
            if (edges[p] || next.edges[p]) edgeAny++;
        }
        double pixel = (dh + ds + dv) / (3.0 * pixels);
        double edge = edgeAny == 0 ? 0 : (double) edgeChanged / edgeAny;
        return 0.4 * pixel * 4 + 0.2 * edge + 0.4 * histogramDistance(next); // pixel change rarely exceeds 0.25
    }

    /** Half the L1 distance of the colour histograms averaged over channels, 0..1. */
    double histogramDistance(FrameSignature other) {
        double d = 0;
        for (int k = 0; k < histogram.length; k++) d += Math.abs(histogram[k] - other.histogram[k]);
        return d / 6;
    }

    /** Mean absolute difference of the thumbnails, 0..1. */
    double thumbnailDistance(FrameSignature other) {
        double d = 0;
        for (int i = 0; i < thumbnail.length; i++) d += Math.abs(thumbnail[i] - other.thumbnail[i]);
        return d / thumbnail.length;
    }
}

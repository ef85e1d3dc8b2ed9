package dev.cutroom.plugin.instruct.execute;

/** Bilinear resizing of packed RGB pictures (pixel centres aligned), for model working sizes. */
final class Resize {
    private Resize() {}

    static RgbImage bilinear(RgbImage src, int w, int h) {
        if (src.width() == w && src.height() == h) return src;
        int ch = src.channels();
        byte[] in = src.pixels();
        byte[] out = new byte[w * h * ch];
        for (int y = 0; y < h; y++) {
            float sy = Math.max(0, Math.min(src.height() - 1, (y + 0.5f) * src.height() / h - 0.5f));
            int y0 = (int) sy;
            int y1 = Math.min(src.height() - 1, y0 + 1);
            float fy = sy - y0;
            for (int x = 0; x < w; x++) {
                float sx = Math.max(0, Math.min(src.width() - 1, (x + 0.5f) * src.width() / w - 0.5f));
                int x0 = (int) sx;
                int x1 = Math.min(src.width() - 1, x0 + 1);
                float fx = sx - x0;
                for (int c = 0; c < ch; c++) {
                    float top = (in[(y0 * src.width() + x0) * ch + c] & 0xff) * (1 - fx) + (in[(y0 * src.width() + x1) * ch + c] & 0xff) * fx;
                    float bottom = (in[(y1 * src.width() + x0) * ch + c] & 0xff) * (1 - fx) + (in[(y1 * src.width() + x1) * ch + c] & 0xff) * fx;
                    out[(y * w + x) * ch + c] = (byte) Math.round(top * (1 - fy) + bottom * fy);
                }
            }
        }
        return new RgbImage(w, h, ch, out);
    }
}

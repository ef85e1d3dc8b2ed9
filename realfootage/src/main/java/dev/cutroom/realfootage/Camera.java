package dev.cutroom.realfootage;

/**
 * Films a photograph: renders what a {@link Viewport} sees at the output size. Each output pixel averages a grid of
 * bilinear samples as fine as the source's pixels, so zoomed-out views are area-filtered rather than aliased; a
 * moving camera is rendered with motion blur (a 180-degree shutter: sub-frames over half the frame time).
 * Any thread.
 */
public final class Camera {
    private Camera() {}

    /** The picture the camera sees at {@code frame} of {@code path}, with motion blur when it moves fast. */
    public static Picture film(Picture photo, CameraPath path, int frame, int width, int height) {
        double aspect = (double) width / height;
        Viewport a = path.at(frame - 0.25).inside(photo.width(), photo.height(), aspect);
        Viewport b = path.at(frame + 0.25).inside(photo.width(), photo.height(), aspect);
        double pixelsMoved = Math.hypot(a.centreX() - b.centreX(), a.centreY() - b.centreY()) * width / a.width()
                + Math.abs(a.width() - b.width()) * width / a.width();
        int subFrames = (int) Math.min(8, Math.max(1, Math.ceil(pixelsMoved / 3))); // blur under 3 px hardly shows
        if (subFrames == 1) return view(photo, path.at(frame).inside(photo.width(), photo.height(), aspect), width, height);
        float[] sum = new float[width * height * 3];
        for (int s = 0; s < subFrames; s++) {
            double t = frame - 0.25 + 0.5 * (s + 0.5) / subFrames;
            byte[] rgb = view(photo, path.at(t).inside(photo.width(), photo.height(), aspect), width, height).rgb();
            for (int i = 0; i < sum.length; i++) sum[i] += rgb[i] & 0xff;
        }
        byte[] out = new byte[sum.length];
        for (int i = 0; i < out.length; i++) out[i] = (byte) Math.round(sum[i] / subFrames);
        return new Picture(width, height, out);
    }

    /** What {@code view} (inside the photo) looks like at {@code width x height}. */
    public static Picture view(Picture photo, Viewport view, int width, int height) {
        double scale = view.width() / width; // photo pixels per output pixel
        double left = view.centreX() - view.width() / 2, top = view.centreY() - scale * height / 2;
        int taps = Math.max(1, (int) Math.ceil(scale - 1e-9));
        byte[] out = new byte[width * height * 3];
        byte[] src = photo.rgb();
        int pw = photo.width(), ph = photo.height();
        float[] acc = new float[3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                acc[0] = acc[1] = acc[2] = 0;
                for (int ty = 0; ty < taps; ty++) {
                    double sy = top + (y + (ty + 0.5) / taps) * scale - 0.5;
                    int y0 = clamp((int) Math.floor(sy), ph), y1 = clamp((int) Math.floor(sy) + 1, ph);
                    float fy = (float) (sy - Math.floor(sy));
                    for (int tx = 0; tx < taps; tx++) {
                        double sx = left + (x + (tx + 0.5) / taps) * scale - 0.5;
                        int x0 = clamp((int) Math.floor(sx), pw), x1 = clamp((int) Math.floor(sx) + 1, pw);
                        float fx = (float) (sx - Math.floor(sx));
                        int i00 = (y0 * pw + x0) * 3, i01 = (y0 * pw + x1) * 3, i10 = (y1 * pw + x0) * 3, i11 = (y1 * pw + x1) * 3;
                        for (int c = 0; c < 3; c++) {
                            float top0 = (src[i00 + c] & 0xff) * (1 - fx) + (src[i01 + c] & 0xff) * fx;
                            float bottom = (src[i10 + c] & 0xff) * (1 - fx) + (src[i11 + c] & 0xff) * fx;
                            acc[c] += top0 * (1 - fy) + bottom * fy;
                        }
                    }
                }
                int o = (y * width + x) * 3;
                for (int c = 0; c < 3; c++) out[o + c] = (byte) Math.round(acc[c] / (taps * taps));
            }
        }
        return new Picture(width, height, out);
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : v >= size ? size - 1 : v;
    }
}

package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Generated test media. The "person" is a drawn figure (skin-toned head and neck, dark hair, shirt shoulders and
 * torso) over a textured room-like background: a silhouette with a known mask, not a photograph, so model figures on
 * it say how the model treats a person-like shape, not how it does on real footage.
 */
final class Scenes {
    static final Fps FPS = new Fps(25, 1);

    private Scenes() {}

    /** A clip of {@code frames} frames: a square moving left to right (frame number readable from its x), and a 440 Hz tone. */
    static Path movingSquare(Path file, int w, int h, int frames) throws Exception {
        try (var out = new EngineMediaAccess().writeMedia(file, new OutputFormat(w, h, FPS, 48_000, 2))) {
            byte[] rgb = new byte[w * h * 3];
            for (int i = 0; i < frames; i++) {
                paintSquare(rgb, w, h, i, frames);
                out.writeFrame(rgb);
                out.writeAudio(tone(i, 48_000 / 25), 48_000 / 25);
            }
            out.finish();
        }
        return file;
    }

    /** x of the moving square's left edge in frame {@code i}. */
    static int squareX(int i, int frames, int w, int h) {
        return i * (w - h / 3) / Math.max(1, frames - 1);
    }

    static void paintSquare(byte[] rgb, int w, int h, int i, int frames) {
        for (int p = 0; p < w * h; p++) {
            int y = p / w;
            rgb[p * 3] = (byte) (60 + y * 60 / h);
            rgb[p * 3 + 1] = (byte) 110;
            rgb[p * 3 + 2] = (byte) 170;
        }
        int s = h / 3;
        int x0 = squareX(i, frames, w, h);
        for (int y = h / 3; y < h / 3 + s; y++) {
            for (int x = x0; x < x0 + s; x++) {
                int p = (y * w + x) * 3;
                rgb[p] = (byte) 240;
                rgb[p + 1] = (byte) 200;
                rgb[p + 2] = (byte) 40;
            }
        }
    }

    private static float[] tone(int frame, int n) {
        float[] s = new float[n * 2];
        for (int k = 0; k < n; k++) {
            float v = (float) (0.5 * Math.sin(2 * Math.PI * 440 * (frame * n + k) / 48_000.0));
            s[2 * k] = v;
            s[2 * k + 1] = v;
        }
        return s;
    }

    /** A person-like figure centred at {@code cx} (0..1) over a background; {@code mask} receives the figure's pixels. */
    static BufferedImage person(int w, int h, double cx, boolean[] mask) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // room: wall with a window and a shelf, floor
        g.setColor(new Color(196, 188, 170));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(150, 190, 220));
        g.fillRect(w / 12, h / 8, w / 5, h / 3);
        g.setColor(new Color(110, 80, 50));
        g.fillRect(w * 3 / 4, h / 3, w / 5, h / 30 + 1);
        g.setColor(new Color(120, 100, 80));
        g.fillRect(0, h * 5 / 6, w, h / 6);
        BufferedImage shape = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D m = shape.createGraphics();
        double x = cx * w;
        // head-and-shoulders framing, as the selfie model was trained on
        double head = h * 0.42;
        double top = h * 0.12;
        var torso = new RoundRectangle2D.Double(x - h * 0.45, top + head * 1.25, h * 0.9, h, h * 0.3, h * 0.3);
        var neck = new java.awt.geom.Rectangle2D.Double(x - head * 0.18, top + head * 0.8, head * 0.36, head * 0.5);
        var face = new Ellipse2D.Double(x - head * 0.38, top, head * 0.76, head);
        var hair = new Ellipse2D.Double(x - head * 0.42, top - head * 0.06, head * 0.84, head * 0.5);
        g.setColor(new Color(40, 60, 110));
        g.fill(torso);
        g.setColor(new Color(214, 160, 130));
        g.fill(neck);
        g.fill(face);
        g.setColor(new Color(50, 35, 25));
        g.fill(hair);
        g.setColor(new Color(30, 30, 30));
        int eye = Math.max(3, (int) (head * 0.08));
        g.fillOval((int) (x - head * 0.2), (int) (top + head * 0.42), eye, eye / 2 + 1);
        g.fillOval((int) (x + head * 0.1), (int) (top + head * 0.42), eye, eye / 2 + 1);
        g.setColor(new Color(150, 70, 70));
        g.fillRoundRect((int) (x - head * 0.12), (int) (top + head * 0.72), (int) (head * 0.24), Math.max(2, (int) (head * 0.05)), 2, 2);
        m.setColor(Color.WHITE);
        m.fill(torso);
        m.fill(neck);
        m.fill(face);
        m.fill(hair);
        g.dispose();
        m.dispose();
        if (mask != null) {
            for (int y = 0; y < h; y++) for (int xx = 0; xx < w; xx++) mask[y * w + xx] = (shape.getRaster().getSample(xx, y, 0) & 0xff) > 127;
        }
        return img;
    }

    static RgbImage rgb(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] px = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = img.getRGB(x, y);
                int i = (y * w + x) * 3;
                px[i] = (byte) (c >> 16);
                px[i + 1] = (byte) (c >> 8);
                px[i + 2] = (byte) c;
            }
        }
        return new RgbImage(w, h, 3, px);
    }

    /** A clip of a still person-like figure. */
    static Path personClip(Path file, int w, int h, int frames, double cx0, double cx1) throws Exception {
        try (var out = new EngineMediaAccess().writeMedia(file, OutputFormat.video(w, h, FPS))) {
            for (int i = 0; i < frames; i++) {
                double cx = cx0 + (cx1 - cx0) * i / Math.max(1, frames - 1);
                out.writeFrame(rgb(person(w, h, cx, null)).pixels());
            }
            out.finish();
        }
        return file;
    }
}

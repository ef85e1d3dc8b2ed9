package dev.cutroom.assets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Painters for the demo shots. Each draws one frame of a shot given the time since the shot began.
 * Everything is drawn from simple shapes so the media is reproducible and has no licence strings attached.
 */
final class DemoScenes {
    /** Draws one frame; {@code t} is seconds since the start of the shot. */
    @FunctionalInterface
    interface Scene { void paint(Graphics2D g, int width, int height, double t); }

    private DemoScenes() {}

    static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    /** A city skyline panning right to left under an evening sky. */
    static void skylinePan(Graphics2D g, int w, int h, double t) {
        g.setPaint(new GradientPaint(0, 0, new Color(250, 140, 70), 0, h, new Color(60, 40, 110)));
        g.fillRect(0, 0, w, h);
        double offset = t * 120; // pixels per second
        long first = (long) Math.floor(offset / 70) - 1;
        for (long j = first; j < first + 16; j++) {
            int i = (int) Math.floorMod(j, 1000); // building j keeps its look while it scrolls by
            int bw = 60 + (i * 37) % 40;
            int bh = 90 + (i * 53) % 150;
            int x = (int) Math.round(j * 70 - offset);
            g.setColor(new Color(30 + (i * 17) % 40, 30 + (i * 11) % 30, 50 + (i * 13) % 40));
            g.fillRect(x, h - bh, bw, bh);
            g.setColor(new Color(255, 230, 140));
            for (int wy = h - bh + 10; wy < h - 10; wy += 22) for (int wx = x + 8; wx < x + bw - 10; wx += 16) g.fillRect(wx, wy, 6, 9);
        }
    }

    /** A bright sky with a sun rising and a ball bouncing across a meadow. */
    static void meadowBall(Graphics2D g, int w, int h, double t) {
        g.setPaint(new GradientPaint(0, 0, new Color(90, 170, 240), 0, h * 0.7f, new Color(200, 230, 255)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 210, 60));
        g.fill(new Ellipse2D.Double(w * 0.75, h * 0.45 - t * 40, 70, 70));
        g.setColor(new Color(70, 160, 60));
        g.fillRect(0, (int) (h * 0.7), w, h);
        double x = (t * 180) % (w + 60) - 30;
        double y = h * 0.7 - 30 - Math.abs(Math.sin(t * 4)) * 120;
        g.setColor(new Color(220, 40, 40));
        g.fill(new Ellipse2D.Double(x, y, 40, 40));
    }

    /** A person-like silhouette (head, torso, swinging arms and legs) walking across a tiled wall. */
    static void presenterWalk(Graphics2D g, int w, int h, double t) {
        g.setColor(new Color(200, 195, 180));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(180, 172, 155));
        for (int x = 0; x < w; x += 40) for (int y = (x / 40) % 2 * 20; y < h; y += 40) g.fillRect(x, y, 20, 20);
        g.setColor(new Color(120, 110, 100));
        g.fillRect(0, (int) (h * 0.85), w, h);

        double cx = 80 + t * 110;
        double swing = Math.sin(t * 6) * 0.5;
        double groundY = h * 0.88;
        Color skin = new Color(225, 180, 150);
        Color shirt = new Color(40, 90, 170);
        Color trousers = new Color(40, 40, 50);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // legs from the hip, swinging
        double hipY = groundY - 95;
        g.setColor(trousers);
        g.drawLine((int) cx, (int) hipY, (int) (cx + Math.sin(swing) * 90), (int) groundY);
        g.drawLine((int) cx, (int) hipY, (int) (cx - Math.sin(swing) * 90), (int) groundY);
        // torso
        g.setColor(shirt);
        g.fill(new RoundRectangle2D.Double(cx - 32, hipY - 115, 64, 125, 30, 30));
        // arms, opposite to the legs
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double shoulderY = hipY - 100;
        g.drawLine((int) cx, (int) shoulderY, (int) (cx - Math.sin(swing) * 70), (int) (shoulderY + 85));
        g.drawLine((int) cx, (int) shoulderY, (int) (cx + Math.sin(swing) * 70), (int) (shoulderY + 85));
        // neck and head
        g.setColor(skin);
        g.fillRect((int) cx - 8, (int) shoulderY - 22, 16, 24);
        g.fill(new Ellipse2D.Double(cx - 26, shoulderY - 72, 52, 56));
        g.setColor(new Color(60, 40, 30));
        g.fill(new Ellipse2D.Double(cx - 27, shoulderY - 76, 54, 26)); // hair
    }

    /** A title card: solid colour with a slowly turning square and a progress bar, one per shot. */
    static Scene card(Color background, Color shape) {
        return (g, w, h, t) -> {
            g.setColor(background);
            g.fillRect(0, 0, w, h);
            var saved = g.getTransform();
            g.rotate(t * 1.5, w / 2.0, h / 2.0);
            g.setColor(shape);
            g.fillRect(w / 2 - 60, h / 2 - 60, 120, 120);
            g.setTransform(saved);
            g.setColor(Color.WHITE);
            g.fillRect(40, h - 40, (int) ((w - 80) * Math.min(1, t)), 10);
        };
    }
}

package dev.cutroom.plugin.instruct.execute;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;

/**
 * Draws a title with Java2D when FFmpeg cannot (no drawtext, or no font file): the JDK's logical sans font,
 * anti-aliased, over a soft (blurred) shadow. The text is rendered once into an ARGB sprite and blended onto each
 * frame it shows on.
 */
public final class TitlePainter implements FrameStage {
    private final TitleLayout layout;
    private BufferedImage sprite;
    private int pad;

    public TitlePainter(TitleLayout layout) {
        this.layout = layout;
    }

    @Override
    public RgbImage apply(RgbImage frame, int index) {
        if (index < layout.firstFrame() || index >= layout.endFrame()) return frame;
        if (sprite == null) sprite = render();
        int x0 = layout.x(frame.width(), frame.height(), sprite.getWidth() - 2 * pad) - pad;
        int y0 = layout.y(frame.height(), sprite.getHeight() - 2 * pad) - pad;
        byte[] px = frame.pixels();
        int ch = frame.channels();
        for (int y = 0; y < sprite.getHeight(); y++) {
            int fy = y0 + y;
            if (fy < 0 || fy >= frame.height()) continue;
            for (int x = 0; x < sprite.getWidth(); x++) {
                int fx = x0 + x;
                if (fx < 0 || fx >= frame.width()) continue;
                int argb = sprite.getRGB(x, y);
                int a = argb >>> 24;
                if (a == 0) continue;
                int i = (fy * frame.width() + fx) * ch;
                for (int c = 0; c < 3; c++) {
                    int src = (argb >> (16 - 8 * c)) & 0xff;
                    int dst = px[i + c] & 0xff;
                    px[i + c] = (byte) ((src * a + dst * (255 - a) + 127) / 255);
                }
                if (ch == 4) px[i + 3] = (byte) Math.max(px[i + 3] & 0xff, a);
            }
        }
        return frame;
    }

    private BufferedImage render() {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, layout.fontPixels());
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        FontMetrics fm = probe.createGraphics().getFontMetrics(font);
        pad = Math.max(2, layout.fontPixels() / 6);
        int w = Math.max(1, fm.stringWidth(layout.text())) + 2 * pad;
        int h = fm.getAscent() + fm.getDescent() + 2 * pad;
        int offset = Math.max(1, layout.fontPixels() / 16);

        BufferedImage shadow = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(shadow, font);
        g.setColor(new Color(0, 0, 0, 170));
        g.drawString(layout.text(), pad + offset, pad + fm.getAscent() + offset);
        g.dispose();
        int r = Math.max(1, pad / 2);
        float[] k = new float[(2 * r + 1) * (2 * r + 1)];
        java.util.Arrays.fill(k, 1f / k.length);
        BufferedImage soft = new ConvolveOp(new Kernel(2 * r + 1, 2 * r + 1, k), ConvolveOp.EDGE_NO_OP, null).filter(shadow, null);

        g = graphics(soft, font);
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(new Color(layout.rgb()));
        g.drawString(layout.text(), pad, pad + fm.getAscent());
        g.dispose();
        return soft;
    }

    private static Graphics2D graphics(BufferedImage image, Font font) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(font);
        return g;
    }
}

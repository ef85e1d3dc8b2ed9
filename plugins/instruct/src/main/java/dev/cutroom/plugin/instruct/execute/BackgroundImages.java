package dev.cutroom.plugin.instruct.execute;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Loads a background image and scales it to cover the frame (cropping the overflow, like CSS "cover"). */
final class BackgroundImages {
    private BackgroundImages() {}

    static RgbImage cover(Path file, FrameSize size) throws IOException {
        BufferedImage src = ImageIO.read(file.toFile());
        if (src == null) throw new IOException("not an image ImageIO can read: " + file);
        double scale = Math.max((double) size.width() / src.getWidth(), (double) size.height() / src.getHeight());
        int w = (int) Math.ceil(src.getWidth() * scale);
        int h = (int) Math.ceil(src.getHeight() * scale);
        BufferedImage out = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, (size.width() - w) / 2, (size.height() - h) / 2, w, h, null);
        g.dispose();
        byte[] bgr = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[bgr.length];
        for (int i = 0; i < bgr.length; i += 3) {
            rgb[i] = bgr[i + 2];
            rgb[i + 1] = bgr[i + 1];
            rgb[i + 2] = bgr[i];
        }
        return new RgbImage(size.width(), size.height(), 3, rgb);
    }
}

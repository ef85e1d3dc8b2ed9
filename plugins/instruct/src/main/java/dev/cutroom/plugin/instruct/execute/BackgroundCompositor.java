package dev.cutroom.plugin.instruct.execute;

/**
 * Puts the person in front of a new background using the person mask: a blurred copy of the frame, a colour, an
 * image, chroma green, or transparency (the output gains an alpha channel). {@code out = person * a + background *
 * (1 - a)} with {@code a} the {@link Matte} of the feathered, temporally smoothed mask. Fully transparent pixels
 * carry chroma green, so a player that ignores the alpha channel (Cutroom's engine decodes RGB) still shows a
 * keyable picture; partly transparent ones keep the frame's colour, as straight alpha expects.
 */
public final class BackgroundCompositor implements FrameStage {
    /** What goes behind the person. */
    public sealed interface Backdrop permits Filtered, Solid, Picture, Transparent {}

    /** The frame itself through an FFmpeg filter: blurred, or any look (the person keeps the original look). */
    public record Filtered(RgbFilter filter) implements Backdrop {}

    /** One colour ({@code 0xRRGGBB}). */
    public record Solid(int rgb) implements Backdrop {}

    /** A still image already scaled to the frame size. */
    public record Picture(RgbImage image) implements Backdrop {}

    /** Nothing: the background becomes transparent. */
    public record Transparent() implements Backdrop {}

    /** Chroma-key green, as editors key it out. */
    public static final int GREEN = 0x00b140;

    private final PersonMasks masks;
    private final Backdrop backdrop;

    public BackgroundCompositor(PersonMasks masks, Backdrop backdrop) {
        this.masks = masks;
        this.backdrop = backdrop;
    }

    @Override
    public RgbImage apply(RgbImage frame, int index) throws Exception {
        float[] m = masks.full(frame, index);
        int n = frame.width() * frame.height();
        byte[] src = frame.pixels();
        if (backdrop instanceof Transparent) {
            byte[] out = new byte[n * 4];
            for (int p = 0; p < n; p++) {
                int a = Math.round(255 * Matte.alpha(m[p]));
                for (int c = 0; c < 3; c++) out[p * 4 + c] = a == 0 ? (byte) (GREEN >> (16 - 8 * c)) : src[p * 3 + c];
                out[p * 4 + 3] = (byte) a;
            }
            return new RgbImage(frame.width(), frame.height(), 4, out);
        }
        byte[] back = switch (backdrop) {
            case Filtered b -> b.filter().apply(frame).pixels();
            case Picture p -> p.image().pixels();
            case Solid s -> null;
            case Transparent t -> throw new AssertionError();
        };
        int solid = backdrop instanceof Solid s ? s.rgb() : 0;
        byte[] out = new byte[n * 3];
        for (int p = 0; p < n; p++) {
            float a = Matte.alpha(m[p]);
            for (int c = 0; c < 3; c++) {
                int fg = src[p * 3 + c] & 0xff;
                int bg = back != null ? back[p * 3 + c] & 0xff : (solid >> (16 - 8 * c)) & 0xff;
                out[p * 3 + c] = (byte) Math.round(fg * a + bg * (1 - a));
            }
        }
        return new RgbImage(frame.width(), frame.height(), 3, out);
    }
}

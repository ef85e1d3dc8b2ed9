package dev.cutroom.plugin.instruct.execute;

/**
 * Reframing that follows the person: each frame is cropped to a fixed window of the new aspect ratio, placed where
 * the {@link SubjectTracker} says (or centred without a model), in Java since the window moves every frame.
 */
public final class SubjectCrop implements FrameStage {
    private final FrameSize window;
    private final PersonMasks masks;
    private final SubjectTracker tracker;

    /** @param masks null to keep the window centred */
    public SubjectCrop(FrameSize window, PersonMasks masks, SubjectTracker tracker) {
        this.window = window;
        this.masks = masks;
        this.tracker = tracker;
    }

    public FrameSize window() {
        return window;
    }

    @Override
    public RgbImage apply(RgbImage frame, int index) {
        double cx = 0.5, cy = 0.5;
        if (masks != null) {
            double[] c = tracker.update(SubjectTracker.centroid(masks.lowRes(frame, index), PersonMasks.SIZE));
            cx = c[0];
            cy = c[1];
        }
        int x0 = clamp((int) Math.round(cx * frame.width() - window.width() / 2.0), frame.width() - window.width());
        int y0 = clamp((int) Math.round(cy * frame.height() - window.height() / 2.0), frame.height() - window.height());
        int ch = frame.channels();
        byte[] out = new byte[window.width() * window.height() * ch];
        for (int y = 0; y < window.height(); y++) {
            System.arraycopy(frame.pixels(), ((y0 + y) * frame.width() + x0) * ch, out, y * window.width() * ch, window.width() * ch);
        }
        return new RgbImage(window.width(), window.height(), ch, out);
    }

    /** The window's left or top edge for the last frame (for tests). */
    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}

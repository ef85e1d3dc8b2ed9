package dev.cutroom.plugin.instruct.execute;

/** One step of per-frame work done in Java before the FFmpeg graph (models, moving crops, painted titles). */
@FunctionalInterface
public interface FrameStage {
    /**
     * @param frame the picture; a stage may change it in place and return it, or return a new one
     * @param index the take frame number, from 0
     */
    RgbImage apply(RgbImage frame, int index) throws Exception;
}

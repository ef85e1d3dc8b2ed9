package dev.cutroom.realfootage;

import dev.cutroom.timeline.model.FrameRate;
import java.nio.file.Path;
import java.util.List;

/**
 * A clip for judging an upscaler: the camera's full-resolution frames (the ground truth) and the degraded
 * low-resolution H.264 video made from them (area downscale by {@code scale}, sensor noise, encoding). Upscale
 * {@code video} by {@code scale} and compare frame {@code i} with {@code truth.get(i)}.
 *
 * @param description what the camera does and which degradations were applied, for the report
 */
public record UpscaleCase(String name, String photo, int scale, Path video, FrameRate rate, List<Picture> truth, String description) {
    public UpscaleCase {
        truth = List.copyOf(truth);
    }

    public int truthWidth() {
        return truth.getFirst().width();
    }

    public int truthHeight() {
        return truth.getFirst().height();
    }
}

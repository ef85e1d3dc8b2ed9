package dev.cutroom.plugin.host.media;

import dev.cutroom.engine.analysis.ShotBoundary;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.ShotCut;
import dev.cutroom.plugin.api.ShotCutDetector;
import java.util.List;

/** The API's {@link ShotCutDetector} over the engine's detector. Job thread. */
final class EngineShotCutDetector implements ShotCutDetector {
    private final dev.cutroom.engine.analysis.ShotCutDetector detector;
    private int width = -1, height = -1;

    EngineShotCutDetector(double sensitivity, int minShotFrames) {
        if (!(sensitivity >= 0 && sensitivity <= 1)) throw new IllegalArgumentException("sensitivity must be 0..1, got " + sensitivity);
        if (minShotFrames < 1) throw new IllegalArgumentException("minShotFrames must be at least 1, got " + minShotFrames);
        detector = new dev.cutroom.engine.analysis.ShotCutDetector(dev.cutroom.engine.analysis.ShotCutDetector.Settings.of(sensitivity, minShotFrames));
    }

    @Override
    public void add(RgbFrame frame) {
        if (width < 0) {
            width = frame.width();
            height = frame.height();
        } else if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame " + frame.index() + " is " + frame.width() + "x" + frame.height()
                    + ", the earlier ones " + width + "x" + height);
        }
        detector.add(frame.rgb(), width, height);
    }

    @Override
    public long frames() {
        return detector.frames();
    }

    @Override
    public List<ShotCut> cuts() {
        return detector.cuts().stream()
                .map(b -> new ShotCut(b.frame(), b.kind() == ShotBoundary.Kind.DISSOLVE, b.first(), b.last(), b.strength()))
                .toList();
    }
}

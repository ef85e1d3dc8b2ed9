package dev.cutroom.realfootage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutroom.engine.analysis.ShotCutDetector;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.decode.VideoReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared shot-cut detector on the reduced real-footage corpus (the scripted clip, one tuning clip and one
 * held-out clip: hard cuts, a dissolve, flashes, whip pans, H.264), at the plugins' 64x36 analysis size.
 */
class RealFootageShotCutTest {
    @TempDir
    Path dir;

    @Test
    void findsEveryHardCutAndDissolveAndNothingElse() throws Exception {
        List<CutClip> clips = new ArrayList<>(Corpus.cutClips(dir, Corpus.Size.REDUCED));
        clips.addAll(Corpus.heldOutCutClips(dir, Corpus.Size.REDUCED));
        CutScore total = CutScore.ZERO;
        StringBuilder report = new StringBuilder();
        for (CutClip clip : clips) {
            ShotCutDetector detector = new ShotCutDetector(ShotCutDetector.Settings.of(0.5, 8));
            try (VideoReader reader = VideoReader.open(clip.video(), VideoReader.Options.scaled(64, 36, PixelFormat.RGB24))) {
                byte[] rgb = new byte[64 * 36 * 3];
                for (VideoFrame f; (f = reader.next()) != null; ) {
                    f.data().get(0, rgb);
                    detector.add(rgb, 64, 36);
                }
            }
            List<Integer> found = detector.cutFrames();
            total = total.plus(CutScore.of(clip, found));
            report.append(clip.name()).append(": truth ").append(clip.hardCuts()).append(' ').append(clip.dissolves())
                    .append(" found ").append(found).append('\n');
        }
        assertTrue(total.hardF1() >= 0.95, total.describeHard() + "\n" + report);
        assertTrue(total.dissolves() == 0 || total.dissolveF1() >= 0.8, total.describeDissolves() + "\n" + report);
    }
}

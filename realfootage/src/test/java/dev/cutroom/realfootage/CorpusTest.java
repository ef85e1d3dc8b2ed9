package dev.cutroom.realfootage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reduced corpus builds from the real photos, and its clips hold what their ground truth says. */
class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void reducedCutClipsCarryEveryKindOfEventAndDecodeToTheirLength() throws Exception {
        List<CutClip> clips = Corpus.cutClips(dir, Corpus.Size.REDUCED);
        int hard = clips.stream().mapToInt(c -> c.hardCuts().size()).sum();
        int dissolves = clips.stream().mapToInt(c -> c.dissolves().size()).sum();
        List<String> negatives = clips.stream().flatMap(c -> c.negatives().stream()).toList();
        assertTrue(hard >= 5, "hard cuts: " + hard);
        assertTrue(dissolves >= 1, "dissolves: " + dissolves);
        assertTrue(negatives.stream().anyMatch(n -> n.startsWith("flash")), negatives.toString());
        assertTrue(negatives.stream().anyMatch(n -> n.startsWith("whip pan")), negatives.toString());
        CutClip scripted = clips.getFirst();
        assertEquals(List.of(30, 92, 122), scripted.hardCuts());
        assertEquals(List.of(new CutClip.Dissolve(52, 63)), scripted.dissolves());
        List<Picture> frames = H264Clip.read(scripted.video(), 0, 0);
        assertEquals(scripted.frames(), frames.size());
        assertEquals(Corpus.CUT_WIDTH, frames.getFirst().width());
        // across a hard cut the picture changes far more than between two frames of the same shot
        double within = H264Clip.psnr(frames.get(28), frames.get(29)), across = H264Clip.psnr(frames.get(29), frames.get(30));
        assertTrue(within > across + 6, "within a shot " + within + " dB, across the cut " + across + " dB");
    }

    @Test
    void upscaleCasesAreTheTruthAreaDownscaledAndEncodedFaithfully() throws Exception {
        List<UpscaleCase> cases = Corpus.upscaleCases(dir, Corpus.Size.REDUCED, 2);
        assertEquals(2, cases.size());
        for (UpscaleCase c : cases) {
            List<Picture> low = H264Clip.read(c.video(), 0, 0);
            assertEquals(c.truth().size(), low.size());
            assertEquals(c.truthWidth() / 2, low.getFirst().width());
            double psnr = H264Clip.psnr(Degrade.areaDownscale(c.truth().get(3), 2), low.get(3));
            // real degradations, not destruction: noise and H.264 cost a few dB, no more
            assertTrue(psnr > 28 && psnr < 60, c.name() + ": " + psnr + " dB");
        }
    }

    @Test
    void portraitViewportsMapFramePixelsBackToThePhoto() throws Exception {
        List<PortraitClip> clips = Corpus.portraits(dir, Corpus.Size.REDUCED);
        assertEquals(3, clips.size());
        PortraitClip pan = clips.getFirst();
        double[] p = pan.toPhoto(5, 100, 50);
        double[] back = pan.toFrame(5, p[0], p[1]);
        assertEquals(100, back[0], 1e-9);
        assertEquals(50, back[1], 1e-9);
        assertEquals(12, H264Clip.read(pan.video(), 0, 0).size());
    }

    @Test
    void cutScoreCountsEachEventOnceAndEverythingElseAsFalse() {
        CutClip clip = new CutClip("t", Path.of("t.mp4"), Corpus.RATE, 200, 8, 8, List.of(50, 120), List.of(new CutClip.Dissolve(80, 91)), List.of());
        CutScore score = CutScore.of(clip, List.of(49, 51, 86, 160));
        assertEquals(1, score.hardFound());
        assertEquals(1, score.dissolvesFound());
        assertEquals(2, score.falsePositives()); // the second hit on 50, and 160
        assertEquals(0.5, score.hardRecall(), 1e-9);
        assertEquals(1 / 3.0, score.hardPrecision(), 1e-9);
    }

    @Test
    void aMissingPhotoSaysHowToFetchIt() {
        var e = assertThrows(RealPhotos.MissingPhotoException.class, () -> RealPhotos.read(RealPhotos.photo("coffee"), dir));
        assertTrue(e.getMessage().contains("tools/fetch-real-photos.sh"), e.getMessage());
    }
}

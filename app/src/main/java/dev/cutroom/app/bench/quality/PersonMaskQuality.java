package dev.cutroom.app.bench.quality;

import dev.cutroom.app.bench.BenchTable;
import dev.cutroom.models.Models;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import dev.cutroom.plugin.instruct.execute.FrameSize;
import dev.cutroom.plugin.instruct.execute.PersonMasks;
import dev.cutroom.plugin.instruct.execute.RgbImage;
import dev.cutroom.plugin.instruct.execute.SubjectTracker;
import dev.cutroom.realfootage.Corpus;
import dev.cutroom.realfootage.H264Clip;
import dev.cutroom.realfootage.Picture;
import dev.cutroom.realfootage.PortraitClip;
import java.util.List;
import java.util.Locale;

/**
 * The instruct plugin's person masks and follow-the-person reframe on real portraits filmed with a moving camera.
 * The person does not move in the photo, so a stable mask, mapped back into the photo through each frame's known
 * viewport, stays put: stability is the IoU of consecutive masks compared there. Coverage is the share of the
 * hand-marked head box the mask covers, leak the share of the picture outside the marked person box it covers.
 * Containment is the share of the head's width inside a 9:16 window placed as the reframe places it (the mask's
 * centroid through the same {@link SubjectTracker} settings), of the window's width when the head is wider.
 */
final class PersonMaskQuality implements QualitySection {
    @Override
    public String name() {
        return "person";
    }

    /** Per-clip measures, averaged over frames. */
    record Measures(double stability, double headCoverage, double leak, double headInside, int frames) {}

    @Override
    public void run(QualityRun run, BenchTable table) throws Exception {
        List<PortraitClip> clips = Corpus.portraits(run.work(), run.size());
        double stability = 0, coverage = 0, leak = 0, inside = 0;
        int frames = 0;
        for (PortraitClip clip : clips) {
            Measures m = measure(clip);
            run.log().printf(Locale.ROOT, "  %s: stability IoU %.3f, head covered %.3f, leak %.3f, head inside window %.2f%n",
                    clip.name(), m.stability(), m.headCoverage(), m.leak(), m.headInside());
            stability += m.stability() * m.frames();
            coverage += m.headCoverage() * m.frames();
            leak += m.leak() * m.frames();
            inside += m.headInside() * m.frames();
            frames += m.frames();
        }
        String corpus = clips.stream().map(PortraitClip::name).toList().toString();
        table.addInfo("person masks: corpus", String.format(Locale.ROOT, "%d real portrait clips %s, %d frames 320x180 H.264", clips.size(), corpus, frames));
        table.add("person mask stability (IoU of consecutive masks, camera motion undone)",
                String.format(Locale.ROOT, "%.3f", stability / frames), ">= 0.90", stability / frames >= 0.9);
        // a head is round and its marked box square: an ellipse fills 79% of its box
        table.add("person mask: marked head box covered", String.format(Locale.ROOT, "%.3f", coverage / frames), ">= 0.70", coverage / frames >= 0.7);
        table.add("person mask: leak outside the marked person", String.format(Locale.ROOT, "%.3f of the background", leak / frames), "<= 0.05", leak / frames <= 0.05);
        table.add("reframe 9:16: share of the head inside the window", String.format(Locale.ROOT, "%.3f (mean over frames)", inside / frames), ">= 0.95", inside / frames >= 0.95);
    }

    static Measures measure(PortraitClip clip) throws Exception {
        List<Picture> pictures = H264Clip.read(clip.video(), 0, 0);
        int w = clip.width(), h = clip.height();
        FrameSize window = new FrameSize(w, h).cropTo("9:16");
        HostModelAccess models = new HostModelAccess(List.of(PersonMasks.MODEL), Models::createDefault, ModelSources.standard(null));
        SubjectTracker tracker = new SubjectTracker(clip.rate().toDouble(), 0.4, 0.8); // the reframe's settings
        double stability = 0, coverage = 0, leak = 0;
        double headShown = 0;
        int pairs = 0;
        boolean[] previous = null;
        try (PersonMasks masks = new PersonMasks(models.open(PersonMasks.MODEL))) {
            for (int f = 0; f < pictures.size(); f++) {
                RgbImage frame = new RgbImage(w, h, 3, pictures.get(f).rgb());
                float[] soft = masks.full(frame, f);
                boolean[] mask = new boolean[soft.length];
                for (int p = 0; p < soft.length; p++) mask[p] = soft[p] >= 0.5f;
                if (previous != null) {
                    stability += consecutiveIoU(clip, f, mask, previous);
                    pairs++;
                }
                double[] head = box(clip, f, clip.head());
                double[] person = box(clip, f, clip.person());
                int headPixels = 0, headCovered = 0, outside = 0, outsideMasked = 0;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        boolean m = mask[y * w + x];
                        if (x + 0.5 >= head[0] && x + 0.5 < head[2] && y + 0.5 >= head[1] && y + 0.5 < head[3]) {
                            headPixels++;
                            if (m) headCovered++;
                        }
                        if (!(x + 0.5 >= person[0] && x + 0.5 < person[2] && y + 0.5 >= person[1] && y + 0.5 < person[3])) {
                            outside++;
                            if (m) outsideMasked++;
                        }
                    }
                }
                coverage += headPixels == 0 ? 1 : (double) headCovered / headPixels;
                leak += outside == 0 ? 0 : (double) outsideMasked / outside;
                // where the reframe puts its window (SubjectCrop's placement)
                double[] c = tracker.update(SubjectTracker.centroid(masks.lowRes(frame, f), 256));
                int x0 = Math.max(0, Math.min(w - window.width(), (int) Math.round(c[0] * w - window.width() / 2.0)));
                // the head's width inside the window, as a share of the head's width in the picture (or of the
                // window, when the head is wider than the window)
                double hx0 = Math.max(0, head[0]), hx1 = Math.min(w, head[2]);
                double shown = Math.max(0, Math.min(hx1, x0 + window.width()) - Math.max(hx0, x0));
                headShown += shown / Math.min(hx1 - hx0, window.width());
                if (DUMP != null && f == pictures.size() / 2) dump(clip, frame, mask, x0, window.width());
                previous = mask;
            }
        }
        int n = pictures.size();
        return new Measures(pairs == 0 ? 1 : stability / pairs, coverage / n, leak / n, headShown / n, n);
    }

    static final String DUMP = System.getProperty("cutroom.dumpMasks");

    /** For looking: the frame with the mask tinted red and the reframe window's edges in green. */
    private static void dump(PortraitClip clip, RgbImage frame, boolean[] mask, int x0, int ww) throws java.io.IOException {
        int w = frame.width(), h = frame.height();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int r = frame.at(x, y, 0), g = frame.at(x, y, 1), b = frame.at(x, y, 2);
            if (mask[y * w + x]) r = Math.min(255, r / 2 + 128);
            if (x == x0 || x == x0 + ww - 1) g = 255;
            img.setRGB(x, y, r << 16 | g << 8 | b);
        }
        javax.imageio.ImageIO.write(img, "png", java.nio.file.Path.of(DUMP, clip.name() + ".png").toFile());
    }

    /** IoU of this frame's mask with the previous frame's, each pixel looked up where the photo point was. */
    private static double consecutiveIoU(PortraitClip clip, int frame, boolean[] mask, boolean[] previous) {
        int w = clip.width(), h = clip.height();
        int inter = 0, union = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double[] p = clip.toPhoto(frame, x + 0.5, y + 0.5);
                double[] q = clip.toFrame(frame - 1, p[0], p[1]);
                int qx = (int) Math.floor(q[0]), qy = (int) Math.floor(q[1]);
                if (qx < 0 || qy < 0 || qx >= w || qy >= h) continue;
                boolean a = mask[y * w + x], b = previous[qy * w + qx];
                if (a && b) inter++;
                if (a || b) union++;
            }
        }
        return union == 0 ? 1 : (double) inter / union;
    }

    /** A photo box in frame pixels of {@code frame}: {x0, y0, x1, y1}. */
    private static double[] box(PortraitClip clip, int frame, PortraitClip.Box b) {
        double[] a = clip.toFrame(frame, b.x0(), b.y0()), c = clip.toFrame(frame, b.x1(), b.y1());
        return new double[] {a[0], a[1], c[0], c[1]};
    }
}

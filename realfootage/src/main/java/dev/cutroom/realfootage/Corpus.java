package dev.cutroom.realfootage;

import dev.cutroom.timeline.model.FrameRate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The real-footage corpus: the real photographs of {@link RealPhotos} filmed with camera motion, degraded as real
 * footage is, and cut together with known cut lists. Everything is seeded, so a build is the same every time
 * (H.264 bits aside, which depend only on the encoder's version).
 *
 * <ul>
 *   <li>{@link #cutClips}: clips of several shots joined by hard cuts and dissolves, with flashes and whip pans
 *       inside shots (hard negatives), sensor noise and H.264 at web bitrates.</li>
 *   <li>{@link #upscaleCases}: one-shot clips whose full-resolution frames are the ground truth, area-downscaled by
 *       2 or 4, with sensor noise, encoded as H.264.</li>
 *   <li>{@link #portraits}: the photos of people, panned, zoomed and handheld, with the viewport of every frame.</li>
 * </ul>
 * {@link Size#REDUCED} is small enough for the test suite (a few seconds); {@link Size#FULL} is the bench's.
 * Job thread; writes only into the folder it is given.
 */
public final class Corpus {
    public static final FrameRate RATE = FrameRate.FPS_25;
    /** Size of the cut clips. */
    public static final int CUT_WIDTH = 320, CUT_HEIGHT = 180;

    /** How much of the corpus to build. */
    public enum Size { REDUCED, FULL }

    private Corpus() {}

    // ---------------------------------------------------------------- cut clips

    /**
     * The cut clips, written into {@code dir}: a scripted one and random ones (one short one when reduced; eight
     * when full, those the detector's thresholds were chosen on).
     */
    public static List<CutClip> cutClips(Path dir, Size size) throws IOException {
        List<CutClip> clips = new ArrayList<>();
        clips.add(scripted(dir));
        int random = size == Size.REDUCED ? 1 : 8;
        for (int i = 0; i < random; i++) clips.add(randomClip(dir, i, size == Size.REDUCED ? 4 : 7));
        return clips;
    }

    /**
     * Eight more random clips (full) or one (reduced), from seeds no threshold was ever tuned on: the honest
     * figure for a detector tuned on {@link #cutClips}.
     */
    public static List<CutClip> heldOutCutClips(Path dir, Size size) throws IOException {
        List<CutClip> clips = new ArrayList<>();
        int random = size == Size.REDUCED ? 1 : 8;
        for (int i = 0; i < random; i++) clips.add(randomClip(dir, 100 + i, size == Size.REDUCED ? 4 : 7));
        return clips;
    }

    /** A hand-written clip with one of everything: hard cuts, a dissolve, a flash, a whip pan, a handheld shot. */
    private static CutClip scripted(Path dir) throws IOException {
        CutBuilder b = new CutBuilder("scripted", 7);
        b.shot(new Shot("astronaut", 30, CameraPath.move(new Viewport(256, 200, 360), new Viewport(230, 170, 260), 30)
                .handheld(0.01, 1), List.of()));
        b.hardCut();
        b.shot(new Shot("coffee", 34, CameraPath.move(new Viewport(200, 200, 420), new Viewport(400, 200, 420), 34), List.of(14)));
        b.dissolve(12);
        int rocket = b.shot(new Shot("rocket", 40, CameraPath.through(List.of(new CameraPath.Key(0, new Viewport(200, 213, 380)),
                new CameraPath.Key(14, new Viewport(200, 213, 380)), new CameraPath.Key(20, new Viewport(440, 213, 380)))), List.of()));
        b.negative("whip pan at frames " + (rocket + 14) + "-" + (rocket + 20));
        b.hardCut();
        b.shot(new Shot("chelsea", 30, CameraPath.still(new Viewport(225, 150, 400)).handheld(0.03, 2), List.of()));
        b.hardCut();
        b.shot(new Shot("camera", 30, CameraPath.move(new Viewport(256, 256, 480), new Viewport(220, 200, 300), 30), List.of()));
        return b.write(dir, H264Clip.WEB_QUALITY);
    }

    /** A clip of {@code shots} random shots of random photos, seeded by {@code index}. */
    private static CutClip randomClip(Path dir, int index, int shots) throws IOException {
        Random random = new Random(1000 + index);
        CutBuilder b = new CutBuilder("random-" + index, 100 + index);
        List<RealPhotos.Photo> photos = RealPhotos.manifest();
        String previous = "";
        for (int s = 0; s < shots; s++) {
            String photo;
            do photo = photos.get(random.nextInt(photos.size())).name(); while (photo.equals(previous));
            previous = photo;
            Picture p = RealPhotos.load(photo);
            int frames = 28 + random.nextInt(40);
            int[] whip = new int[] {-1};
            CameraPath camera = randomCamera(random, p, frames, whip);
            int start = b.shot(new Shot(photo, frames, camera, random.nextDouble() < 0.25 ? List.of(8 + random.nextInt(frames - 16)) : List.of()));
            if (whip[0] >= 0) b.negative("whip pan at frames " + (start + whip[0]) + "-" + (start + whip[0] + 5));
            if (s < shots - 1) {
                if (random.nextDouble() < 0.3) b.dissolve(8 + random.nextInt(13));
                else b.hardCut();
            }
        }
        double[] bitrates = {0.05, 0.1, 0.2};
        return b.write(dir, bitrates[index % bitrates.length]);
    }

    /** A random pan, zoom, whip pan or hold, maybe handheld; {@code whip[0]} gets a whip pan's first frame. */
    private static CameraPath randomCamera(Random random, Picture photo, int frames, int[] whip) {
        double aspect = (double) CUT_WIDTH / CUT_HEIGHT;
        double maxWidth = Math.min(photo.width(), photo.height() * aspect);
        double w = maxWidth * (0.55 + 0.4 * random.nextDouble());
        Viewport centre = new Viewport(photo.width() / 2.0, photo.height() / 2.0, w);
        double span = (maxWidth - w) / 2 + 0.15 * photo.width();
        CameraPath path = switch (random.nextInt(4)) {
            case 0 -> CameraPath.move(centre.shifted(-span, 0), centre.shifted(span, 0), frames);                    // pan
            case 1 -> CameraPath.move(centre, new Viewport(centre.centreX(), centre.centreY(), w * 0.6), frames);   // zoom in
            case 2 -> {                                                                                                  // whip pan
                int at = frames / 3 + random.nextInt(Math.max(1, frames / 3));
                whip[0] = at;
                yield CameraPath.through(List.of(new CameraPath.Key(0, centre.shifted(-span, 0)), new CameraPath.Key(at, centre.shifted(-span, 0)),
                        new CameraPath.Key(at + 5, centre.shifted(span, 0))));
            }
            default -> CameraPath.still(centre);
        };
        return random.nextBoolean() ? path.handheld(0.005 + 0.02 * random.nextDouble(), random.nextLong()) : path;
    }

    /** Lays shots end to end and keeps the ground truth as it goes. */
    private static final class CutBuilder {
        private final String name;
        private final Random noise;
        private final List<Picture> frames = new ArrayList<>();
        private final List<Integer> hardCuts = new ArrayList<>();
        private final List<CutClip.Dissolve> dissolves = new ArrayList<>();
        private final List<String> negatives = new ArrayList<>();
        private int pendingDissolve = -1;

        CutBuilder(String name, long seed) {
            this.name = name;
            this.noise = new Random(seed);
        }

        void hardCut() {
            hardCuts.add(frames.size());
        }

        void dissolve(int length) {
            pendingDissolve = length;
        }

        void negative(String what) {
            negatives.add(what);
        }

        /** Appends the shot (blending its start into the previous one after {@link #dissolve}); returns its first frame. */
        int shot(Shot shot) {
            int start = frames.size();
            if (pendingDissolve > 0) {
                int length = Math.min(pendingDissolve, Math.min(shot.frames() - 1, frames.size() - 1));
                start = frames.size() - length;
                dissolves.add(new CutClip.Dissolve(start, start + length - 1));
            }
            for (int f = 0; f < shot.frames(); f++) {
                Picture p = shot.frame(f, CUT_WIDTH, CUT_HEIGHT);
                int at = start + f;
                if (at < frames.size()) {
                    int k = at - start, length = frames.size() - start;
                    frames.set(at, Degrade.mix(frames.get(at), p, (k + 1.0) / (length + 1)));
                } else {
                    frames.add(p);
                }
            }
            for (int f : shot.flashes()) negatives.add("flash at frame " + (start + f));
            pendingDissolve = -1;
            return start;
        }

        CutClip write(Path dir, double bitsPerPixel) throws IOException {
            List<Picture> noisy = new ArrayList<>(frames.size());
            for (Picture p : frames) noisy.add(Degrade.sensorNoise(p, 1.5, 0.02, noise));
            Path video = H264Clip.write(dir.resolve(name + ".mp4"), noisy, RATE, bitsPerPixel);
            return new CutClip(name, video, RATE, frames.size(), CUT_WIDTH, CUT_HEIGHT, hardCuts, dissolves, negatives);
        }
    }

    // ---------------------------------------------------------------- upscale

    /**
     * Clips for judging an upscaler at {@code scale} (2 or 4): reduced, two photos at 256x144 truth and 8 frames;
     * full, every photo at 480x272 truth and 24 frames.
     */
    public static List<UpscaleCase> upscaleCases(Path dir, Size size, int scale) throws IOException {
        if (scale != 2 && scale != 4) throw new IllegalArgumentException("scale must be 2 or 4, got " + scale);
        boolean reduced = size == Size.REDUCED;
        int w = reduced ? 256 : 480, h = reduced ? 144 : 272, frames = reduced ? 8 : 24;
        List<String> names = reduced ? List.of("astronaut", "coffee") : RealPhotos.manifest().stream().map(RealPhotos.Photo::name).toList();
        List<UpscaleCase> cases = new ArrayList<>();
        for (String name : names) {
            Picture photo = RealPhotos.load(name);
            double aspect = (double) w / h;
            double maxWidth = Math.min(photo.width(), photo.height() * aspect);
            // never narrower than the output: the truth must be real pixels, not an upscale of the photo
            double vw = Math.max(w, Math.min(maxWidth, w * 1.15));
            Viewport from = new Viewport(photo.width() / 2.0 - 0.04 * photo.width(), photo.height() * 0.45, vw);
            Viewport to = new Viewport(photo.width() / 2.0 + 0.04 * photo.width(), photo.height() * 0.5, Math.max(w, vw * 0.95));
            CameraPath path = CameraPath.move(from, to, frames).handheld(0.004, name.hashCode());
            Random noise = new Random(name.hashCode() * 31L + scale);
            List<Picture> truth = new ArrayList<>(), low = new ArrayList<>();
            for (int f = 0; f < frames; f++) {
                Picture t = Camera.film(photo, path, f, w, h);
                truth.add(t);
                low.add(Degrade.sensorNoise(Degrade.areaDownscale(t, scale), 1.0, 0.01, noise));
            }
            double bpp = 0.3; // a small delivery size gets more bits per pixel than HD does
            Path video = H264Clip.write(dir.resolve("upscale-" + name + "-x" + scale + ".mp4"), low, RATE, bpp);
            cases.add(new UpscaleCase(name, name, scale, video, RATE, truth, String.format(java.util.Locale.ROOT,
                    "%s, slow pan and zoom, handheld; %dx%d truth, area /%d, sensor noise, H.264 %.2f bpp",
                    name, w, h, scale, bpp)));
        }
        return cases;
    }

    // ---------------------------------------------------------------- portraits

    /** Hand-marked person and head boxes of the photos of people, in photo pixels. */
    static PortraitClip.Box[] personAndHead(String photo) {
        return switch (photo) {
            case "astronaut" -> new PortraitClip.Box[] {new PortraitClip.Box(20, 15, 365, 512), new PortraitClip.Box(150, 15, 305, 190)};
            case "camera" -> new PortraitClip.Box[] {new PortraitClip.Box(0, 65, 335, 512), new PortraitClip.Box(155, 65, 270, 200)};
            default -> throw new IllegalArgumentException(photo + " has no marked person");
        };
    }

    /**
     * The photos of people filmed three ways each (a slow pan, a zoom in, a handheld hold), 320x180, sensor noise,
     * H.264 at web quality. Reduced: the astronaut only, 12 frames per move; full: 40.
     */
    public static List<PortraitClip> portraits(Path dir, Size size) throws IOException {
        boolean reduced = size == Size.REDUCED;
        int frames = reduced ? 12 : 40;
        List<String> people = reduced ? List.of("astronaut")
                : RealPhotos.manifest().stream().filter(RealPhotos.Photo::showsPerson).map(RealPhotos.Photo::name).toList();
        List<PortraitClip> clips = new ArrayList<>();
        for (String name : people) {
            Picture photo = RealPhotos.load(name);
            PortraitClip.Box[] marks = personAndHead(name);
            // framed as a camera operator frames a portrait: the head in the upper part of the picture
            double wide = Math.min(photo.width(), photo.height() * CUT_WIDTH / (double) CUT_HEIGHT);
            double cx = (marks[1].x0() + marks[1].x1()) / 2;
            java.util.function.DoubleUnaryOperator cy = w -> marks[1].y0() - 0.08 * w / CUT_WIDTH * CUT_HEIGHT + 0.5 * w / CUT_WIDTH * CUT_HEIGHT;
            List<CameraPath> moves = List.of(
                    CameraPath.move(new Viewport(cx - 60, cy.applyAsDouble(wide * 0.8), wide * 0.8), new Viewport(cx + 60, cy.applyAsDouble(wide * 0.8), wide * 0.8), frames),
                    CameraPath.move(new Viewport(cx, cy.applyAsDouble(wide), wide), new Viewport(cx, cy.applyAsDouble(wide * 0.6), wide * 0.6), frames),
                    CameraPath.still(new Viewport(cx, cy.applyAsDouble(wide * 0.85), wide * 0.85)).handheld(0.02, name.hashCode()));
            String[] labels = {"pan", "zoom", "handheld"};
            for (int m = 0; m < moves.size(); m++) {
                Random noise = new Random(name.hashCode() + m);
                List<Picture> pictures = new ArrayList<>();
                List<Viewport> views = new ArrayList<>();
                double aspect = (double) CUT_WIDTH / CUT_HEIGHT;
                for (int f = 0; f < frames; f++) {
                    pictures.add(Degrade.sensorNoise(Camera.film(photo, moves.get(m), f, CUT_WIDTH, CUT_HEIGHT), 1.5, 0.02, noise));
                    views.add(moves.get(m).at(f).inside(photo.width(), photo.height(), aspect));
                }
                String clipName = name + "-" + labels[m];
                Path video = H264Clip.write(dir.resolve("portrait-" + clipName + ".mp4"), pictures, RATE, H264Clip.WEB_QUALITY);
                clips.add(new PortraitClip(clipName, name, video, RATE, CUT_WIDTH, CUT_HEIGHT, views, marks[0], marks[1]));
            }
        }
        return clips;
    }
}

package dev.cutroom.timeline.io;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Small hand-built projects that use every field of the model. */
final class TestProjects {
    private TestProjects() {}

    static Project rich() {
        MediaItem a = MediaItem.probed("media-a", "clips/a.mp4", new MediaInfo("mov,mp4,m4a,3gp,3g2,mj2", Rational.of(1001, 100),
                new MediaInfo.VideoStreamInfo(1920, 1080, FrameRate.FPS_29_97, 90, "h264", 300),
                new MediaInfo.AudioStreamInfo(48_000, 2, "aac")));
        MediaItem b = MediaItem.probed("media-b", "/elsewhere/b.wav", new MediaInfo("wav", Rational.of(13), null,
                new MediaInfo.AudioStreamInfo(44_100, 1, "pcm_s16le")));
        MediaItem broken = MediaItem.failed("media-c", "missing.mov", "No such file");
        Take original = Take.original("take-1", "media-a");
        Take generated = new Take("take-2", "media-a", Rational.of(3, 2), "Upscaled",
                new Provenance("dev.cutroom.upscale", "1.0.0", "realesrgan-x4", "0.3", "ab".repeat(32), Map.of("scale", "2", "tile", "256"),
                        "make it sharp", "cd".repeat(32), "2025-01-01T00:00:00Z"));
        Take sparse = new Take("take-3", "media-a", Rational.ZERO, null, new Provenance(null, null, null, null, null, null, null, null, null));
        Clip c1 = new Clip("clip-1", "Arrival", 0, 120, Rational.of(3, 2), Rational.ONE, 1.0, true, List.of(original, generated, sparse), "take-2", "link-1");
        Clip c2 = new Clip("clip-2", null, 120, 30, Rational.of(1001, 30000), Rational.of(1, 2), 0.25, false,
                List.of(Take.original("take-4", "media-a")), "take-4", null);
        Clip c3 = new Clip("clip-3", "Sound", 0, 120, Rational.ZERO, Rational.of(3), 1.5, true, List.of(Take.original("take-5", "media-b")), "take-5", "link-1");
        Track v1 = new Track("track-v1", TrackKind.VIDEO, "V1", List.of(c1, c2), List.of(new Transition("tr-1", "cross_dissolve", 120, 5, 5)),
                false, true, false, true);
        Track a1 = new Track("track-a1", TrackKind.AUDIO, "A1", List.of(c3), List.of(), true, false, true, false);
        Track empty = Track.empty("track-v2", TrackKind.VIDEO, null);
        Timeline timeline = new Timeline("Main", FrameRate.FPS_29_97, 1920, 1080, 48_000, 2, List.of(v1, empty, a1),
                List.of(new Marker("marker-1", "Cut here", 60, 0, "red", "tighten"), new Marker("marker-2", null, 90, 12, null, null)));
        return new Project("project-1", "Rich", timeline, List.of(a, b, broken));
    }

    static byte[] resource(String name) {
        try (InputStream in = TestProjects.class.getResourceAsStream("/io/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource io/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

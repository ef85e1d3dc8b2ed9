package dev.cutroom.app.drill;

import dev.cutroom.timeline.io.bench.FileBench;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Projects the drills save, edit and mutate. */
final class DrillProjects {
    static final String MARKER_PREFIX = "drill-marker-";

    private DrillProjects() {}

    /** Two different 10,000-clip projects: the second is renamed and has no markers. */
    static Project[] saveVersions() {
        Project a = FileBench.tenThousandClips();
        Project b = new Project(a.id(), a.name() + " (second version)", a.timeline().withMarkers(List.of()), a.media());
        return new Project[] {a, b};
    }

    /** One edit: a marker numbered {@code n}. */
    static Project addMarker(Project p, int n) {
        List<Marker> markers = new ArrayList<>(p.timeline().markers());
        markers.add(new Marker(MARKER_PREFIX + n, "Edit " + n, n, 0, "red", null));
        return p.withTimeline(p.timeline().withMarkers(markers));
    }

    /** How many {@link #addMarker} edits {@code p} holds. */
    static int edits(Project p) {
        return (int) p.timeline().markers().stream().filter(m -> m.id().startsWith(MARKER_PREFIX)).count();
    }

    /**
     * A small project with every kind of content a file can hold (media with video and audio, linked clips, speed,
     * volume, a generated take with provenance, markers): the seed of the fuzzer.
     */
    static Project small() {
        ProjectFactory factory = new ProjectFactory(Ids.seeded(42));
        Ids ids = factory.ids();
        FrameRate rate = FrameRate.FPS_29_97;
        Project base = factory.empty("Fuzz seed", new ProjectFormat(rate, 1920, 1080, 48_000, 2));
        List<MediaItem> media = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            MediaInfo info = new MediaInfo("mov,mp4,m4a,3gp,3g2,mj2", Rational.of(60_060L + i * 1001L, 1000),
                    new MediaInfo.VideoStreamInfo(1920, 1080, rate, 0, "h264", 1800 + i),
                    new MediaInfo.AudioStreamInfo(48_000, 2, "aac"));
            media.add(MediaItem.probed(ids.next("media"), "footage/shot_" + i + ".mp4", info));
        }
        List<Clip> video = new ArrayList<>();
        List<Clip> audio = new ArrayList<>();
        long position = 0;
        for (int i = 0; i < 6; i++) {
            MediaItem item = media.get(i % 3);
            long frames = 30 + i * 7L;
            String link = ids.next("link");
            Rational in = Rational.of(i * 1001L, 30_000);
            Rational speed = i == 2 ? Rational.of(1, 2) : Rational.ONE;
            Clip v = factory.newClip("shot " + i, item, position, frames, link).withSourceIn(in).withSpeed(speed);
            if (i == 1) {
                Take generated = new Take(ids.next("take"), media.get(3).id(), in, "Upscaled",
                        new Provenance("dev.cutroom.upscale", "1.0.0", "realesrgan-x4", "0.3", "ab".repeat(32),
                                Map.of("scale", "2"), null, "cd".repeat(32), "2025-01-01T00:00:00Z"));
                List<Take> takes = new ArrayList<>(v.takes());
                takes.add(generated);
                v = v.withTakes(takes, generated.id());
            }
            video.add(v);
            audio.add(factory.newClip("shot " + i, item, position, frames, link).withSourceIn(in).withSpeed(speed).withVolume(0.8));
            position += frames + (i == 3 ? 12 : 0);
        }
        List<Track> tracks = List.of(
                new Track(ids.next("track"), TrackKind.VIDEO, "V1", video, List.of(), false, false, false, false),
                new Track(ids.next("track"), TrackKind.AUDIO, "A1", audio, List.of(), false, false, false, false));
        List<Marker> markers = List.of(new Marker(ids.next("marker"), "Start", 0, 0, "red", null),
                new Marker(ids.next("marker"), "Beat", 90, 15, "blue", "a note"));
        return base.withTimeline(base.timeline().withTracks(tracks).withMarkers(markers)).withMedia(media);
    }
}

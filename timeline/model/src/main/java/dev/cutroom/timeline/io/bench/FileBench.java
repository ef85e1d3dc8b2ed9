package dev.cutroom.timeline.io.bench;

import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectJson;
import dev.cutroom.timeline.io.ProjectStore;
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
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inputs and operations for timing project files (used by {@code cutroom bench}). Not a test: no timing here.
 */
public final class FileBench {
    /** Clips in {@link #tenThousandClips()}. */
    public static final int CLIPS = 10_000;

    private FileBench() {}

    /**
     * A deterministic project: 200 media items, 2 video and 2 audio tracks of 2,500 clips each (linked
     * video/audio pairs, gaps, NTSC rate, odd speeds); every tenth clip has a second, generated take with provenance.
     */
    public static Project tenThousandClips() {
        return project(CLIPS, 10_000, "Ten thousand clips");
    }

    /**
     * The same kind of project at any size (at least 4 clips): media, linked pairs on four tracks, gaps, speeds,
     * generated takes, volumes and markers all scale with {@code clips}. Deterministic for a seed.
     */
    public static Project project(int clips, long seed, String name) {
        if (clips < 4) throw new IllegalArgumentException("need at least 4 clips, got " + clips);
        int mediaCount = Math.max(4, Math.min(200, clips / 50));
        int generatedCount = Math.max(1, mediaCount / 10);
        ProjectFactory factory = new ProjectFactory(Ids.seeded(seed));
        Ids ids = factory.ids();
        FrameRate rate = FrameRate.FPS_29_97;
        Project base = factory.empty(name, new ProjectFormat(rate, 1920, 1080, 48_000, 2));
        List<MediaItem> media = new ArrayList<>();
        for (int i = 0; i < mediaCount; i++) {
            MediaInfo info = new MediaInfo("mov,mp4,m4a,3gp,3g2,mj2", Rational.of(60_060L + i * 1001L, 1000),
                    new MediaInfo.VideoStreamInfo(1920, 1080, rate, 0, "h264", 1800 + i),
                    new MediaInfo.AudioStreamInfo(48_000, 2, "aac"));
            media.add(MediaItem.probed(ids.next("media"), "footage/day" + (i % 7) + "/shot_" + i + ".mp4", info));
        }
        for (int i = 0; i < generatedCount; i++) {
            media.add(MediaItem.probed(ids.next("media"), "generated/take_" + i + ".mp4",
                    new MediaInfo("mov,mp4,m4a,3gp,3g2,mj2", Rational.of(10), new MediaInfo.VideoStreamInfo(1920, 1080, rate, 0, "h264", 300), null)));
        }
        int perTrack = clips / 4;
        List<List<Clip>> lanes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int pair = 0; pair < 2; pair++) {
            long position = 0;
            for (int i = 0; i < perTrack; i++) {
                MediaItem item = media.get((i * 7 + pair) % mediaCount);
                long frames = 24 + (i * 37L + pair) % 120;
                String link = ids.next("link");
                Rational in = Rational.of((i % 50) * 1001L, 30_000);
                Rational speed = i % 11 == 0 ? Rational.of(1, 2) : i % 13 == 0 ? Rational.of(3, 2) : Rational.ONE;
                for (int kind = 0; kind < 2; kind++) {
                    Clip clip = factory.newClip("shot " + i, item, position, frames, link).withSourceIn(in).withSpeed(speed);
                    if (kind == 0 && i % 10 == 0) {
                        Take generated = new Take(ids.next("take"), media.get(mediaCount + i % generatedCount).id(), in, "Upscaled",
                                new Provenance("dev.cutroom.upscale", "1.0.0", "realesrgan-x4", "0.3", "ab".repeat(32),
                                        Map.of("scale", "2", "tile", "256"), null, "cd".repeat(32), "2025-01-01T00:00:00Z"));
                        List<Take> takes = new ArrayList<>(clip.takes());
                        takes.add(generated);
                        clip = clip.withTakes(takes, generated.id());
                    }
                    if (kind == 1) clip = clip.withVolume(0.5 + (i % 5) / 10.0);
                    lanes.get(pair * 2 + kind).add(clip);
                }
                position += frames + (i % 9 == 0 ? 15 : 0);
            }
        }
        List<Track> tracks = new ArrayList<>();
        Timeline timeline = base.timeline();
        tracks.add(new Track(ids.next("track"), TrackKind.VIDEO, "V1", lanes.get(0), List.of(), false, false, false, false));
        tracks.add(new Track(ids.next("track"), TrackKind.VIDEO, "V2", lanes.get(2), List.of(), false, false, false, false));
        tracks.add(new Track(ids.next("track"), TrackKind.AUDIO, "A1", lanes.get(1), List.of(), false, false, false, false));
        tracks.add(new Track(ids.next("track"), TrackKind.AUDIO, "A2", lanes.get(3), List.of(), false, false, false, false));
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < Math.max(2, clips / 100); i++) markers.add(new Marker(ids.next("marker"), "Marker " + i, i * 900L, 0, "red", null));
        return base.withTimeline(timeline.withTracks(tracks).withMarkers(markers)).withMedia(media);
    }

    /** The project file's bytes. */
    public static byte[] save(Project project) { return ProjectJson.write(project); }

    /** Parses, checks and builds a project from file bytes. */
    public static Project load(byte[] bytes) throws ProjectFileException { return ProjectJson.read(bytes, "<bench>", null).project(); }

    /** Saves through {@link ProjectStore} (atomic write, fsync, backup). */
    public static void save(Project project, Path file) throws ProjectFileException { new ProjectStore().save(project, file); }

    /** Loads through {@link ProjectStore}. */
    public static Project load(Path file) throws ProjectFileException { return new ProjectStore().load(file).project(); }

    private static void report(String what, long[] s, long[] l) {
        java.util.Arrays.sort(s);
        java.util.Arrays.sort(l);
        int n = s.length;
        System.out.printf("10k clips, %s: save median %.1f ms (min %.1f), load median %.1f ms (min %.1f)%n",
                what, s[n / 2] / 1e6, s[0] / 1e6, l[n / 2] / 1e6, l[0] / 1e6);
    }

    /** Quick manual timing: {@code java ... FileBench [rounds]}. Prints median save and load times in ms. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Project p = tenThousandClips();
        byte[] bytes = save(p);
        long[] s = new long[rounds];
        long[] l = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            bytes = save(p);
            long t1 = System.nanoTime();
            Project back = load(bytes);
            long t2 = System.nanoTime();
            if (!back.equals(p)) throw new AssertionError("round trip differs");
            s[i] = t1 - t0;
            l[i] = t2 - t1;
        }
        report("in memory, " + bytes.length + " bytes", s, l);
        Path dir = java.nio.file.Files.createTempDirectory("cutroom-bench");
        Path file = dir.resolve("bench.cutroom");
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            save(p, file);
            long t1 = System.nanoTime();
            load(file);
            long t2 = System.nanoTime();
            s[i] = t1 - t0;
            l[i] = t2 - t1;
        }
        report("file (atomic save with fsync and .bak)", s, l);
        for (Path f : new Path[] {file, dir.resolve("bench.cutroom.bak"), dir}) java.nio.file.Files.deleteIfExists(f);
    }
}

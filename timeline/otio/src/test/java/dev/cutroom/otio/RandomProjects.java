package dev.cutroom.otio;

import dev.cutroom.timeline.command.AddMarker;
import dev.cutroom.timeline.command.AddTake;
import dev.cutroom.timeline.command.AddTransition;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.command.Move;
import dev.cutroom.timeline.command.RippleDelete;
import dev.cutroom.timeline.command.SetActiveTake;
import dev.cutroom.timeline.command.SetEnabled;
import dev.cutroom.timeline.command.SetSpeed;
import dev.cutroom.timeline.command.SetTrackFlags;
import dev.cutroom.timeline.command.SetVolume;
import dev.cutroom.timeline.command.Slip;
import dev.cutroom.timeline.command.Split;
import dev.cutroom.timeline.command.TrimIn;
import dev.cutroom.timeline.command.TrimOut;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Varied projects made with the model's own edit commands: several video and audio tracks, media at the timeline's
 * rate and at another one, speeds 1/2 and 2, splits, trims, slips by whole frames, moves, generated takes with
 * offsets and provenance, transitions, markers, track flags, volumes, disabled clips, bin-only and offline media.
 */
final class RandomProjects {
    static final Rational[] SPEEDS = {Rational.ONE, Rational.ONE, Rational.of(1, 2), Rational.of(2)};

    private final Random rnd;
    private final FrameRate rate;
    private int next;

    RandomProjects(long seed, FrameRate rate) {
        this.rnd = new Random(seed);
        this.rate = rate;
    }

    private String id(String prefix) { return prefix + "-" + (++next); }

    static MediaItem av(String id, Rational duration, FrameRate videoRate) {
        return MediaItem.probed(id, "media/" + id + ".mov", new MediaInfo("mov,mp4", duration,
                new MediaInfo.VideoStreamInfo(1920, 1080, videoRate, 0, "h264", duration.times(videoRate.fps()).floor()),
                new MediaInfo.AudioStreamInfo(48_000, 2, "aac")));
    }

    static MediaItem audio(String id, Rational duration) {
        return MediaItem.probed(id, "media/" + id + ".wav", new MediaInfo("wav", duration, null, new MediaInfo.AudioStreamInfo(48_000, 2, "pcm_s16le")));
    }

    Project project(int edits) {
        FrameRate other = rate.equals(FrameRate.FPS_25) ? FrameRate.FPS_29_97 : FrameRate.FPS_25;
        List<MediaItem> media = new ArrayList<>(List.of(
                av("m-a", rate.toSeconds(3000), rate), av("m-b", rate.toSeconds(1500), rate), av("m-c", other.toSeconds(2000), other),
                audio("m-music", Rational.of(240)), audio("m-vo", Rational.of(12013, 100)),
                av("m-gen", rate.toSeconds(3000), rate),
                av("m-unused", Rational.of(10), rate),
                MediaItem.failed("m-offline", "media/gone.mov", "cannot open: no such file")));
        List<Track> tracks = new ArrayList<>();
        String[][] layout = {{"V1", "VIDEO"}, {"A1", "AUDIO"}, {"V2", "VIDEO"}, {"A2", "AUDIO"}};
        for (String[] l : layout) {
            TrackKind kind = TrackKind.valueOf(l[1]);
            List<Clip> clips = new ArrayList<>();
            long pos = rnd.nextInt(10);
            int n = 4 + rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                MediaItem m = kind == TrackKind.VIDEO ? media.get(rnd.nextInt(3)) : media.get(rnd.nextInt(5));
                long frames = 10 + rnd.nextInt(120);
                long maxIn = m.info().duration().times(rate.fps()).floor() - frames - 1;
                Rational in = rate.toSeconds(rnd.nextInt((int) Math.min(maxIn, 600)));
                if (m.id().equals("m-c") && rnd.nextBoolean()) in = other.toSeconds(rnd.nextInt(600)); // on the media's grid
                Take t = Take.original(id("take"), m.id());
                String cid = id("clip");
                clips.add(new Clip(cid, rnd.nextInt(8) == 0 ? null : "Clip " + cid, pos, frames, in, Rational.ONE, 1.0, true,
                        List.of(t), t.id(), rnd.nextInt(5) == 0 ? id("link") : null));
                pos += frames + (rnd.nextInt(3) == 0 ? rnd.nextInt(50) : 0);
            }
            tracks.add(new Track(id("track"), kind, l[0], clips, List.of(), false, false, false, false));
        }
        Timeline tl = new Timeline("Main", rate, 1920, 1080, 48_000, 2, tracks, List.of());
        Project p = new Project(id("project"), "Random " + rate, tl, media);
        Invariants.check(p);
        for (int i = 0; i < edits; i++) {
            try {
                Command c = command(p);
                if (c == null) continue;
                p = c.apply(p).after();
            } catch (EditException refused) {
                // a random edit may not fit; the next one will
            }
        }
        Track locked = p.timeline().tracks().get(rnd.nextInt(p.timeline().tracks().size()));
        p = SetTrackFlags.lock(locked.id(), true).apply(p).after();
        Invariants.check(p);
        return p;
    }

    private Clip anyClip(Project p) {
        List<Clip> all = new ArrayList<>();
        for (Track t : p.timeline().tracks()) all.addAll(t.clips());
        return all.isEmpty() ? null : all.get(rnd.nextInt(all.size()));
    }

    private Track trackOf(Project p, Clip c) {
        for (Track t : p.timeline().tracks()) if (t.indexOf(c.id()) >= 0) return t;
        return null;
    }

    private Command command(Project p) {
        Clip c = anyClip(p);
        if (c == null) return null;
        Track t = trackOf(p, c);
        return switch (rnd.nextInt(16)) {
            case 0, 1 -> new Split(c.id(), c.start() + 1 + rnd.nextInt((int) Math.max(1, c.duration() - 1)), id("clip"),
                    c.takes().stream().map(k -> id("take")).toList(), c.linkId() == null ? null : id("link"));
            case 2 -> new TrimIn(c.id(), rnd.nextInt(21) - 10);
            case 3 -> new TrimOut(c.id(), rnd.nextInt(21) - 10);
            case 4 -> new Slip(c.id(), rate.toSeconds(rnd.nextInt(41) - 20));
            case 5 -> new SetSpeed(c.id(), SPEEDS[rnd.nextInt(SPEEDS.length)], rnd.nextBoolean());
            case 6 -> new Move(c.id(), null, Math.max(0, c.start() + rnd.nextInt(101) - 50));
            case 7 -> {
                // a generated take: rendered from the clip's source range into a new file that starts at 0
                Provenance prov = new Provenance("dev.cutroom.upscale", "1.0.0", "realesrgan-x4", "0.2", "ab".repeat(32),
                        Map.of("scale", "2", "tile", "256"), rnd.nextBoolean() ? "make it sharper" : null, "cd".repeat(32), "2025-01-02T03:04:05Z");
                yield new AddTake(c.id(), new Take(id("take"), t.kind() == TrackKind.VIDEO ? "m-gen" : "m-music", c.sourceIn(), "Upscaled", prov), rnd.nextBoolean());
            }
            case 8 -> new SetActiveTake(c.id(), c.takes().get(rnd.nextInt(c.takes().size())).id());
            case 9 -> new SetVolume(c.id(), rnd.nextInt(200) / 100.0);
            case 10 -> new SetEnabled(c.id(), rnd.nextInt(4) != 0);
            case 11 -> new AddMarker(new Marker(id("marker"), rnd.nextBoolean() ? "Note " + next : null, rnd.nextInt(800), rnd.nextInt(3) == 0 ? rnd.nextInt(50) : 0,
                    new String[] {"red", "green", "#3366ff", null}[rnd.nextInt(4)], rnd.nextBoolean() ? "check this" : null));
            case 12 -> {
                int i = t.indexOf(c.id());
                if (i + 1 >= t.clips().size() || t.clips().get(i + 1).start() != c.end()) yield null;
                Clip r = t.clips().get(i + 1);
                yield new AddTransition(t.id(), new dev.cutroom.timeline.model.Transition(id("x"), rnd.nextInt(4) == 0 ? "wipe" : "cross_dissolve",
                        r.start(), Math.min(rnd.nextInt(12), c.duration()), Math.min(rnd.nextInt(12), r.duration())));
            }
            case 13 -> new SetTrackFlags(t.id(), rnd.nextBoolean(), rnd.nextInt(4) == 0, false, rnd.nextInt(3) == 0);
            case 14 -> dev.cutroom.timeline.command.SetClipMarkers.add(c.id(), new dev.cutroom.timeline.model.ClipMarker(id("cm"),
                    rnd.nextBoolean() ? "Shot note " + next : null, c.sourceTimeAt(rate, c.start() + rnd.nextInt((int) c.duration())),
                    rnd.nextInt(3) == 0 ? rate.toSeconds(rnd.nextInt(20)) : Rational.ZERO,
                    new String[] {"blue", "#f0a030", null}[rnd.nextInt(3)], rnd.nextBoolean() ? "focus buzz" : null));
            default -> rnd.nextInt(4) == 0 ? new RippleDelete(c.id()) : null;
        };
    }
}

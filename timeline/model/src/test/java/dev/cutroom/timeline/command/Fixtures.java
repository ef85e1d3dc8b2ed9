package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.List;

/** Small builders for command tests. */
final class Fixtures {
    private Fixtures() {}

    static Rational r(long n, long d) { return Rational.of(n, d); }

    static Rational r(long n) { return Rational.of(n); }

    static MediaItem av(String id, Rational duration) {
        return MediaItem.probed(id, id + ".mp4", new MediaInfo("mov", duration,
                new MediaInfo.VideoStreamInfo(1920, 1080, FrameRate.FPS_25, 0, "h264", -1), new MediaInfo.AudioStreamInfo(48_000, 2, "aac")));
    }

    static MediaItem videoOnly(String id, Rational duration) {
        return MediaItem.probed(id, id + ".mov", new MediaInfo("mov", duration,
                new MediaInfo.VideoStreamInfo(1280, 720, FrameRate.FPS_30, 0, "prores", -1), null));
    }

    static MediaItem audioOnly(String id, Rational duration) {
        return MediaItem.probed(id, id + ".wav", new MediaInfo("wav", duration, null, new MediaInfo.AudioStreamInfo(48_000, 2, "pcm_s16le")));
    }

    static MediaItem unprobed(String id) { return MediaItem.failed(id, id + ".mkv", "cannot open"); }

    /** A clip with one original take {@code <id>-t0} of {@code mediaId}. */
    static Clip clip(String id, String mediaId, long start, long duration, Rational sourceIn, Rational speed) {
        Take t = Take.original(id + "-t0", mediaId);
        return new Clip(id, id, start, duration, sourceIn, speed, 1.0, true, List.of(t), t.id(), null);
    }

    static Clip clip(String id, String mediaId, long start, long duration) { return clip(id, mediaId, start, duration, Rational.ZERO, Rational.ONE); }

    static Track track(String id, TrackKind kind, Clip... clips) {
        return Track.empty(id, kind, id.toUpperCase()).withClips(List.of(clips));
    }

    static Project project(FrameRate rate, List<MediaItem> media, Track... tracks) {
        Timeline tl = new Timeline("T", rate, 1920, 1080, 48_000, 2, List.of(tracks), List.of());
        return new Project("p1", "Test", tl, media);
    }

    static Track track(Project p, String trackId) { return p.timeline().track(trackId); }

    static Clip clipOf(Project p, String clipId) {
        for (Track t : p.timeline().tracks()) for (Clip c : t.clips()) if (c.id().equals(clipId)) return c;
        return null;
    }

    /** Applies, checks the full invariants and that the inverse gives back {@code before} exactly. */
    static Project applyChecked(Project before, Command c) {
        Command.Applied a = c.apply(before);
        Invariants.check(a.after());
        Project back = a.inverse().apply(a.after()).after();
        if (!back.equals(before)) throw new AssertionError("inverse of " + c + " does not restore the project");
        return a.after();
    }
}

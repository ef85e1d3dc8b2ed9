package dev.cutroom.engine;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.List;

/** Builds model records for tests, directly (no edit commands). */
public final class Projects {
    private Projects() {}

    public static Clip clip(String id, String mediaId, long start, long duration, Rational sourceIn) {
        return new Clip(id, id, start, duration, sourceIn, Rational.ONE, 1.0, true, List.of(Take.original(id + "-t", mediaId)), id + "-t", null);
    }

    public static Track video(String id, Clip... clips) {
        return new Track(id, TrackKind.VIDEO, id, List.of(clips), List.of(), false, false, false, false);
    }

    public static Track audio(String id, Clip... clips) {
        return new Track(id, TrackKind.AUDIO, id, List.of(clips), List.of(), false, false, false, false);
    }

    public static Timeline timeline(FrameRate rate, int width, int height, Track... tracks) {
        return new Timeline("Sequence", rate, width, height, 48000, 2, List.of(tracks), List.of());
    }

    /** Media items with paths relative to the project folder and no stored probe result. */
    public static Project project(Timeline timeline, String... idAndPath) {
        var items = new java.util.ArrayList<MediaItem>();
        for (int i = 0; i < idAndPath.length; i += 2) items.add(new MediaItem(idAndPath[i], idAndPath[i + 1], null, null));
        return new Project("p", "Test", timeline, items);
    }
}

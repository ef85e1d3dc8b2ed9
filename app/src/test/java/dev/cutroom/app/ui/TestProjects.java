package dev.cutroom.app.ui;

import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Rational;

import java.util.ArrayList;
import java.util.List;

/** Projects without media files, for view-model tests (nothing is decoded). */
final class TestProjects {
    private TestProjects() {}

    static MediaItem media(Ids ids, String name, long seconds) {
        MediaInfo info = new MediaInfo("mov", Rational.of(seconds),
                new MediaInfo.VideoStreamInfo(640, 360, FrameRate.FPS_25, 0, "h264", seconds * 25),
                new MediaInfo.AudioStreamInfo(48_000, 2, "aac"));
        return MediaItem.probed(ids.next("media"), name + ".mp4", info);
    }

    /** {@code count} clips of {@code seconds} each on V1 and linked on A1, at 25 fps. */
    static Project linked(int count, long seconds) {
        Ids ids = Ids.seeded(7);
        List<MediaItem> media = new ArrayList<>();
        for (int i = 0; i < count; i++) media.add(media(ids, "shot" + i, seconds));
        return new ProjectFactory(ids).fromMedia("Test", media, new ProjectFormat(FrameRate.FPS_25, 640, 360, 48_000, 2));
    }
}

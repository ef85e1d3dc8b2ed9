package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkedEditsTest {
    private static final FrameRate RATE = FrameRate.FPS_29_97;

    private final Ids ids = Ids.seeded(7);
    private final Project project = twoShots();

    private Project twoShots() {
        var info = new MediaInfo("mp4", Rational.of(10), new MediaInfo.VideoStreamInfo(640, 360, RATE, 0, "h264", 299),
                new MediaInfo.AudioStreamInfo(48_000, 2, "aac"));
        List<MediaItem> media = List.of(MediaItem.probed("media-a", "a.mp4", info), MediaItem.probed("media-b", "b.mp4", info));
        return new ProjectFactory(ids).fromMedia("t", media, new ProjectFormat(RATE, 640, 360, 48_000, 2));
    }

    private Clip firstVideo(Project p) { return p.timeline().tracks().get(0).clips().get(0); }

    private List<Clip> audio(Project p) { return p.timeline().tracks().get(1).clips(); }

    @Test
    void splitCutsPictureAndSoundAtTheSameFrameAndKeepsTheRightHalvesLinked() {
        Clip video = firstVideo(project);
        Project after = LinkedEdits.split(project, video.id(), 100, ids).apply(project).after();

        Track v1 = after.timeline().tracks().get(0);
        assertThat(v1.clips()).hasSize(3);
        assertThat(audio(after)).hasSize(3);
        assertThat(v1.clips().get(1).start()).isEqualTo(100);
        assertThat(audio(after).get(1).start()).isEqualTo(100);
        assertThat(v1.clips().get(1).linkId()).isNotNull().isEqualTo(audio(after).get(1).linkId());
        assertThat(v1.clips().get(1).linkId()).isNotEqualTo(video.linkId());
        assertThat(v1.clips().get(1).sourceIn()).isEqualTo(RATE.toSeconds(100));
    }

    @Test
    void moveShiftsPartnersByTheSameAmountAndUndoesAsOneStep() {
        Clip lastVideo = project.timeline().tracks().get(0).clips().get(1);
        var applied = LinkedEdits.move(project, lastVideo.id(), null, lastVideo.start() + 30).apply(project);

        assertThat(audio(applied.after()).get(1).start()).isEqualTo(lastVideo.start() + 30);
        assertThat(applied.inverse().apply(applied.after()).after()).isEqualTo(project);
    }

    @Test
    void rippleDeleteRemovesTheWholeGroup() {
        Project after = LinkedEdits.rippleDelete(project, firstVideo(project).id()).apply(project).after();
        assertThat(after.timeline().tracks().get(0).clips()).hasSize(1).first().extracting(Clip::start).isEqualTo(0L);
        assertThat(audio(after)).hasSize(1).first().extracting(Clip::start).isEqualTo(0L);
    }

    @Test
    void splitOutsideTheClipIsRefused() {
        assertThatThrownBy(() -> LinkedEdits.split(project, firstVideo(project).id(), 0, ids))
                .isInstanceOf(EditException.class).hasMessageContaining("not inside");
    }
}

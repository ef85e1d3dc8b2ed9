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
import dev.cutroom.timeline.model.TrackKind;
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

    @Test
    void movingTwoNeighboursTogetherLetsOneLandWhereTheOtherWas() {
        List<Clip> v = project.timeline().tracks().get(0).clips();
        Command move = LinkedEdits.moveClips(project, List.of(v.get(0).id(), v.get(1).id()), 30, 0, TrackKind.VIDEO);
        var applied = move.apply(project);

        assertThat(applied.after().timeline().tracks().get(0).clips()).extracting(Clip::start).containsExactly(30L, v.get(1).start() + 30);
        assertThat(audio(applied.after())).extracting(Clip::start).containsExactly(30L, v.get(1).start() + 30); // partners follow
        assertThat(applied.inverse().apply(applied.after()).after()).isEqualTo(project);
        assertThatThrownBy(() -> LinkedEdits.moveClips(project, List.of(v.get(0).id()), 30, 0, TrackKind.VIDEO).apply(project))
                .isInstanceOf(EditException.class).hasMessageContaining("overlap");
    }

    @Test
    void movingAcrossTracksTakesOnlyTheDraggedKindToTheOtherTrack() {
        Project withV2 = new AddTrack("V2", TrackKind.VIDEO, "V2", 1).apply(project).after();
        Clip video = firstVideo(withV2);
        var applied = LinkedEdits.moveClips(withV2, List.of(video.id()), 0, 1, TrackKind.VIDEO).apply(withV2);

        Track v2 = applied.after().timeline().track("V2");
        assertThat(v2.clips()).extracting(Clip::id).containsExactly(video.id());
        assertThat(applied.after().timeline().tracksOf(TrackKind.AUDIO).getFirst().clips()).hasSize(2); // the sound stays
        assertThat(applied.inverse().apply(applied.after()).after()).isEqualTo(withV2);
        assertThatThrownBy(() -> LinkedEdits.moveClips(withV2, List.of(video.id()), 0, 2, TrackKind.VIDEO).apply(withV2))
                .isInstanceOf(EditException.class).hasMessageContaining("no video track there");
    }

    @Test
    void trimToMovesTheSharedEdgeOfPictureAndSoundByTheSameClampedAmount() {
        Clip video = firstVideo(project);
        Project after = LinkedEdits.trimTo(project, video.id(), RippleTrim.Edge.OUT, video.end() - 40).apply(project).after();
        assertThat(firstVideo(after).end()).isEqualTo(video.end() - 40);
        assertThat(audio(after).getFirst().end()).isEqualTo(video.end() - 40);
        // the media ends where the clip ends: the end cannot grow, whatever frame is asked for
        assertThatThrownBy(() -> LinkedEdits.trimTo(project, video.id(), RippleTrim.Edge.OUT, video.end() + 10))
                .isInstanceOf(EditException.class).hasMessageContaining("limit reached");
        Project back = LinkedEdits.trimTo(after, video.id(), RippleTrim.Edge.OUT, video.end() + 10).apply(after).after();
        assertThat(firstVideo(back).end()).isEqualTo(video.end());
    }

    @Test
    void appendMediaPlacesLinkedPictureAndSoundAfterTheLaterTrackEnd() {
        Project shorterSound = new Lift(audio(project).get(1).id()).apply(project).after(); // the sound track ends first
        MediaItem item = project.media().getFirst();
        var applied = LinkedEdits.appendMedia(shorterSound, item, ids).apply(shorterSound);
        Clip newVideo = applied.after().timeline().tracks().get(0).clips().getLast();
        Clip newAudio = audio(applied.after()).getLast();
        assertThat(newVideo.start()).isEqualTo(newAudio.start()).isEqualTo(shorterSound.timeline().duration());
        assertThat(newVideo.linkId()).isNotNull().isEqualTo(newAudio.linkId());
        assertThat(applied.inverse().apply(applied.after()).after()).isEqualTo(shorterSound);
    }
}

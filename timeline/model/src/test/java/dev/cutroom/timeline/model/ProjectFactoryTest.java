package dev.cutroom.timeline.model;

import dev.cutroom.timeline.command.Invariants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFactoryTest {
    private static final ProjectFormat NTSC = new ProjectFormat(FrameRate.FPS_29_97, 1920, 1080, 48_000, 2);

    private static MediaItem media(String id, Rational seconds, boolean video, boolean audio) {
        return MediaItem.probed(id, "clips/" + id + ".mp4", new MediaInfo("mov", seconds,
                video ? new MediaInfo.VideoStreamInfo(1920, 1080, FrameRate.FPS_29_97, 0, "h264", -1) : null,
                audio ? new MediaInfo.AudioStreamInfo(48_000, 2, "aac") : null));
    }

    @Test
    void emptyProjectHasTheFormatAndOneTrackOfEachKind() {
        Project p = new ProjectFactory(Ids.seeded(1)).empty(NTSC);
        Timeline t = p.timeline();
        assertThat(p.name()).isEqualTo(ProjectFactory.UNTITLED);
        assertThat(t.rate()).isEqualTo(FrameRate.FPS_29_97);
        assertThat(List.of(t.width(), t.height(), t.sampleRate(), t.channels())).containsExactly(1920, 1080, 48_000, 2);
        assertThat(t.tracks()).extracting(Track::name).containsExactly("V1", "A1");
        assertThat(t.tracks()).extracting(Track::kind).containsExactly(TrackKind.VIDEO, TrackKind.AUDIO);
        assertThat(t.tracks()).allSatisfy(track -> assertThat(track.clips()).isEmpty());
        assertThat(p.media()).isEmpty();
        Invariants.check(p);
    }

    @Test
    void fromMediaLaysMediaOneAfterAnotherWithExactFloorDurations() {
        MediaItem both = media("both", Rational.of(1001, 100), true, true);        // 10.01 s = exactly 300 NTSC frames
        MediaItem picture = media("picture", Rational.of(4), true, false);         // 119.88 frames: 119
        MediaItem sound = media("sound", Rational.of(5, 2), false, true);           // 74.925 frames: 74
        MediaItem broken = MediaItem.failed("broken", "clips/broken.mkv", "cannot open");
        MediaItem tiny = media("tiny", Rational.of(1, 100), true, true);           // less than a frame: not placed
        List<MediaItem> all = List.of(both, broken, picture, tiny, sound);

        Project p = new ProjectFactory(Ids.seeded(2)).fromMedia("Day one", all, NTSC);

        assertThat(p.name()).isEqualTo("Day one");
        assertThat(p.media()).isEqualTo(all);
        Track v1 = p.timeline().tracks().get(0), a1 = p.timeline().tracks().get(1);
        assertThat(v1.clips()).extracting(Clip::start).containsExactly(0L, 300L);
        assertThat(v1.clips()).extracting(Clip::duration).containsExactly(300L, 119L);
        assertThat(a1.clips()).extracting(Clip::start).containsExactly(0L, 419L);
        assertThat(a1.clips()).extracting(Clip::duration).containsExactly(300L, 74L);
        assertThat(v1.clips()).extracting(c -> c.activeTake().mediaId()).containsExactly("both", "picture");
        assertThat(a1.clips()).extracting(c -> c.activeTake().mediaId()).containsExactly("both", "sound");
        assertThat(v1.clips().get(0).sourceRange(p.timeline().rate()).end()).isEqualTo(Rational.of(1001, 100));
        assertThat(v1.clips().get(0).name()).isEqualTo("both");

        Clip video = v1.clips().get(0), audio = a1.clips().get(0);
        assertThat(video.linkId()).isNotNull().isEqualTo(audio.linkId());
        assertThat(v1.clips().get(1).linkId()).as("picture-only media is not linked").isNull();
        assertThat(a1.clips().get(1).linkId()).isNull();
        assertThat(video.id()).isNotEqualTo(audio.id());
        Invariants.check(p);
    }

    @Test
    void fromMediaAt23976NeverRunsPastTheMedia() {
        ProjectFormat film = new ProjectFormat(FrameRate.FPS_23_976, 1920, 1080, 48_000, 2);
        MediaItem m = media("m", Rational.of(7, 3), true, true); // 55.944... frames
        Project p = new ProjectFactory(Ids.seeded(3)).fromMedia(List.of(m), film);
        Clip c = p.timeline().tracks().getFirst().clips().getFirst();
        assertThat(c.duration()).isEqualTo(55);
        assertThat(c.sourceRange(film.rate()).end()).isLessThanOrEqualTo(Rational.of(7, 3));
        assertThat(c.sourceRange(film.rate()).end().plus(film.rate().frameDuration())).isGreaterThan(Rational.of(7, 3));
    }

    @Test
    void seededFactoriesAreRepeatable() {
        List<MediaItem> media = List.of(media("a", Rational.of(3), true, true), media("b", Rational.of(2), true, true));
        Project first = new ProjectFactory(Ids.seeded(9)).fromMedia(media, NTSC);
        Project second = new ProjectFactory(Ids.seeded(9)).fromMedia(media, NTSC);
        Project other = new ProjectFactory(Ids.seeded(10)).fromMedia(media, NTSC);
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }
}

package dev.cutroom.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeTypesTest {

    @Test
    void exactTimeStaysExactForNtscFrames() {
        Fps ntsc = new Fps(30000, 1001);
        ExactTime t = ExactTime.ZERO;
        for (int i = 0; i < 30000; i++) t = t.plus(ntsc.frameDuration());
        assertThat(t).isEqualTo(ExactTime.seconds(1001));
        assertThat(ntsc.timeOf(30000)).isEqualTo(t);
        assertThat(ExactTime.of(2, -4)).isEqualTo(ExactTime.of(-1, 2));
        assertThat(ExactTime.of(1, 3).compareTo(ExactTime.of(333333, 1000000))).isPositive();
    }

    @Test
    void spansAreHalfOpen() {
        TimeSpan span = new TimeSpan(ExactTime.seconds(1), ExactTime.of(1, 2));
        assertThat(span.end()).isEqualTo(ExactTime.of(3, 2));
        assertThat(span.contains(ExactTime.seconds(1))).isTrue();
        assertThat(span.contains(ExactTime.of(3, 2))).isFalse();
    }

    @Test
    void featureIdsCarryAVersion() {
        assertThat(FeatureId.parse("cutroom.upscale/1")).isEqualTo(new FeatureId("cutroom.upscale", 1));
        assertThatThrownBy(() -> FeatureId.parse("cutroom.upscale")).hasMessageContaining("NAME/VERSION");
        assertThatThrownBy(() -> FeatureId.parse("cutroom.upscale/0")).hasMessageContaining("at least 1");
    }

    @Test
    void clipSelectionKindsFollowTheClips() {
        ClipRef video = new ClipRef("c1", "t1", java.nio.file.Path.of("/a.mp4"), new TimeSpan(ExactTime.ZERO, ExactTime.seconds(1)),
                ExactTime.ZERO, new Fps(25, 1), 64, 48, 0, 0);
        ClipRef audio = new ClipRef("c2", "t2", java.nio.file.Path.of("/b.m4a"), new TimeSpan(ExactTime.ZERO, ExactTime.seconds(1)),
                ExactTime.ZERO, null, 0, 0, 48000, 2);
        assertThat(new Selection.Clips(java.util.List.of(video)).kinds()).containsExactly(SelectionKind.VIDEO_CLIP);
        assertThat(new Selection.Clips(java.util.List.of(video, audio)).kinds())
                .containsExactlyInAnyOrder(SelectionKind.VIDEO_CLIP, SelectionKind.AUDIO_CLIP, SelectionKind.MULTIPLE_CLIPS);
    }
}

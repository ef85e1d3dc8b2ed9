package dev.cutroom.timeline.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameRateTest {
    @Test
    void ntscFramesAndSecondsConvertExactly() {
        FrameRate ntsc = FrameRate.FPS_29_97;
        assertThat(ntsc.toSeconds(30)).isEqualTo(Rational.of(1001, 1000));
        assertThat(ntsc.toSeconds(108_000)).isEqualTo(Rational.of(36036, 10)); // an hour of frames: 3603.6 s
        assertThat(ntsc.frameAt(Rational.of(1001, 1000))).isEqualTo(30);
        assertThat(ntsc.frameAt(Rational.of(1001, 1000).minus(Rational.of(1, 1_000_000)))).isEqualTo(29);
        assertThat(ntsc.nearestFrame(Rational.of(1))).isEqualTo(30); // 29.97 frames
        assertThat(ntsc.frameDuration()).isEqualTo(Rational.of(1001, 30000));
        for (long f = 0; f < 5_000; f += 7) assertThat(ntsc.frameAt(ntsc.toSeconds(f))).isEqualTo(f);
    }

    @Test
    void filmRateAndParsing() {
        FrameRate film = FrameRate.parse("24000/1001");
        assertThat(film).isEqualTo(FrameRate.FPS_23_976);
        assertThat(film.toSeconds(24)).isEqualTo(Rational.of(1001, 1000));
        assertThat(FrameRate.parse("25")).isEqualTo(FrameRate.FPS_25);
        assertThat(FrameRate.parse("29.97")).isEqualTo(new FrameRate(2997, 100));
        assertThatThrownBy(() -> new FrameRate(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameRate(25, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

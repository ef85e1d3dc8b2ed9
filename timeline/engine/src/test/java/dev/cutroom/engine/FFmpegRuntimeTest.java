package dev.cutroom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;

/** Error texts end where FFmpeg's string ends (seen by cutroom drill: garbage after it in user-facing messages). */
class FFmpegRuntimeTest {
    @Test
    void errorTextIsOnlyFFmpegsText() {
        FFmpegRuntime.ensureInitialised();
        String text = FFmpegRuntime.errorText(avutil.AVERROR_INVALIDDATA());
        assertThat(text).isEqualTo("Invalid data found when processing input");
        assertThat(FFmpegRuntime.errorText(-28)).doesNotContain("\0").containsIgnoringCase("space");
    }
}

package dev.cutroom.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.host.context.JobWorkspace;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.result.ResultValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultValidatorTest {
    @TempDir
    Path dir;

    @Test
    void takesMustMatchTheClipDurationWithinAFrame() throws Exception {
        JobWorkspace ws = JobWorkspace.create(dir, "j");
        Path take = Files.write(ws.newOutputFile("t.mp4"), new byte[10]);
        ClipRef clip = TestClips.clip("c", dir.resolve("src.mp4"), 0, 25); // 1 s at 25 fps
        var job = TestClips.job(clip);
        var result = JobResult.builder().newTake("c", take, "x").build();

        assertThatCode(() -> new ResultValidator(f -> ExactTime.of(104, 100)).validate(job, result, ws)).doesNotThrowAnyException();
        assertThatCode(() -> new ResultValidator(f -> ExactTime.of(24, 25)).validate(job, result, ws)).doesNotThrowAnyException();
        var tooShort = catchThrowableOfType(JobFailedException.class, () -> new ResultValidator(f -> ExactTime.of(9, 10)).validate(job, result, ws));
        assertThat(tooShort.kind()).isEqualTo(FailureKind.INVALID_RESULT);
        assertThat(tooShort).hasMessageContaining("lasts 0.900 s but clip c uses 1.000 s");
        var tooLong = catchThrowableOfType(JobFailedException.class, () -> new ResultValidator(f -> ExactTime.of(3, 2)).validate(job, result, ws));
        assertThat(tooLong).hasMessageContaining("lasts 1.500 s");
    }

    @Test
    void filesOutsideTheOutputFolderMissingOrForOtherClipsAreAllReported() throws Exception {
        JobWorkspace ws = JobWorkspace.create(dir, "j");
        Path outside = Files.write(dir.resolve("elsewhere.mp4"), new byte[10]);
        ClipRef clip = TestClips.clip("c", dir.resolve("src.mp4"), 0, 25);
        var result = JobResult.builder()
                .newTake("c", outside, "x")
                .newTake("other", ws.newOutputFile("o.mp4"), "y")
                .sideFile(ws.newOutputFile("missing.vtt"), "text/vtt", null)
                .split("c", List.of(ExactTime.of(1, 2), ExactTime.of(1, 4)))
                .build();
        var f = catchThrowableOfType(JobFailedException.class,
                () -> new ResultValidator(x -> ExactTime.seconds(1)).validate(TestClips.job(clip), result, ws));
        assertThat(f.getMessage()).contains("outside the job's output folder").contains("clip other, which is not in the selection")
                .contains("missing.vtt is missing").contains("split point 1/4");
    }

    @Test
    void retimesAndTrimsMustFitTheirClipAndNotClash() throws Exception {
        JobWorkspace ws = JobWorkspace.create(dir, "j");
        ClipRef clip = TestClips.clip("c", dir.resolve("src.mp4"), 25, 25); // media seconds [1, 2)
        var fine = JobResult.builder().retime("c", 0.5).trim("c", new TimeSpan(ExactTime.of(6, 5), ExactTime.of(1, 5))).build();
        assertThatCode(() -> new ResultValidator(x -> ExactTime.seconds(1)).validate(TestClips.job(clip), fine, ws)).doesNotThrowAnyException();

        var result = JobResult.builder()
                .retime("c", 500)
                .retime("other", 2)
                .trim("c", new TimeSpan(ExactTime.of(1, 2), ExactTime.seconds(1)))
                .trim("c", new TimeSpan(ExactTime.seconds(1), ExactTime.ZERO))
                .build();
        var f = catchThrowableOfType(JobFailedException.class,
                () -> new ResultValidator(x -> ExactTime.seconds(1)).validate(TestClips.job(clip), result, ws));
        assertThat(f.kind()).isEqualTo(FailureKind.INVALID_RESULT);
        assertThat(f.getMessage()).contains("speed 500.0 for clip c is outside 0.01 to 100")
                .contains("retime of clip other, which is not in the selection")
                .contains("trim of clip c to [0.500 s, 1.500 s) is not inside its source range [1.000 s, 2.000 s)")
                .contains("more than one trim of clip c");

        var tiny = JobResult.builder().trim("c", new TimeSpan(ExactTime.seconds(1), ExactTime.of(1, 50))).build();
        assertThat(catchThrowableOfType(JobFailedException.class, () -> new ResultValidator(x -> ExactTime.seconds(1)).validate(TestClips.job(clip), tiny, ws)))
                .hasMessageContaining("keeps less than one frame");
        var splitToo = JobResult.builder().split("c", List.of(ExactTime.of(3, 2))).retime("c", 2).build();
        assertThat(catchThrowableOfType(JobFailedException.class, () -> new ResultValidator(x -> ExactTime.seconds(1)).validate(TestClips.job(clip), splitToo, ws)))
                .hasMessageContaining("which the same result also splits");
    }

    @Test
    void aFileThatDoesNotDecodeIsRefusedByTheRealProbe() throws Exception {
        JobWorkspace ws = JobWorkspace.create(dir, "j");
        Path junk = Files.write(ws.newOutputFile("junk.mp4"), "not a video".getBytes());
        ClipRef clip = TestClips.clip("c", dir.resolve("src.mp4"), 0, 25);
        var f = catchThrowableOfType(JobFailedException.class,
                () -> new ResultValidator().validate(TestClips.job(clip), JobResult.builder().newTake("c", junk, "x").build(), ws));
        assertThat(f).hasMessageContaining("junk.mp4 does not decode");
    }
}

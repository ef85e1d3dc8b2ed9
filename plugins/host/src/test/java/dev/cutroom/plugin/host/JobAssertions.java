package dev.cutroom.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** Waits for jobs and checks how they ended. */
final class JobAssertions {
    private JobAssertions() {}

    /** Waits for the job to fail and returns the failure, checking its kind. */
    static JobFailedException failure(JobHandle handle, FailureKind kind) {
        Throwable thrown = catchThrowable(() -> handle.result().orTimeout(60, TimeUnit.SECONDS).join());
        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).isInstanceOf(JobFailedException.class);
        JobFailedException failure = (JobFailedException) thrown.getCause();
        assertThat(failure.kind()).as(failure.getMessage() + "\n" + failure.details()).isEqualTo(kind);
        return failure;
    }

    /** The job's workspace (and so every partial output) is gone. */
    static void leftNothingBehind(Path workRoot, JobHandle handle) {
        assertThat(workRoot.resolve(handle.id())).doesNotExist();
        assertThat(handle.log()).anySatisfy(line -> assertThat(line.message()).contains("wrote partial output"));
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}

package dev.cutroom.plugin.host.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxPolicyTest {
    @TempDir
    Path dir;

    @Test
    void aPolicyRoundTripsThroughItsFileAndMergesGrantsToOnePath() throws Exception {
        SandboxPolicy policy = SandboxPolicy.builder().read(dir.resolve("in")).write(dir.resolve("job")).read(dir.resolve("job"))
                .device(Path.of("/dev/null")).network(false).build();
        Path file = dir.resolve("sandbox.policy");
        policy.write(file);
        SandboxPolicy back = SandboxPolicy.read(file);
        assertThat(back).isEqualTo(policy);
        assertThat(back.rules().get(dir.resolve("in"))).isEqualTo(Landlock.READ);
        assertThat(back.rules().get(dir.resolve("job"))).isEqualTo(~0L);
        assertThat(back.network()).isFalse();
        assertThat(SandboxPolicy.read(file).rules()).containsKey(Path.of("/dev/null"));
    }

    @Test
    void theHandledRightsGrowWithTheAbi() {
        assertThat(Landlock.handledFs(1)).isEqualTo((1L << 13) - 1);
        assertThat(Landlock.handledFs(3) & Landlock.TRUNCATE).isNotZero();
        assertThat(Landlock.handledFs(4) & Landlock.IOCTL_DEV).isZero();
        assertThat(Landlock.handledFs(5) & Landlock.IOCTL_DEV).isNotZero();
    }
}

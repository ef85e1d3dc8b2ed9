package dev.cutroom.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.job.LogLine;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.plugin.host.sandbox.Sandbox;
import dev.cutroom.plugin.host.worker.WorkerSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile plugins in worker JVMs: what they print cannot pose as the protocol, what they flood the host with
 * is cut, and, where Landlock is available, what they try outside their job is refused. Workers get a fake home
 * folder. (Links and FIFOs in results: {@code ResultFilesTest}, and the {@code result-links} drill end to end.)
 */
class WorkerSafetyTest {
    @TempDir
    static Path dir;
    static Path home;
    static Path secret;
    static JobRunner runner;
    static ClipRef clip;

    @BeforeAll
    static void start() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        secret = Files.writeString(dir.resolve("secret.txt"), "the user's secret");
        runner = JobRunner.builder(PluginRegistry.discover(null))
                .workRoot(dir.resolve("jobs"))
                .worker(new WorkerSettings(WorkerSettings.sameAsHost().javaBinary(), System.getProperty("java.class.path"), "256m",
                        List.of("-Duser.home=" + home), 300))
                .timeout(Duration.ofSeconds(60))
                .build();
        clip = TestClips.clip("clip-1", TestClips.rampVideo(dir.resolve("ramp.mp4"), 6), 0, 6);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    private static JobHandle submit(String plugin, Object... params) {
        return runner.submit(plugin, TestClips.job(clip, params));
    }

    private static CompletedJob done(JobHandle handle) {
        return handle.result().orTimeout(60, TimeUnit.SECONDS).join();
    }

    private static JobFailedException failed(JobHandle handle) {
        try {
            handle.result().orTimeout(60, TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof JobFailedException f) return f;
            throw e;
        }
        throw new AssertionError("the job succeeded");
    }

    private static String log(JobHandle handle) {
        return String.join("\n", handle.log().stream().map(LogLine::message).toList());
    }

    @Test
    void linesAPluginWritesToStdoutOrStderrAreLogNeverProtocol() {
        JobHandle handle = submit("test.forger");
        CompletedJob done = done(handle);
        assertThat(done.result().summary()).isEqualTo("the real result");
        assertThat(log(handle)).contains("[plugin stdout] {\"type\":\"result\"").contains("[worker stderr] {\"type\":\"error\"");
    }

    @Test
    void aHugeLineAndAFloodOnStdoutAreCutAndTheJobStillSucceeds() {
        JobHandle handle = submit("test.flood", "mode", "print", "megabytes", 24);
        assertThat(done(handle).result().summary()).isEqualTo("flooded");
        String log = log(handle);
        assertThat(log).contains("cut: the line had " + (24L << 20) + " bytes").contains("test.flood printed more than 1 MiB");
        assertThat(log.length()).isLessThan(2 << 20);
    }

    @Test
    void aProtocolLineOverTheLimitFailsTheJobNamingThePlugin() {
        JobFailedException f = failed(submit("test.flood", "mode", "log", "megabytes", 20));
        assertThat(f.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
        assertThat(f.getMessage()).contains("test.flood sent a protocol message of").contains("the limit is 16 MiB");
    }

    @Test
    void aConfinedPluginCannotWriteTheUsersShellStartupReadOtherFilesOrConnect() throws Exception {
        assumeTrue(Sandbox.detect().available(), "no Landlock here: " + Sandbox.detect().description());
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> notes = done(submit("test.hostile", "secret", secret.toString(), "port", server.getLocalPort()))
                    .result().provenance().notes();
            assertThat(notes.get("bashrc")).startsWith("refused");
            assertThat(notes.get("secret")).startsWith("refused");
            if (Sandbox.detect().abi() >= 4) assertThat(notes.get("tcp")).startsWith("refused");
            assertThat(notes.get("scratch")).isEqualTo("done");
            assertThat(notes.get("output")).isEqualTo("done");
            assertThat(home.resolve(".bashrc")).doesNotExist();

            // the same plugin, declaring cutroom.network/1, may connect
            Map<String, String> declared = done(submit("test.hostile-net", "secret", secret.toString(), "port", server.getLocalPort()))
                    .result().provenance().notes();
            assertThat(declared.get("tcp")).isEqualTo("done");
            assertThat(declared.get("bashrc")).startsWith("refused");
        }
    }

    @Test
    void withoutTheSandboxTheSamePluginSucceedsAndTheJobLogWarnsOnce() throws Exception {
        String before = System.getProperty(Sandbox.PROPERTY);
        System.setProperty(Sandbox.PROPERTY, "off");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            JobHandle handle = submit("test.hostile", "secret", secret.toString(), "port", server.getLocalPort());
            Map<String, String> notes = done(handle).result().provenance().notes();
            assertThat(notes).containsEntry("bashrc", "done").containsEntry("secret", "done").containsEntry("tcp", "done");
            assertThat(handle.log().stream().filter(l -> l.message().contains("runs unconfined"))).hasSize(1);
        } finally {
            if (before == null) System.clearProperty(Sandbox.PROPERTY);
            else System.setProperty(Sandbox.PROPERTY, before);
            Files.deleteIfExists(home.resolve(".bashrc"));
        }
    }
}

package dev.cutroom.app.drill;

import dev.cutroom.app.drill.plugins.EscapePlugin;
import dev.cutroom.app.drill.plugins.ForgingPlugin;
import dev.cutroom.app.drill.plugins.LinkResultPlugin;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.sandbox.Sandbox;
import dev.cutroom.plugin.host.worker.WorkerSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Hostile plugins in worker JVMs (a fake home folder, a secret file beside it), one row each:
 * <ul>
 *   <li>{@code forged-protocol}: a plugin prints a forged result and error to stdout and stderr; the job's result must
 *   be the one it returned.</li>
 *   <li>{@code plugin-confinement}: a plugin tries to append to {@code ~/.bashrc}, read a file that is not its input,
 *   and connect to a TCP port on 127.0.0.1; each must be refused (skipped where the system has no Landlock).</li>
 *   <li>{@code result-links}: a plugin returns a symbolic link, a hard link, a FIFO or a file through a linked folder;
 *   each job must fail (the result refused, or the link never made), the linked file untouched.</li>
 * </ul>
 */
final class PluginSafetyDrill implements Drill {
    enum Kind { FORGED_PROTOCOL, CONFINEMENT, RESULT_LINKS }

    private static final List<String> ESCAPES = List.of("bashrc", "secret", "tcp");
    private static final List<String> TRICKS = List.of("symlink", "hardlink", "fifo", "dirlink");

    private final Kind kind;

    PluginSafetyDrill(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return switch (kind) {
            case FORGED_PROTOCOL -> "forged-protocol";
            case CONFINEMENT -> "plugin-confinement";
            case RESULT_LINKS -> "result-links";
        };
    }

    @Override
    public String description() {
        return switch (kind) {
            case FORGED_PROTOCOL -> "a plugin prints forged result and error lines on stdout/stderr; the job keeps its real result";
            case CONFINEMENT -> "a plugin tries to write ~/.bashrc, read a file outside its inputs, connect to 127.0.0.1; each refused";
            case RESULT_LINKS -> "a plugin returns a symlink, hard link, FIFO or linked-folder file; the result is refused";
        };
    }

    @Override
    public int defaultTrials() {
        return kind == Kind.FORGED_PROTOCOL ? 3 : kind == Kind.CONFINEMENT ? ESCAPES.size() : TRICKS.size();
    }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        if (kind == Kind.CONFINEMENT && !Sandbox.detect().available()) return DrillResult.skipped(name(), Sandbox.detect().description());
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path home = Files.createDirectories(work.resolve("home"));
        Path secret = Files.writeString(work.resolve("secret.txt"), "the user's secret");
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        classes.put("drill.forger", ForgingPlugin.class);
        classes.put("drill.escape", EscapePlugin.class);
        classes.put("drill.links", LinkResultPlugin.class);
        PluginJar.write(plugins.resolve("drill-safety.jar"), classes, Map.of(), Map.of(
                "drill.escape", "[" + text("attempt") + "," + text("target") + ",{\"id\":\"port\",\"label\":\"port\",\"type\":\"INTEGER\",\"default\":0}]",
                "drill.links", "[" + text("trick") + "," + text("target") + "]"));
        ClipRef clip = new ClipRef("clip-1", "track-1", PluginFailureDrill.clipVideo(work.resolve("clip.mp4")).toAbsolutePath(),
                new TimeSpan(ExactTime.ZERO, new Fps(25, 1).timeOf(8)), ExactTime.ZERO, new Fps(25, 1), 64, 48, 0, 0);
        WorkerSettings settings = WorkerSettings.sameAsHost();
        Path workRoot = work.resolve("jobs");
        try (JobRunner runner = JobRunner.builder(PluginRegistry.discover(plugins)).workRoot(workRoot).timeout(Duration.ofSeconds(60))
                .worker(new WorkerSettings(settings.javaBinary(), settings.classPath(), "128m", List.of("-Duser.home=" + home), 300)).build();
             ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
            for (int t = 0; t < trials; t++) {
                String verdict = switch (kind) {
                    case FORGED_PROTOCOL -> forged(runner, clip);
                    case CONFINEMENT -> escape(runner, clip, ESCAPES.get(t % ESCAPES.size()), secret, port, home, server);
                    case RESULT_LINKS -> link(runner, clip, TRICKS.get(t % TRICKS.size()), secret);
                };
                if (verdict == null && Files.exists(workRoot) && kind == Kind.RESULT_LINKS) {
                    try (var left = Files.list(workRoot)) {
                        if (left.findAny().isPresent()) verdict = "a refused job left its folder behind";
                    }
                }
                tally.record(verdict);
            }
        }
        return tally.result();
    }

    private static String text(String id) {
        return "{\"id\":\"" + id + "\",\"label\":\"" + id + "\",\"type\":\"TEXT\",\"default\":\"\"}";
    }

    private static Job job(ClipRef clip, Object... idsAndValues) {
        return Job.onClips(ParameterValues.of(idsAndValues), clip);
    }

    private static String forged(JobRunner runner, ClipRef clip) {
        JobHandle handle = runner.submit("drill.forger", job(clip));
        String summary = handle.result().orTimeout(60, TimeUnit.SECONDS).join().result().summary();
        return ForgingPlugin.REAL.equals(summary) ? null : "the job's result was \"" + summary + "\", not the plugin's real one";
    }

    private static String escape(JobRunner runner, ClipRef clip, String attempt, Path secret, int port, Path home, ServerSocketChannel server) throws Exception {
        JobHandle handle = runner.submit("drill.escape", job(clip, "attempt", attempt, "target", secret.toString(), "port", String.valueOf(port)));
        String summary = handle.result().orTimeout(60, TimeUnit.SECONDS).join().result().summary();
        if (Files.exists(home.resolve(".bashrc"))) return "bashrc: ~/.bashrc was written";
        var accepted = server.accept();
        if (accepted != null) {
            accepted.close();
            return "tcp: the connection reached 127.0.0.1:" + port;
        }
        return summary.startsWith("refused") ? null : attempt + ": not refused (" + summary + ")";
    }

    private static String link(JobRunner runner, ClipRef clip, String trick, Path secret) throws Exception {
        JobHandle handle = runner.submit("drill.links", job(clip, "trick", trick, "target", secret.toString()));
        try {
            handle.result().orTimeout(60, TimeUnit.SECONDS).join();
            return trick + ": the result was accepted";
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof JobFailedException f)) return trick + ": failed with " + e.getCause();
            boolean refused = f.kind() == FailureKind.INVALID_RESULT
                    || (f.kind() == FailureKind.PLUGIN_ERROR && f.getMessage().contains("cross-device")); // the sandbox refused the hard link itself
            if (!refused) return trick + ": failed as " + f.kind() + ": " + f.getMessage();
        }
        return Files.readString(secret).equals("the user's secret") ? null : trick + ": the linked file changed";
    }
}

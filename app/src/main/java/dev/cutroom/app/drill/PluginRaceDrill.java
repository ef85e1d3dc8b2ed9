package dev.cutroom.app.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutroom.app.DemoProject;
import dev.cutroom.app.drill.plugins.WaitThenSplitPlugin;
import dev.cutroom.plugin.host.discovery.PluginFolders;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code cutroom plugin run} racing a {@code cutroom edit}, in separate processes, with the edit saved exactly while
 * the job runs: the drill plugin ({@link WaitThenSplitPlugin}) holds its job open until the edit process has ended.
 * Before, the plugin run then saved the copy it had loaded at its start plus its split, silently reverting the edit.
 * Now the finished job applies its split to the project as it is then, under the project's lock: the edit and the
 * split are both in the file. Odd trials edit the very clip the job works on (its sound moves with it, --unlinked
 * off), so the job's clip changed meanwhile and its result must be refused with a clear message instead.
 */
final class PluginRaceDrill implements Drill {
    @Override public String name() { return "plugin-race"; }

    @Override public String description() { return "cutroom plugin run with a cutroom edit saved while its job runs: no lost update"; }

    @Override public int defaultTrials() { return 4; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path demo = DemoProject.create(work.resolve("demo"));
        Path plugins = work.resolve("plugins");
        PluginJar.write(plugins.resolve("drill-waitsplit.jar"), Map.of(WaitThenSplitPlugin.ID, WaitThenSplitPlugin.class), Map.of());
        List<String> jvm = List.of("-D" + PluginFolders.PROPERTY + "=" + plugins.toAbsolutePath());
        ProjectStore store = new ProjectStore();
        for (int t = 0; t < trials; t++) {
            Path file = Files.copy(demo, demo.resolveSibling("race-" + t + ".cutroom")); // beside the media
            Path waiting = demo.resolveSibling(WaitThenSplitPlugin.WAITING), go = demo.resolveSibling(WaitThenSplitPlugin.GO);
            Files.deleteIfExists(waiting);
            Files.deleteIfExists(go);
            Project before = store.load(file).project();
            Clip video = before.timeline().tracksOf(TrackKind.VIDEO).getFirst().clips().getFirst();
            boolean sameClip = t % 2 == 1;
            try (CliProcess plugin = CliProcess.start(work.resolve("plugin-" + t + ".err"), jvm, "plugin", "run", WaitThenSplitPlugin.ID,
                    "--project", file.toString(), "--clip", video.id(), "--in-process")) {
                if (!waitFor(waiting)) {
                    tally.fail("the plugin job never started: " + plugin.err());
                    continue;
                }
                String[] editArgs = sameClip
                        ? new String[] {"edit", file.toString(), "trim", "--clip", video.id(), "--end", Long.toString(video.end() - 10)}
                        : new String[] {"edit", file.toString(), "volume", "--clip", partner(before, video).id(), "--volume", "0.5", "--unlinked"};
                int editCode;
                String editErr;
                try (CliProcess edit = CliProcess.start(work.resolve("edit-" + t + ".err"), editArgs)) {
                    editCode = edit.await(Duration.ofMinutes(2));
                    editErr = edit.err();
                }
                Files.writeString(go, "go");
                int pluginCode = plugin.await(Duration.ofMinutes(2));
                Project after = store.load(file).project();
                if (editCode != 0) {
                    tally.fail("the edit saved while the job ran failed (exit " + editCode + "): " + editErr);
                } else if (sameClip) {
                    tally.record(sameClipRefused(after, video, pluginCode, plugin.err(), tally));
                } else {
                    String edited = partnerVolume(after, partner(before, video)) == 0.5 ? null : "the edit saved while the job ran is gone (lost update)";
                    tally.record(edited != null ? edited : checkPlugin(after, pluginCode, plugin.out(), plugin.err(), tally));
                }
            }
        }
        return tally.result();
    }

    private static boolean waitFor(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) return false;
            Thread.sleep(10);
        }
        return true;
    }

    /** The edit of the job's own clip stays; the job's split is refused, saying the clip changed. */
    private static String sameClipRefused(Project after, Clip video, int code, String err, DrillResult.Tally tally) {
        Clip now = find(after, video.id());
        if (now == null || now.end() != video.end() - 10) return "the trim saved while the job ran is gone (lost update)";
        if (code == 0) return "the job's result was applied to a clip that changed while it ran";
        if (!err.contains("changed while the job ran") || !err.contains("the project was not changed")) return "the refusal is not clear: " + err;
        tally.outcome("result refused: the clip changed while the job ran; the edit kept");
        return null;
    }

    /** Every clip the plugin run reports as new is in the file. */
    private static String checkPlugin(Project after, int code, String out, String err, DrillResult.Tally tally) throws Exception {
        if (code != 0) return "the plugin run failed (exit " + code + "): " + err;
        JsonNode result = new ObjectMapper().readTree(out);
        int made = 0;
        for (JsonNode id : result.path("newClipIds")) {
            if (find(after, id.asText()) == null) return "the plugin run reported clip " + id.asText() + " but the file does not have it";
            made++;
        }
        if (made == 0) return "the plugin run reported no split";
        tally.outcome("edit and split both kept (" + made + " new clips)");
        return null;
    }

    private static double partnerVolume(Project p, Clip partner) {
        Clip now = find(p, partner.id());
        return now == null ? Double.NaN : now.volume();
    }

    private static Clip partner(Project p, Clip video) {
        for (Track t : p.timeline().tracksOf(TrackKind.AUDIO)) {
            for (Clip c : t.clips()) if (video.linkId() != null && video.linkId().equals(c.linkId())) return c;
        }
        throw new IllegalStateException("the demo's first clip has no linked sound");
    }

    private static Clip find(Project p, String clipId) {
        for (Track t : p.timeline().tracks()) for (Clip c : t.clips()) if (c.id().equals(clipId)) return c;
        return null;
    }
}

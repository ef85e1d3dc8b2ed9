package dev.cutroom.app.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutroom.app.DemoProject;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code cutroom plugin run} (the shot-cut plugin, a real job on the demo footage) racing a {@code cutroom edit}
 * of the same clip's sound. Before, the plugin run saved the copy it loaded at its start and silently reverted an
 * edit saved meanwhile. Now the finished job applies its result to the project as it is then, under the lock:
 * each command's change is in the file when it says so, or it was refused with a clear message.
 */
final class PluginRaceDrill implements Drill {
    private static final String PLUGIN = "dev.cutroom.example.shotcut";

    @Override public String name() { return "plugin-race"; }

    @Override public String description() { return "cutroom plugin run racing a cutroom edit of the same project: no lost update"; }

    @Override public int defaultTrials() { return 3; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path demo = DemoProject.create(work.resolve("demo"));
        ProjectStore store = new ProjectStore();
        for (int t = 0; t < trials; t++) {
            Path file = Files.copy(demo, demo.resolveSibling("race-" + t + ".cutroom")); // beside the media
            Project before = store.load(file).project();
            Clip video = before.timeline().tracksOf(TrackKind.VIDEO).getFirst().clips().getFirst();
            Clip sound = partner(before, video);
            try (CliProcess plugin = CliProcess.start(work.resolve("plugin-" + t + ".err"), "plugin", "run", PLUGIN, "--project", file.toString(),
                    "--clip", video.id(), "--in-process");
                 CliProcess edit = CliProcess.start(work.resolve("edit-" + t + ".err"), "edit", file.toString(), "volume", "--clip", sound.id(),
                         "--volume", "0.5", "--unlinked")) {
                int editCode = edit.await(Duration.ofMinutes(2));
                int pluginCode = plugin.await(Duration.ofMinutes(3));
                Project after = store.load(file).project();
                String editFailure = ConcurrentEditsDrill.check(before, after, sound.id(), 0.5, editCode, edit.err(), tally, "edit");
                tally.record(editFailure != null ? editFailure : checkPlugin(after, pluginCode, plugin.out(), plugin.err(), tally));
            }
        }
        return tally.result();
    }

    /** Every clip the plugin run reports as new is in the file; or it failed saying the project was not changed. */
    private static String checkPlugin(Project after, int code, String out, String err, DrillResult.Tally tally) throws Exception {
        if (code != 0) {
            tally.outcome("plugin run refused: " + err);
            return err.contains("the project was not changed") ? null : "the plugin run failed (exit " + code + ") without a clear message: " + err;
        }
        JsonNode result = new ObjectMapper().readTree(out);
        int made = 0;
        for (JsonNode id : result.path("newClipIds")) {
            if (find(after, id.asText()) == null) return "the plugin run reported clip " + id.asText() + " but the file does not have it (lost update)";
            made++;
        }
        tally.outcome("plugin run applied (" + made + " new clips)");
        return null;
    }

    private static Clip partner(Project p, Clip video) {
        for (Track t : p.timeline().tracksOf(TrackKind.AUDIO)) {
            for (Clip c : t.clips()) if (video.linkId() != null && video.linkId().equals(c.linkId())) return c;
        }
        return p.timeline().tracksOf(TrackKind.AUDIO).getFirst().clips().getFirst();
    }

    private static Clip find(Project p, String clipId) {
        for (Track t : p.timeline().tracks()) for (Clip c : t.clips()) if (c.id().equals(clipId)) return c;
        return null;
    }
}

package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.MediaItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cutroom otio export|import} end to end on the demo project and its real media. */
class OtioCommandTest {
    @TempDir
    static Path dir;

    static Path demo;


    private static CliRun cutroom(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void makeDemo() {
        CliRun run = cutroom("demo", "-o", dir.resolve("demo").toString());
        assertThat(run.code()).as(run.err()).isZero();
        demo = dir.resolve("demo/demo.cutroom");
    }

    @Test
    void clipMarkersTravelThroughOtioAndShowInProjectInfo() throws Exception {
        LoadedProject loaded = new ProjectStore().load(demo);
        var p = loaded.project();
        var track = p.timeline().tracks().getFirst();
        var clip = track.clips().getFirst();
        var marker = new dev.cutroom.timeline.model.ClipMarker("cm-focus", "focus buzz", clip.sourceTimeAt(p.timeline().rate(), clip.start() + 5),
                dev.cutroom.timeline.model.Rational.ZERO, "#3366ff", "reshoot?");
        var marked = new dev.cutroom.timeline.command.History(p).perform(dev.cutroom.timeline.command.SetClipMarkers.add(clip.id(), marker));
        Path file = dir.resolve("demo/marked.cutroom");
        new ProjectStore().saveAs(marked, loaded.extras(), file);
        CliRun info = cutroom("project", "info", file.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("clip marker cm-focus 'focus buzz'").contains(": reshoot?");
        Path otio = dir.resolve("demo/marked.otio");
        assertThat(cutroom("otio", "export", file.toString(), "-o", otio.toString()).code()).isZero();
        assertThat(new ObjectMapper().readTree(otio.toFile()).at("/tracks/children/0/children/0/markers/0/name").asText()).isEqualTo("focus buzz");
        Path back = dir.resolve("demo/marked-back.cutroom");
        CliRun imp = cutroom("otio", "import", otio.toString(), "-o", back.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(new ProjectStore().load(back).project().timeline()).isEqualTo(marked.timeline());
    }

    @Test
    void exportThenImportGivesTheSameTimelineWithProbedMedia() throws Exception {
        Path otio = dir.resolve("demo/demo.otio");
        CliRun export = cutroom("otio", "export", demo.toString(), "-o", otio.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Exported ");
        JsonNode tree = new ObjectMapper().readTree(otio.toFile());
        assertThat(tree.get("OTIO_SCHEMA").asText()).isEqualTo("Timeline.1");
        assertThat(tree.at("/tracks/OTIO_SCHEMA").asText()).isEqualTo("Stack.1");
        assertThat(tree.at("/tracks/children/0/children/0/media_references").isObject()).isTrue();
        assertThat(cutroom("otio", "export", demo.toString(), "-o", otio.toString()).code()).as("exists, no --force").isEqualTo(1);

        Path back = dir.resolve("demo/back.cutroom");
        CliRun imp = cutroom("otio", "import", otio.toString(), "-o", back.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("Imported ").contains("Everything in the file was mapped.");
        assertThat(imp.out()).doesNotContain("not found").doesNotContain("cannot probe");

        LoadedProject a = new ProjectStore().load(demo), b = new ProjectStore().load(back);
        assertThat(b.project().timeline()).isEqualTo(a.project().timeline());
        assertThat(b.project().media()).isEqualTo(a.project().media()); // paths relative, info as probed
        assertThat(cutroom("otio", "import", otio.toString(), "-o", back.toString()).code()).as("exists, no --force").isEqualTo(1);
    }

    @Test
    void mediaOutsideTheFolderIsReportedAndLeftOfflineUnlessAllowed() throws Exception {
        Path otio = dir.resolve("demo/hostile.otio");
        assertThat(cutroom("otio", "export", demo.toString(), "-o", otio.toString(), "--force").code()).isZero();
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(otio.toFile());
        JsonNode clip = tree.at("/tracks/children/0/children/0");
        ObjectNode ref = (ObjectNode) clip.at("/media_references/" + clip.get("active_media_reference_key").asText());
        String original = ref.get("target_url").asText();
        ref.put("target_url", "../../../../../../etc/passwd");
        ((ObjectNode) ref.get("metadata")).remove("cutroom");
        Files.write(otio, new ObjectMapper().writeValueAsBytes(tree));

        Path p = dir.resolve("demo/hostile.cutroom");
        CliRun imp = cutroom("otio", "import", otio.toString(), "-o", p.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("NEEDS_CONFIRMATION").contains("/etc/passwd").contains("--allow-outside").contains("offline");
        LoadedProject loaded = new ProjectStore().load(p);
        MediaItem passwd = loaded.project().media().stream().filter(m -> m.error() != null && m.error().contains("/etc/passwd")).findFirst().orElseThrow();
        assertThat(passwd.isUsable()).isFalse();
        assertThat(passwd.error()).startsWith("outside the project folder: confirm to link");
        // what was not linked stores no path that a later render or plugin run could read
        assertThat(loaded.project().media()).noneMatch(m -> m.path().contains("passwd"));
        assertThat(original).doesNotContain("passwd");
    }

    @Test
    void aBrokenOtioFileGivesOneClearLine() throws Exception {
        Path bad = dir.resolve("broken.otio");
        Files.writeString(bad, "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {\"OTIO_SCHEMA\": \"Stack.1\", \"children\": [{\"OTIO_SCHEMA\": \"Track.1\", \"kind\": \"Video\", \"children\": 7}]}}");
        CliRun run = cutroom("otio", "import", bad.toString(), "-o", dir.resolve("broken.cutroom").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("cutroom: error: ").contains("broken.otio at $.tracks.children[0].children: expected a list");
        assertThat(dir.resolve("broken.cutroom")).doesNotExist();
        CliRun missing = cutroom("otio", "export", dir.resolve("nope.cutroom").toString(), "-o", dir.resolve("nope.otio").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.cutroom");
    }
}

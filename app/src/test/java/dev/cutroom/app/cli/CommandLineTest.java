package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.timeline.model.MediaInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real command line end to end: demo media, a project, edits, a render probed afterwards. */
class CommandLineTest {
    @TempDir
    static Path dir;

    private static Path demoProject;


    private static CliRun cutroom(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void makeDemo() {
        CliRun run = cutroom("demo", "-o", dir.resolve("demo").toString());
        assertThat(run.code()).as(run.err()).isZero();
        demoProject = dir.resolve("demo/demo.cutroom");
        assertThat(demoProject).exists();
    }

    private JsonNode info(Path project) throws Exception {
        CliRun run = cutroom("project", "info", project.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void newProjectPlacesMediaOneAfterAnother() throws Exception {
        Path media = dir.resolve("demo");
        Path project = dir.resolve("new.cutroom");
        CliRun run = cutroom("project", "new", "-o", project.toString(),
                media.resolve("title-cards_24fps.mp4").toString(), media.resolve("city-and-meadow_25fps.mp4").toString());
        assertThat(run.code()).as(run.err()).isZero();

        JsonNode info = info(project);
        assertThat(info.at("/timeline/rate").asText()).isEqualTo("24"); // the first video's rate
        JsonNode v1 = info.at("/tracks/0/clips");
        assertThat(v1).hasSize(2);
        assertThat(v1.get(1).get("start").asLong()).isEqualTo(v1.get(0).get("start").asLong() + v1.get(0).get("duration").asLong());
        assertThat(info.at("/tracks/1/clips/0/linkId").asText()).isEqualTo(v1.get(0).get("linkId").asText());
    }

    @Test
    void editsThenRenderGiveTheExpectedLengthToTheFrame() throws Exception {
        Path project = demoProject.resolveSibling("edited.cutroom"); // beside the media its relative paths name
        Files.copy(demoProject, project);
        JsonNode before = info(project);
        String first = before.at("/tracks/0/clips/0/id").asText();
        String second = before.at("/tracks/0/clips/1/id").asText();
        long total = before.at("/timeline/durationFrames").asLong();

        assertThat(cutroom("edit", project.toString(), "split", "--clip", second, "--at", "150").code()).isZero();
        assertThat(cutroom("edit", project.toString(), "speed", "--clip", second, "--speed", "2").code()).isZero(); // 50 -> 25 frames, gap opens
        assertThat(cutroom("edit", project.toString(), "ripple-delete", "--clip", first).code()).isZero();       // -100 frames
        assertThat(cutroom("edit", project.toString(), "trim", "--clip", second, "--end", "20").code()).isZero();  // 25 -> 20 frames

        JsonNode after = info(project);
        JsonNode v1 = after.at("/tracks/0/clips");
        assertThat(v1.get(0).get("id").asText()).isEqualTo(second);
        assertThat(v1.get(0).get("start").asLong()).isZero();
        assertThat(v1.get(0).get("duration").asLong()).isEqualTo(20);
        assertThat(v1.get(0).get("speed").asText()).isEqualTo("2");
        assertThat(after.at("/tracks/1/clips/0/duration").asLong()).as("linked audio follows").isEqualTo(20);
        JsonNode lastVideo = v1.get(v1.size() - 1);
        assertThat(lastVideo.get("start").asLong() + lastVideo.get("duration").asLong()).isEqualTo(total - 100);
        long expected = after.at("/timeline/durationFrames").asLong(); // the music bed on A2 may run longer

        Path out = dir.resolve("edited.mp4");
        assertThat(cutroom("render", dir.resolve("untouched-copy.cutroom").toString(), "-o", out.toString()).code()).isEqualTo(1);
        CliRun render = cutroom("render", project.toString(), "-o", out.toString(), "--quality", "LOW");
        assertThat(render.code()).as(render.err()).isZero();
        MediaInfo probed = MediaProbe.probe(out);
        assertThat(probed.video().frameCount()).isEqualTo(expected);
        assertThat(probed.video().frameRate().toString()).isEqualTo("25");
        assertThat(Math.abs(probed.duration().toDouble() - expected / 25.0)).isLessThan(0.05);
    }

    @Test
    void aBrokenProjectFileGivesOneClearLineAndExitCodeOne() throws Exception {
        Path broken = dir.resolve("broken.cutroom");
        Files.writeString(broken, "{\"schema\":\"Project.1\",\"timeline\":");
        CliRun run = cutroom("project", "info", broken.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("cutroom: error: ").contains("broken.cutroom");
    }

    @Test
    void anUnknownClipIsRefusedAndTheFileIsUntouched() throws Exception {
        Path project = dir.resolve("untouched.cutroom");
        Files.copy(demoProject, project);
        byte[] original = Files.readAllBytes(project);
        CliRun run = cutroom("edit", project.toString(), "split", "--clip", "clip-nope", "--at", "10");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("no clip clip-nope");
        assertThat(Files.readAllBytes(project)).isEqualTo(original);
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() throws Exception {
        Path project = dir.resolve("refused.cutroom");
        Files.copy(demoProject, project);
        byte[] original = Files.readAllBytes(project);
        String first = info(project).at("/tracks/0/clips/0/id").asText();
        CliRun run = cutroom("edit", project.toString(), "speed", "--clip", first, "--speed", "1/2"); // would overlap the next clip
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("overlap");
        assertThat(Files.readAllBytes(project)).isEqualTo(original);
    }

    @Test
    void renderOfAProjectWithMissingMediaFailsAndLeavesNoFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("missing"));
        Path project = folder.resolve("m.cutroom");
        Path clip = folder.resolve("clip.mp4");
        Files.copy(dir.resolve("demo/title-cards_24fps.mp4"), clip);
        assertThat(cutroom("project", "new", "-o", project.toString(), clip.toString()).code()).isZero();
        Files.delete(clip);
        Path out = folder.resolve("m.mp4");
        CliRun run = cutroom("render", project.toString(), "-o", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("clip.mp4");
        assertThat(out).doesNotExist();
    }

    @Test
    void positionsParseAsFramesSecondsAndTimecodes() {
        var rate = dev.cutroom.timeline.model.FrameRate.FPS_29_97;
        assertThat(TimeArgument.toFrame("120", rate)).isEqualTo(120);
        assertThat(TimeArgument.toFrame("10s", rate)).isEqualTo(300); // 299.7 rounds to 300
        assertThat(TimeArgument.toFrame("00:00:01:29", rate)).isEqualTo(59);
        assertThat(TimeArgument.timecode(59, rate)).isEqualTo("00:00:01:29");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeArgument.toFrame("00:00:01:30", rate))
                .hasMessageContaining("30 frames");
    }
}

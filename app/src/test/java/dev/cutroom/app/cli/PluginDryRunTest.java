package dev.cutroom.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutroom.plugin.host.discovery.PluginFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plugin run --instruction ... --dry-run} against a stand-in planner plugin in a plugins folder, in a worker JVM. */
class PluginDryRunTest {
    @TempDir
    static Path dir;
    private static Path demo;

    @BeforeAll
    static void setUp() throws Exception {
        System.setProperty(PluginFolders.PROPERTY, PlannerPluginJar.into(dir.resolve("plugins")).toString());
        CliRun run = CliRun.of("demo", "-o", dir.resolve("demo").toString());
        assertThat(run.code()).as(run.err()).isZero();
        demo = dir.resolve("demo/demo.cutroom");
    }

    @AfterAll
    static void tearDown() {
        System.clearProperty(PluginFolders.PROPERTY);
    }

    private static Path copyOfDemo(String name) throws Exception {
        return Files.copy(demo, demo.resolveSibling(name));
    }

    private static String firstVideoClip(Path project) throws Exception {
        return CliRun.of("project", "info", project.toString(), "--json").json().at("/tracks/0/clips/0/id").asText();
    }

    @Test
    void aDryRunPrintsThePlanAndLeavesTheProjectFileByteForByte() throws Exception {
        Path project = copyOfDemo("dry.cutroom");
        byte[] before = Files.readAllBytes(project);

        CliRun run = CliRun.of("plugin", "run", PlannerPluginJar.ID, "--project", project.toString(), "--clip", firstVideoClip(project),
                "--instruction", "slow it down by half", "--dry-run");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode plan = run.json();
        assertThat(plan.get("schema").asText()).isEqualTo("InstructPlan.1");
        assertThat(plan.at("/steps/0/op").asText()).isEqualTo("speed");
        assertThat(run.err()).doesNotContain("not understood");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(project.resolveSibling("dry.cutroom.bak")).doesNotExist();
        assertThat(project.resolveSibling("generated")).doesNotExist();
    }

    @Test
    void anInstructionNotUnderstoodPrintsItsProblemsOnStandardErrorAndExitsWithTwo() throws Exception {
        Path project = copyOfDemo("unclear.cutroom");
        byte[] before = Files.readAllBytes(project);

        CliRun run = CliRun.of("plugin", "run", PlannerPluginJar.ID, "--project", project.toString(), "--clip", firstVideoClip(project),
                "--instruction", "make it pop", "--dry-run", "--in-process");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.json().get("schema").asText()).isEqualTo("InstructPlan.1"); // what it did understand, still on stdout
        assertThat(run.err()).contains("not understood: 'make it pop' (closest: Saturation, Contrast)");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void withoutDryRunAPartlyUnderstoodInstructionAppliesTheRestPrintsTheProblemsAndExitsWithThree() throws Exception {
        Path project = copyOfDemo("partly.cutroom");
        String clip = firstVideoClip(project);
        byte[] before = Files.readAllBytes(project);

        CliRun run = CliRun.of("plugin", "run", PlannerPluginJar.ID, "--project", project.toString(), "--clip", clip,
                "--instruction", "slow it down by half and make it pop", "--in-process");

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.json().get("timing").get(0).get("edit").asText()).isEqualTo("retime");
        assertThat(run.err()).contains("not applied: not understood: 'make it pop' (closest: Saturation)");
        assertThat(Files.readAllBytes(project)).isNotEqualTo(before);
    }

    @Test
    void withoutDryRunTheJobAppliesAndTheClipIsRetimed() throws Exception {
        Path project = copyOfDemo("applied.cutroom");
        String clip = firstVideoClip(project);
        long before = CliRun.of("project", "info", project.toString(), "--json").json().at("/tracks/0/clips/0/duration").asLong();

        CliRun run = CliRun.of("plugin", "run", PlannerPluginJar.ID, "--project", project.toString(), "--clip", clip,
                "--instruction", "slow it down by half");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().at("/timing/0/clipId").asText()).isEqualTo(clip);
        assertThat(run.json().at("/timing/0/edit").asText()).isEqualTo("retime");
        assertThat(run.json().at("/timing/0/provenance/instruction").asText()).isEqualTo("slow it down by half");
        JsonNode after = CliRun.of("project", "info", project.toString(), "--json").json().at("/tracks/0/clips/0");
        assertThat(after.get("duration").asLong()).isEqualTo(before * 2);
        assertThat(project.resolveSibling("applied.cutroom.bak")).exists();
    }

    @Test
    void aPluginWithoutPlanOnlyHasNoDryRun() throws Exception {
        Path project = copyOfDemo("nodry.cutroom");
        byte[] before = Files.readAllBytes(project);
        CliRun run = CliRun.of("plugin", "run", "dev.cutroom.example.shotcut", "--project", project.toString(),
                "--clip", firstVideoClip(project), "--dry-run");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("dev.cutroom.example.shotcut has no dry run");
        CliRun off = CliRun.of("plugin", "run", PlannerPluginJar.ID, "--project", project.toString(), "--clip", firstVideoClip(project),
                "--instruction", "x", "--dry-run", "--param", "planOnly=false");
        assertThat(off.code()).isEqualTo(1);
        assertThat(off.err()).contains("--dry-run sets planOnly=true");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }
}

package dev.cutroom.plugin.instruct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.ModelInfo;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.plan.Step;
import dev.cutroom.plugin.testkit.PluginRun;
import dev.cutroom.plugin.testkit.PluginTestKit;
import dev.cutroom.plugin.testkit.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin through the real host: descriptor, parameters, plan-only results, clear failures. */
class InstructPluginTest {
    @TempDir
    static Path dir;
    static PluginTestKit kit;
    static ClipRef clip;

    @BeforeAll
    static void setUp() {
        kit = PluginTestKit.create(dir.resolve("kit"));
        Path media = TestMedia.video(dir.resolve("media/clip.mp4"), 64, 48, new Fps(25, 1), TestMedia.solid(10, 0x336699));
        clip = kit.clip("clip-1", media);
    }

    @AfterAll
    static void tearDown() {
        kit.close();
    }

    private static Job job(String instruction, Object... parameters) {
        Job base = kit.job(clip, parameters);
        return new Job(base.selection(), base.parameters(), instruction);
    }

    @Test
    void theDescriptorIsAcceptedWithItsModels() {
        var d = kit.descriptor(InstructPlugin.ID);
        assertThat(d.models()).contains("all-minilm-l6-v2-q");
        assertThat(d.parameter("planOnly")).isPresent();
        assertThat(d.parameter("plan")).isPresent();
    }

    @Test
    void planOnlyReportsThePlanAsJsonAndChangesNothing() {
        PluginRun run = kit.run(InstructPlugin.ID, job("make it black and white and slow it down by half", "planOnly", true));
        assertThat(run.result().outputs()).isEmpty();
        assertThat(run.result().summary()).isEqualTo("Plan: black-and-white, speed ×0.5");
        Plan plan = PlanJson.read(run.provenance().notes().get("plan"));
        assertThat(plan.steps()).containsExactly(Step.of(OpKind.BLACK_AND_WHITE), Step.of(OpKind.SPEED, "factor", 0.5));
        assertThat(run.provenance().notes()).containsEntry("problems", "[]");
        assertThat(run.provenance().models()).extracting(ModelInfo::id).contains("all-minilm-l6-v2-q");
    }

    @Test
    void planOnlyReportsWhatWasNotUnderstoodWithTheClosestOperations() {
        PluginRun run = kit.run(InstructPlugin.ID, job("add a vignette, then make it sparkle", "planOnly", true));
        assertThat(run.result().summary()).isEqualTo("Plan: vignette");
        assertThat(run.provenance().notes().get("problems")).contains("\"clause\":\"make it sparkle\"").contains("\"closest\":[");
    }

    @Test
    void anInstructionNotUnderstoodAtAllFailsNamingTheClosestOperations() {
        var failure = kit.runExpectingFailure(InstructPlugin.ID, job("add an explosion"));
        assertThat(failure.getMessage()).contains("nothing was changed").contains("'add an explosion'").contains("closest:");
    }

    @Test
    void aGivenPlanIsUsedInsteadOfTheInstructionAndABadOneIsRefused() {
        String json = PlanJson.write(new Plan("", List.of(Step.of(OpKind.REVERSE))));
        PluginRun run = kit.run(InstructPlugin.ID, job("", "plan", json, "planOnly", true));
        assertThat(run.result().summary()).isEqualTo("Plan: reverse");

        var bad = kit.runExpectingFailure(InstructPlugin.ID, job("", "plan", "{\"schema\":\"InstructPlan.1\",\"steps\":[{\"op\":\"explode\"}]}"));
        assertThat(bad.getMessage()).contains("not a valid InstructPlan.1 plan").contains("unknown operation 'explode'");
    }

    @Test
    void noInstructionAndNoPlanIsAClearError() {
        assertThat(kit.runExpectingFailure(InstructPlugin.ID, job("  ")).getMessage()).contains("type an instruction");
    }

    @Test
    void anUnderstoodInstructionIsAppliedAsANewTakeWithThePlanInItsProvenance() {
        PluginRun run = kit.run(InstructPlugin.ID, job("make it black and white"));
        var takes = run.result().outputs(dev.cutroom.plugin.api.Output.NewTake.class);
        assertThat(takes).hasSize(1);
        assertThat(takes.getFirst().clipId()).isEqualTo("clip-1");
        Plan recorded = PlanJson.read(run.provenance().notes().get("plan"));
        assertThat(recorded.steps()).containsExactly(Step.of(OpKind.BLACK_AND_WHITE));
        assertThat(recorded.instruction()).isEqualTo("make it black and white");
    }

    @Test
    void aPartlyUnderstoodInstructionAppliesTheUnderstoodStepsAndReportsTheRest() {
        PluginRun run = kit.run(InstructPlugin.ID, job("make it black and white and add a dragon"));
        assertThat(run.result().outputs()).hasSize(1);
        assertThat(run.result().summary()).contains("black and white").contains("not applied (not understood)").contains("dragon");
        assertThat(run.provenance().notes().get("problems")).contains("\"clause\":\"add a dragon\"");
    }
}

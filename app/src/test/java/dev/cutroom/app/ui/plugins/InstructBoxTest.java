package dev.cutroom.app.ui.plugins;

import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.onFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.runFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.app.cli.PlanNotes;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.plan.Step;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The instruction box headless, with its two jobs faked at the {@link InstructJobs} seam (so the parser's output
 * does not matter): planning runs off the FX thread and can be cancelled, the plan shows as typed steps edited
 * with controls fit for each parameter, a partly understood plan applies only its understood steps, and Apply sends the edited plan with the original
 * instruction.
 */
@SuppressWarnings("unchecked")
class InstructBoxTest {
    /** Plan and apply requests as the fake received them; each answered by the test. */
    static final class FakeJobs implements InstructJobs {
        final List<String> instructions = new CopyOnWriteArrayList<>();
        final List<String> appliedPlans = new CopyOnWriteArrayList<>();
        volatile CompletableFuture<PlanNotes> nextPlan = new CompletableFuture<>();
        volatile CompletableFuture<Object> nextApply = new CompletableFuture<>();

        @Override
        public CompletableFuture<PlanNotes> plan(List<String> clipIds, String instruction) {
            instructions.add(instruction);
            return nextPlan;
        }

        @Override
        public CompletableFuture<?> apply(List<String> clipIds, String instruction, String planJson) {
            instructions.add(instruction);
            appliedPlans.add(planJson);
            return nextApply;
        }
    }

    private static final String SLOW_GREY = "slow it down by half, black and white, a red title";

    @BeforeAll
    static void fx() throws Exception {
        PluginUiTestSupport.startFx();
    }

    private static PlanNotes notes(List<String> problems, Step... steps) {
        return new PlanNotes(PlanJson.write(new Plan(SLOW_GREY, List.of(steps))), problems);
    }

    /** The view in a scene of its own, as in its window, so that skins (the scroll pane's content) exist. */
    private static InstructView shown(InstructModel model) throws Exception {
        return onFx(() -> {
            InstructView view = new InstructView(model, () -> { });
            new javafx.scene.Scene(view);
            return view;
        });
    }

    private static <T extends Node> T find(javafx.scene.Parent root, String id) {
        root.applyCss();
        root.layout();
        @SuppressWarnings("unchecked") T n = (T) root.lookup("#" + id);
        assertThat(n).as("node #" + id).isNotNull();
        return n;
    }

    @Test
    void aPlanIsShownAsEditableStepsAndAppliedAsEdited() throws Exception {
        FakeJobs jobs = new FakeJobs();
        InstructModel model = onFx(() -> new InstructModel(jobs, Platform::runLater, List.of("clip-1")));
        InstructView view = shown(model);
        runFx(() -> model.instructionProperty().set(SLOW_GREY));
        runFx(() -> ((Button) find(view, "instruct-plan")).fire());

        assertThat(jobs.instructions).containsExactly(SLOW_GREY);
        assertThat(onFx(() -> model.busyProperty().get() && find(view, "instruct-plan").isDisabled() && find(view, "instruct-apply").isDisabled())).isTrue();
        // the job answers on another thread; the model takes it back on the FX thread
        jobs.nextPlan.complete(notes(List.of(), Step.of(OpKind.SPEED, "factor", 0.5), Step.of(OpKind.BLACK_AND_WHITE),
                Step.of(OpKind.TITLE, "text", "Day one", "colour", "#ff0000")));
        waitFor("the plan", 5000, () -> model.steps().size() == 3);

        assertThat(onFx(() -> find(view, "instruct-apply").isDisabled())).isFalse();
        Spinner<Double> factor = onFx(() -> find(view, "param-0-factor"));
        assertThat(onFx(() -> factor.getValue())).isEqualTo(0.5);
        assertThat(onFx(() -> ((CheckBox) find(view, "param-0-smooth")).isSelected())).isTrue();
        assertThat(onFx(() -> List.copyOf(((ComboBox<String>) find(view, "param-2-position")).getItems()))).contains("top", "lower-third");
        assertThat(onFx(() -> ((ColorPicker) find(view, "param-2-colour")).getValue())).isEqualTo(Color.web("#ff0000"));

        runFx(() -> {
            factor.getValueFactory().setValue(0.25);
            ((CheckBox) find(view, "param-0-smooth")).setSelected(false);
            ((ComboBox<String>) find(view, "param-2-position")).setValue("top");
            ((Button) find(view, "remove-1")).fire(); // drop black and white
        });
        assertThat(onFx(() -> model.steps().size())).isEqualTo(2);
        assertThat(onFx(() -> { view.applyCss(); view.layout(); return view.lookup("#step-2"); })).isNull();

        runFx(() -> ((Button) find(view, "instruct-apply")).fire());
        assertThat(jobs.instructions).containsExactly(SLOW_GREY, SLOW_GREY); // the original instruction, for provenance
        Plan sent = PlanJson.read(jobs.appliedPlans.getFirst());
        assertThat(sent.steps()).containsExactly(Step.of(OpKind.SPEED, "factor", 0.25, "smooth", false),
                Step.of(OpKind.TITLE, "text", "Day one", "colour", "#ff0000", "position", "top"));
        assertThat(sent.instruction()).isEqualTo(SLOW_GREY);
        jobs.nextApply.complete(null);
        waitFor("applied", 5000, () -> model.appliedProperty().get());
    }

    @Test
    void aPartlyUnderstoodInstructionShowsItsProblemsAndAppliesOnlyTheUnderstoodSteps() throws Exception {
        FakeJobs jobs = new FakeJobs();
        InstructModel model = onFx(() -> new InstructModel(jobs, Platform::runLater, List.of("clip-1")));
        InstructView view = shown(model);
        jobs.nextPlan.complete(PlanNotes.of(java.util.Map.of( // the notes as the plugin writes them
                PlanNotes.PLAN, PlanJson.write(new Plan("make it pop and slower", List.of(Step.of(OpKind.SPEED, "factor", 0.5)))),
                PlanNotes.PROBLEMS, "[{\"text\":\"make it pop\",\"closest\":[\"Saturation\",\"Contrast\"]}]")));
        runFx(() -> { model.instructionProperty().set("make it pop and slower"); model.plan(); });
        waitFor("the problems", 5000, () -> !model.problems().isEmpty());

        VBox problems = onFx(() -> find(view, "instruct-problems"));
        assertThat(onFx(() -> ((Label) problems.getChildren().getFirst()).getText()))
                .contains("not understood: 'make it pop' (closest: Saturation, Contrast)");
        assertThat(onFx(() -> model.statusProperty().get())).contains("Partly understood");
        assertThat(onFx(() -> find(view, "instruct-apply").isDisabled())).isFalse();
        runFx(model::apply);
        waitFor("the apply job", 5000, () -> !jobs.appliedPlans.isEmpty());
        assertThat(PlanJson.read(jobs.appliedPlans.getFirst()).steps()).containsExactly(Step.of(OpKind.SPEED, "factor", 0.5));
        jobs.nextApply.complete(null);
        waitFor("applied", 5000, () -> !model.busyProperty().get());

        jobs.nextPlan = CompletableFuture.completedFuture(notes(List.of()));
        runFx(model::plan);
        waitFor("an empty plan", 5000, () -> model.problems().isEmpty() && !model.busyProperty().get());
        assertThat(onFx(() -> model.steps().isEmpty() && find(view, "instruct-apply").isDisabled())).isTrue();
        assertThat(onFx(() -> model.statusProperty().get())).contains("plan is empty");
        assertThat(jobs.appliedPlans).hasSize(1);
    }

    @Test
    void aPlanJobCanBeCancelledAndChangesNothing() throws Exception {
        FakeJobs jobs = new FakeJobs();
        InstructModel model = onFx(() -> new InstructModel(jobs, Platform::runLater, List.of("clip-1")));
        InstructView view = shown(model);
        runFx(() -> { model.instructionProperty().set("blur the background"); model.plan(); });
        assertThat(onFx(() -> find(view, "instruct-cancel").isVisible())).isTrue();

        runFx(() -> ((Button) find(view, "instruct-cancel")).fire());

        assertThat(jobs.nextPlan).isCancelled(); // the real seam cancels the job in the jobs panel with it
        waitFor("not busy", 5000, () -> !model.busyProperty().get());
        assertThat(onFx(() -> model.statusProperty().get())).contains("cancelled");
        assertThat(onFx(() -> model.steps().isEmpty() && !find(view, "instruct-plan").isDisabled())).isTrue();
    }
}

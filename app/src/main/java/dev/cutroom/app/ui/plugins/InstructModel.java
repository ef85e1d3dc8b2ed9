package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.cli.PlanNotes;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanException;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The instruction box for the selected clips, without a window: type an instruction, {@link #plan()} it (a
 * plan-only job, off the FX thread), read the problems, edit or remove steps, then {@link #apply()} the edited
 * plan (one undo step) with the original instruction for provenance. Apply is possible with a plan that has steps
 * and valid values, and not while a job runs. A partly understood instruction shows its understood steps as the
 * plan and the clauses not understood as problems: applying then applies the steps shown (the status says so).
 * FX thread.
 */
public final class InstructModel {
    private final InstructJobs jobs;
    private final Executor uiThread;
    private final List<String> clipIds;
    private final StringProperty instruction = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<StepEditor> steps = FXCollections.observableArrayList(s -> new Observable[] {s.errorProperty()});
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canPlan;
    private String plannedInstruction = "";
    private CompletableFuture<?> running;

    /**
     * @param uiThread where job outcomes are handed back (the FX thread in the app)
     * @param clipIds  the selected clips the plan is for
     */
    public InstructModel(InstructJobs jobs, Executor uiThread, List<String> clipIds) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.clipIds = List.copyOf(clipIds);
        canPlan = Bindings.createBooleanBinding(() -> !busy.get() && !instruction.get().isBlank(), busy, instruction);
        canApply.bind(Bindings.createBooleanBinding(
                () -> !busy.get() && !steps.isEmpty() && steps.stream().allMatch(StepEditor::isValid), busy, problems, steps));
    }

    public StringProperty instructionProperty() { return instruction; }
    public StringProperty statusProperty() { return status; }
    /** Whether a plan or apply job is running. */
    public BooleanProperty busyProperty() { return busy; }
    public ObservableList<StepEditor> steps() { return steps; }
    /** What was not understood, one readable line each. */
    public ObservableList<String> problems() { return problems; }
    public ReadOnlyBooleanProperty canApplyProperty() { return canApply.getReadOnlyProperty(); }
    public BooleanBinding canPlanProperty() { return canPlan; }
    /** Turns true once an apply job put its result on the timeline. */
    public ReadOnlyBooleanProperty appliedProperty() { return applied.getReadOnlyProperty(); }
    public List<String> clipIds() { return clipIds; }

    /** Starts the plan-only job; the steps and problems are replaced when it ends. */
    public void plan() {
        if (!canPlan.get()) return;
        String text = instruction.get().strip();
        status.set("Understanding \u201c" + text + "\u201d\u2026");
        start(() -> jobs.plan(clipIds, text), notes -> show(text, notes), "Planning");
    }

    /** Starts applying the plan as edited. */
    public void apply() {
        if (!canApply.get()) return;
        String json = PlanJson.write(editedPlan());
        status.set("Applying " + steps.size() + (steps.size() == 1 ? " step" : " steps") + "\u2026");
        start(() -> jobs.apply(clipIds, plannedInstruction, json), done -> {
            status.set("Applied: one undo step (Ctrl+Z)");
            applied.set(true);
        }, "Applying");
    }

    /** Cancels the running job, if any (so does the jobs panel's cancel). */
    public void cancel() {
        if (running != null) running.cancel(true);
    }

    /** Removes a step from the plan. */
    public void remove(StepEditor step) {
        steps.remove(step);
    }

    /** The plan as edited now, with the instruction it came from. @throws PlanException when a value does not fit */
    public Plan editedPlan() {
        return new Plan(plannedInstruction, steps.stream().map(StepEditor::toStep).toList());
    }

    private <T> void start(java.util.function.Supplier<CompletableFuture<T>> job, java.util.function.Consumer<T> onDone, String what) {
        CompletableFuture<T> f;
        try {
            f = job.get();
        } catch (IllegalArgumentException e) { // the job could not start (clip gone, plugin refused): say why
            status.set(what + " failed: " + e.getMessage());
            return;
        }
        running = f;
        busy.set(true);
        f.whenCompleteAsync((value, error) -> {
            if (running == f) running = null;
            busy.set(false);
            if (error == null) onDone.accept(value);
            else status.set(failure(what, error));
        }, uiThread);
    }

    private void show(String text, PlanNotes notes) {
        plannedInstruction = text;
        problems.setAll(notes.problems());
        try {
            Plan plan = notes.planJson().isBlank() ? new Plan(text, List.of()) : PlanJson.read(notes.planJson());
            steps.setAll(plan.steps().stream().map(StepEditor::new).toList());
        } catch (PlanException e) {
            steps.clear();
            problems.add("the plan could not be read: " + e.getMessage());
        }
        if (!problems.isEmpty() && !steps.isEmpty()) {
            status.set("Partly understood: Apply applies only the steps below; or change the instruction and plan again");
        } else if (!problems.isEmpty()) status.set("Not understood: change the instruction and plan again");
        else if (steps.isEmpty()) status.set("Nothing to do: the plan is empty");
        else status.set("Check the plan, adjust it if needed, then apply");
    }

    private static String failure(String what, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) return what + " cancelled; nothing was changed";
        return what + " failed: " + cause.getMessage() + "; nothing was changed";
    }
}

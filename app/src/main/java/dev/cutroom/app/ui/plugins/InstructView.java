package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.instruct.plan.ParamSpec;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The instruction box's window content for an {@link InstructModel}: the instruction and "Plan", the problems in
 * plain words, the plan as a list of typed steps whose parameters are edited with controls fit for them
 * ({@link ParamEditors}) and removed with "Remove", and "Apply". Node ids ({@code instruct-text},
 * {@code instruct-plan}, {@code instruct-apply}, {@code step-N}, {@code param-N-NAME}, {@code remove-N}) are for
 * tests. FX thread.
 */
public final class InstructView extends VBox {
    private final InstructModel model;
    private final VBox stepsBox = new VBox(6);
    private final VBox problemsBox = new VBox(2);

    public InstructView(InstructModel model, Runnable onApplied) {
        super(10);
        this.model = model;
        setPadding(new Insets(12));
        setPrefWidth(620);
        getStyleClass().add("instruct");

        TextField text = new TextField();
        text.setId("instruct-text");
        text.setPromptText("e.g. make it black and white and slow it down by half");
        text.textProperty().bindBidirectional(model.instructionProperty());
        text.setOnAction(e -> model.plan());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button plan = new Button("Plan");
        plan.setId("instruct-plan");
        plan.disableProperty().bind(model.canPlanProperty().not());
        plan.setOnAction(e -> model.plan());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("instruct-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox top = new HBox(8, text, plan, spinner, cancel);
        top.setAlignment(Pos.CENTER_LEFT);

        problemsBox.setId("instruct-problems");
        stepsBox.setId("instruct-steps");
        ScrollPane scroll = new ScrollPane(stepsBox);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label status = new Label();
        status.setId("instruct-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Button apply = new Button("Apply");
        apply.setId("instruct-apply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(e -> model.apply());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, apply);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        Label clips = new Label("On " + (model.clipIds().size() == 1 ? "1 clip" : model.clipIds().size() + " clips")
                + ". The plan is shown before anything changes; applying it is one undo step.");
        getChildren().addAll(clips, top, problemsBox, scroll, bottom);

        model.problems().addListener((ListChangeListener<String>) c -> showProblems());
        model.steps().addListener((ListChangeListener<StepEditor>) c -> { if (structural(c)) showSteps(); });
        model.appliedProperty().addListener((o, was, now) -> { if (now) onApplied.run(); });
        showProblems();
        showSteps();
    }

    private static boolean structural(ListChangeListener.Change<? extends StepEditor> c) {
        while (c.next()) if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) return true;
        return false;
    }

    private void showProblems() {
        problemsBox.getChildren().setAll(model.problems().stream().map(p -> {
            Label l = new Label("\u26a0 " + p);
            l.setWrapText(true);
            l.getStyleClass().add("instruct-problem");
            l.setStyle("-fx-text-fill: #e0a040;");
            return l;
        }).toList());
    }

    private void showSteps() {
        stepsBox.getChildren().clear();
        if (model.steps().isEmpty()) {
            stepsBox.getChildren().add(new Label("No plan yet: type an instruction and press Plan."));
            return;
        }
        for (int i = 0; i < model.steps().size(); i++) stepsBox.getChildren().add(row(i, model.steps().get(i)));
    }

    /** ", background only" and ", 4.5–5.5 s" for a step on the background or a part of the clip. */
    static String where(StepEditor step) {
        String s = step.background() ? ", background only" : "";
        if (step.part() != null) {
            s += String.format(java.util.Locale.ROOT, ", %s\u2013%s s", num(step.part().from()), num(step.part().to()));
        }
        return s;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    private VBox row(int index, StepEditor step) {
        Label title = new Label((index + 1) + ". " + step.op().label());
        title.setStyle("-fx-font-weight: bold;");
        Label category = new Label(step.op().category().name().toLowerCase(java.util.Locale.ROOT) + where(step));
        category.setOpacity(0.6);
        Button remove = new Button("Remove");
        remove.setId("remove-" + index);
        remove.setOnAction(e -> model.remove(step));
        HBox head = new HBox(8, title, category, new javafx.scene.layout.Region(), remove);
        HBox.setHgrow(head.getChildren().get(2), Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);

        FlowPane params = new FlowPane(12, 6);
        for (ParamSpec spec : step.op().params()) {
            var editor = ParamEditors.editor(spec, step.value(spec.name()));
            editor.setId("param-" + index + "-" + spec.name());
            HBox one = new HBox(4, new Label(spec.name()), editor);
            if (!spec.unit().isEmpty()) one.getChildren().add(new Label(spec.unit()));
            one.setAlignment(Pos.CENTER_LEFT);
            params.getChildren().add(one);
        }
        Label error = new Label();
        error.setStyle("-fx-text-fill: #e05050;");
        error.textProperty().bind(step.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(step.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        VBox row = new VBox(4, head, params, error);
        row.setId("step-" + index);
        row.setPadding(new Insets(6));
        row.getStyleClass().add("instruct-step");
        return row;
    }
}

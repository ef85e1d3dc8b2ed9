package dev.cutroom.app.ui.plugins;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The estimate line above a run dialog's form: asks for an estimate when the dialog opens and again once the
 * form's values have stayed put for a moment (each estimate starts a worker, so not on every keystroke). FX thread.
 */
final class RunEstimateView extends VBox {
    private static final Duration SETTLE = Duration.millis(600);

    RunEstimateView(ParameterForm form, RunEstimate estimate) {
        super(4);
        setId("run-estimate-box");
        Label text = new Label();
        text.setId("run-estimate");
        text.setWrapText(true);
        text.textProperty().bind(estimate.textProperty());
        Label warning = new Label();
        warning.setId("run-estimate-warning");
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #f0b040;");
        warning.textProperty().bind(estimate.warningProperty());
        warning.visibleProperty().bind(estimate.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        getChildren().addAll(text, warning);

        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> ask(form, estimate));
        form.fields().forEach(f -> f.valueProperty().addListener((o, a, b) -> settle.playFromStart()));
        ask(form, estimate);
    }

    private static void ask(ParameterForm form, RunEstimate estimate) {
        if (form.isValid()) estimate.request(form.values());
        else estimate.cancel();
    }
}

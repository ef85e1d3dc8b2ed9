package dev.cutroom.app.ui.soundtrack;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Soundtrack panel under the inspector, shown only while the focused clip's active take is a generated
 * soundtrack: what the take is, Regenerate, Regenerate section, the prompt with "Rerun with this prompt", and
 * Export MIDI… / Export stems… to a folder the user picks. Actions go through {@link SoundtrackPanelModel}; a refusal
 * (an empty prompt, a section outside the clip) is shown under the buttons. FX thread.
 */
public final class SoundtrackPanel extends VBox {
    private final SoundtrackPanelModel model;
    private final Supplier<Window> owner;
    private final Label error = new Label();

    public SoundtrackPanel(SoundtrackPanelModel model, Supplier<Window> owner) {
        super(6);
        this.model = model;
        this.owner = owner;
        setId("soundtrack-panel");
        getStyleClass().add("inspector");
        setStyle("-fx-padding: 8;");
        Label title = new Label("Soundtrack");
        title.getStyleClass().add("panel-title");
        Label summary = new Label();
        summary.setId("soundtrack-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.takeProperty().map(SoundtrackTake::describe).orElse(""));

        Button regenerate = button("Regenerate", "soundtrack-regenerate", model::regenerate);
        TextField from = field("soundtrack-from", model.sectionFromProperty());
        TextField to = field("soundtrack-to", model.sectionToProperty());
        Button section = button("Regenerate section", "soundtrack-regenerate-section", model::regenerateSection);
        HBox sectionRow = new HBox(4, new Label("From"), from, new Label("to"), to, new Label("s"), section);

        TextArea prompt = new TextArea();
        prompt.setId("soundtrack-prompt");
        prompt.setPrefRowCount(2);
        prompt.setWrapText(true);
        prompt.textProperty().bindBidirectional(model.promptProperty());
        Button rerun = button("Rerun with this prompt", "soundtrack-rerun", model::rerunWithPrompt);

        Button midi = new Button("Export MIDI…");
        midi.setId("soundtrack-export-midi");
        midi.setOnAction(e -> chooseFolder("Export the MIDI file to").ifPresent(model::exportMidi));
        Button stems = new Button("Export stems…");
        stems.setId("soundtrack-export-stems");
        stems.setOnAction(e -> chooseFolder("Export the stems to").ifPresent(model::exportStems));

        error.setId("soundtrack-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #f0b040;");
        getChildren().addAll(title, summary, regenerate, sectionRow, new Label("Prompt"), prompt, rerun, new HBox(6, midi, stems), error);
        visibleProperty().bind(model.takeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.takeProperty().addListener(o -> error.setText(""));
    }

    /** The panel as the editor uses it: reruns go to the plugin job service (the jobs panel shows them). */
    public static SoundtrackPanel forEditor(dev.cutroom.app.ui.vm.EditorModel editor, dev.cutroom.app.ui.plugins.PluginsUi plugins,
                                            java.util.concurrent.Executor background, Supplier<Window> owner) {
        SoundtrackPanelModel model = new SoundtrackPanelModel(editor, rerun -> plugins.jobs()
                .orElseThrow(() -> new IllegalStateException("plugins are not loaded yet"))
                .run(SoundtrackTake.PLUGIN, rerun.clipIds(), rerun.values(), rerun.prompt()), background);
        return new SoundtrackPanel(model, owner);
    }

    public SoundtrackPanelModel model() { return model; }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            try {
                action.run();
                error.setText("");
            } catch (IllegalArgumentException | IllegalStateException refused) {
                error.setText(refused.getMessage());
            }
        });
        return b;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private java.util.Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File folder = chooser.showDialog(owner.get());
        return java.util.Optional.ofNullable(folder).map(File::toPath);
    }
}

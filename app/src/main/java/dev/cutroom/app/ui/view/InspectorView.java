package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.Timecode;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Map;

/** Properties of the focused clip: speed, volume, enabled; its takes (one click switches); provenance. */
public final class InspectorView extends ScrollPane {
    private final EditorModel model;
    private final VBox content = new VBox(8);
    private final Label title = new Label("Inspector");
    private final Label clipName = new Label();
    private final Label timing = new Label();
    private final TextField speed = new TextField();
    private final Slider volume = new Slider(0, 2, 1);
    private final Label volumeValue = new Label();
    private final CheckBox enabled = new CheckBox("Enabled");
    private final VBox takes = new VBox(4);
    private final TextArea provenance = new TextArea();
    private final GridPane props = new GridPane();
    private boolean updating;

    public InspectorView(EditorModel model) {
        this.model = model;
        getStyleClass().add("inspector");
        setFitToWidth(true);
        title.getStyleClass().add("panel-title");
        clipName.getStyleClass().add("inspector-clip");
        speed.setId("inspector-speed");
        speed.setPrefColumnCount(6);
        volume.setId("inspector-volume");
        enabled.setId("inspector-enabled");
        provenance.setEditable(false);
        provenance.setWrapText(true);
        provenance.setPrefRowCount(7);
        provenance.setId("inspector-provenance");
        props.setHgap(8);
        props.setVgap(6);
        props.addRow(0, new Label("Speed"), speed);
        props.addRow(1, new Label("Volume"), volume, volumeValue);
        props.addRow(2, enabled);
        speed.setOnAction(e -> applySpeed());
        speed.focusedProperty().addListener((o, a, b) -> { if (!b) applySpeed(); });
        volume.valueProperty().addListener((o, a, b) -> volumeValue.setText(String.format("%.0f%%", b.doubleValue() * 100)));
        volume.valueChangingProperty().addListener((o, a, changing) -> { if (!changing) applyVolume(); });
        volume.setOnMouseReleased(e -> applyVolume());
        enabled.setOnAction(e -> { Clip c = model.focused(); if (c != null && !updating) model.setEnabled(c.id(), enabled.isSelected()); });
        content.setPadding(new Insets(8));
        setContent(content);
        model.focusedClipProperty().addListener(o -> update());
        model.projectProperty().addListener(o -> update());
        update();
    }

    private void applySpeed() {
        Clip c = model.focused();
        if (c == null || updating) return;
        try {
            Rational r = Rational.parse(speed.getText().replace("x", "").trim());
            if (r.compareTo(c.speed()) != 0) model.setSpeed(c.id(), r);
        } catch (IllegalArgumentException e) {
            model.statusProperty().set("Speed: " + e.getMessage());
        }
        update();
    }

    private void applyVolume() {
        Clip c = model.focused();
        if (c == null || updating) return;
        double v = Math.round(volume.getValue() * 100) / 100.0;
        if (Math.abs(v - c.volume()) > 1e-9) model.setVolume(c.id(), v);
    }

    private void update() {
        updating = true;
        try {
            Clip c = model.focused();
            content.getChildren().setAll(title);
            if (c == null) {
                content.getChildren().add(new Label("Select a clip to see its properties."));
                return;
            }
            var rate = model.project().timeline().rate();
            clipName.setText(c.shownName());
            timing.setText(Timecode.format(c.start(), rate) + " – " + Timecode.format(c.end(), rate) + "  (" + c.duration() + " frames)");
            speed.setText(c.speed().toString());
            volume.setValue(c.volume());
            volumeValue.setText(String.format("%.0f%%", c.volume() * 100));
            enabled.setSelected(c.enabled());
            takes.getChildren().clear();
            ToggleGroup group = new ToggleGroup();
            for (Take t : c.takes()) {
                ToggleButton b = new ToggleButton((t.isGenerated() ? "✦ " : "") + t.label());
                b.setId("take-" + t.label());
                b.setToggleGroup(group);
                b.setSelected(t.id().equals(c.activeTakeId()));
                b.setMaxWidth(Double.MAX_VALUE);
                b.getStyleClass().add("take-button");
                b.setOnAction(e -> {
                    if (!t.id().equals(c.activeTakeId())) model.switchTake(c.id(), t.id());
                    else b.setSelected(true);
                });
                takes.getChildren().add(b);
            }
            Take active = c.activeTake();
            content.getChildren().addAll(clipName, timing, props, section("Takes"), takes);
            if (active.isGenerated()) {
                provenance.setText(describe(active.provenance()));
                content.getChildren().addAll(section("Provenance of " + active.label()), provenance);
            }
        } finally {
            updating = false;
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }

    static String describe(Provenance p) {
        StringBuilder s = new StringBuilder();
        s.append("Plugin: ").append(p.pluginId()).append(' ').append(p.pluginVersion()).append('\n');
        if (p.modelId() != null) s.append("Model: ").append(p.modelId()).append(' ').append(p.modelVersion() == null ? "" : p.modelVersion()).append('\n');
        if (p.modelSha256() != null) s.append("Model sha256: ").append(p.modelSha256()).append('\n');
        if (p.instruction() != null) s.append("Instruction: ").append(p.instruction()).append('\n');
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(p.parameters()).entrySet()) s.append(ReadableValue.lines(e.getKey(), e.getValue()));
        if (p.inputMediaSha256() != null) s.append("Input sha256: ").append(p.inputMediaSha256()).append('\n');
        if (p.createdAt() != null) s.append("Created: ").append(ReadableValue.instant(p.createdAt()));
        return s.toString().trim();
    }
}

package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.api.Colour;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.Widget;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The controls of a {@link ParameterForm}: one row per parameter (a slider with a text field for a number with a
 * range, a check box, a drop-down, a text field or area, a colour picker, a file field with Browse), each with its
 * unit, its description as tooltip and its error under it; then the instruction when the plugin takes one, and
 * the form's first error. Controls have ids {@code param-<id>} (and {@code plugin-instruction}). FX thread.
 */
public final class ParameterFormView extends GridPane {
    private final ParameterForm form;

    public ParameterFormView(ParameterForm form) {
        this.form = form;
        getStyleClass().add("plugin-form");
        setHgap(10);
        setVgap(4);
        int row = 0;
        for (ParameterForm.Field f : form.fields()) {
            Label name = new Label(f.label());
            Node control = control(f);
            control.setId("param-" + f.id());
            String help = help(f.spec(), f);
            if (!help.isEmpty()) {
                Tooltip.install(name, new Tooltip(help));
                if (control instanceof javafx.scene.control.Control c) c.setTooltip(new Tooltip(help));
            }
            Label error = new Label();
            error.getStyleClass().add("dialog-error");
            error.setId("param-error-" + f.id());
            error.textProperty().bind(f.errorProperty());
            error.managedProperty().bind(f.errorProperty().isNotEmpty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            add(name, 0, row);
            add(control, 1, row++);
            add(error, 1, row++);
            GridPane.setHgrow(control, Priority.ALWAYS);
        }
        if (form.takesInstruction()) {
            TextArea instruction = new TextArea();
            instruction.setId("plugin-instruction");
            instruction.setPromptText("What should " + form.descriptor().name() + " do?");
            instruction.setPrefRowCount(3);
            instruction.setWrapText(true);
            instruction.textProperty().bindBidirectional(form.instructionProperty());
            add(new Label("Instruction"), 0, row);
            add(instruction, 1, row++);
        }
        Label formError = new Label();
        formError.setId("plugin-form-error");
        formError.getStyleClass().add("dialog-error");
        formError.textProperty().bind(form.errorProperty());
        add(formError, 0, row, 2, 1);
    }

    public ParameterForm form() { return form; }

    private static String help(ParameterSpec spec, ParameterForm.Field f) {
        String range = f.rangeText();
        String text = spec.description();
        if (!range.isEmpty()) text = (text.isEmpty() ? "" : text + "\n") + "Range " + range + (spec.unit().isEmpty() ? "" : " " + spec.unit());
        return text;
    }

    private Node control(ParameterForm.Field f) {
        ParameterSpec spec = f.spec();
        return switch (spec.type()) {
            case NUMBER, INTEGER -> number(f);
            case BOOLEAN -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.TRUE.equals(f.coerced().orElse(false)));
                box.selectedProperty().addListener((o, a, b) -> f.set(b));
                f.valueProperty().addListener((o, a, b) -> box.setSelected(Boolean.TRUE.equals(f.coerced().orElse(false))));
                yield box;
            }
            case CHOICE -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.getItems().setAll(spec.choices());
                combo.setValue(f.text());
                combo.valueProperty().addListener((o, a, b) -> f.set(b));
                f.valueProperty().addListener((o, a, b) -> combo.setValue(f.text()));
                yield combo;
            }
            case TEXT -> text(f, spec.widget() == Widget.TEXT_AREA ? new TextArea() : new TextField());
            case COLOUR -> {
                ColorPicker picker = new ColorPicker(toFx(f.coerced().map(Colour.class::cast).orElse(new Colour(0, 0, 0))));
                picker.valueProperty().addListener((o, a, b) -> f.set(toHex(b)));
                yield picker;
            }
            case FILE -> {
                TextField path = (TextField) text(f, new TextField());
                Button browse = new Button("Browse…");
                browse.setOnAction(e -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle(spec.label());
                    Window owner = getScene() == null ? null : getScene().getWindow();
                    File file = chooser.showOpenDialog(owner);
                    if (file != null) f.set(file.toPath().toString());
                });
                HBox box = new HBox(6, path, browse);
                HBox.setHgrow(path, Priority.ALWAYS);
                yield box;
            }
        };
    }

    /** A text field, with a slider beside it when the number has a range and asks for one. */
    private Node number(ParameterForm.Field f) {
        ParameterSpec spec = f.spec();
        TextField field = (TextField) text(f, new TextField());
        field.setPrefColumnCount(8);
        if (spec.min() == null || spec.max() == null || spec.widget() == Widget.SPINNER || spec.widget() == Widget.TEXT_FIELD) return field;
        Slider slider = new Slider(spec.min(), spec.max(), f.coerced().map(v -> ((Number) v).doubleValue()).orElse(spec.min()));
        if (spec.type() == ParameterType.INTEGER) {
            slider.setSnapToTicks(true);
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
        }
        boolean[] syncing = {false};
        slider.valueProperty().addListener((o, a, b) -> {
            if (syncing[0]) return; // a change from the text field
            double v = spec.type() == ParameterType.INTEGER ? Math.round(b.doubleValue()) : round(b.doubleValue());
            f.set(spec.type() == ParameterType.INTEGER ? (Object) (long) v : (Object) v);
        });
        f.valueProperty().addListener((o, a, b) -> f.coerced().ifPresent(v -> {
            double d = ((Number) v).doubleValue();
            syncing[0] = true;
            try {
                if (slider.getValue() != d) slider.setValue(d);
            } finally {
                syncing[0] = false;
            }
        }));
        HBox box = new HBox(8, slider, field);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return box;
    }

    /** Two-way between a text control and the field; the text is kept as typed while it is being typed. */
    private static TextInputControl text(ParameterForm.Field f, TextInputControl control) {
        control.setText(f.text());
        boolean[] typing = {false};
        control.textProperty().addListener((o, a, b) -> {
            typing[0] = true;
            try {
                f.set(b);
            } finally {
                typing[0] = false;
            }
        });
        f.valueProperty().addListener((o, a, b) -> {
            if (!typing[0]) control.setText(ParameterForm.Field.text(b));
        });
        return control;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static Color toFx(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }

    static String toHex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}

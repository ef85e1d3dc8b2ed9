package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.instruct.plan.ParamSpec;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;

/**
 * The control for one plan parameter, chosen by its {@link ParamSpec}: a spinner held to the range for a number,
 * a drop-down for a choice, a text field, a colour picker, a check box. Each writes into the step's value
 * property, which checks it. FX thread.
 */
final class ParamEditors {
    private ParamEditors() {}

    static Node editor(ParamSpec spec, ObjectProperty<Object> value) {
        Node n = switch (spec.kind()) {
            case NUMBER -> number(spec, value);
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(spec.choices());
                box.setValue((String) value.get());
                box.valueProperty().addListener((o, a, b) -> value.set(b));
                yield box;
            }
            case TEXT -> {
                TextField field = new TextField((String) value.get());
                field.textProperty().addListener((o, a, b) -> value.set(b));
                yield field;
            }
            case COLOUR -> {
                ColorPicker picker = new ColorPicker(Color.web((String) value.get()));
                picker.valueProperty().addListener((o, a, b) -> value.set(hex(b)));
                yield picker;
            }
            case BOOLEAN -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.TRUE.equals(value.get()));
                box.selectedProperty().addListener((o, a, b) -> value.set(b));
                yield box;
            }
        };
        if (!spec.description().isBlank()) Tooltip.install(n, new Tooltip(spec.description()));
        return n;
    }

    private static Spinner<Double> number(ParamSpec spec, ObjectProperty<Object> value) {
        double start = value.get() instanceof Number x ? x.doubleValue() : spec.min();
        var factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(spec.min(), spec.max(), start, step(spec));
        Spinner<Double> spinner = new Spinner<>(factory);
        spinner.setEditable(true); // the factory clamps typed values to the range
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((o, a, b) -> value.set(b));
        return spinner;
    }

    /** About a hundred steps across small ranges, whole units across large ones. */
    static double step(ParamSpec spec) {
        double range = spec.max() - spec.min();
        if (range <= 1) return 0.05;
        if (range <= 10) return 0.1;
        return range <= 100 ? 0.5 : 1;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}

package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.api.Colour;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.PluginDescriptor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The form of one plugin, built from its descriptor without any window: one {@link Field} per parameter, filled
 * with its default, each checked through {@link ParameterSpec#coerce} as it changes (the message names the
 * parameter), and an instruction when the plugin takes one. The dialog binds controls to it; tests drive it
 * directly. FX thread (or one thread in tests).
 */
public final class ParameterForm {
    private final PluginDescriptor descriptor;
    private final List<Field> fields = new ArrayList<>();
    private final StringProperty instruction = new SimpleStringProperty(this, "instruction", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding valid;

    public ParameterForm(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
        for (ParameterSpec p : descriptor.parameters()) {
            fields.add(new Field(p));
        }
        List<ObservableValue<?>> deps = new ArrayList<>();
        fields.forEach(f -> deps.add(f.error));
        deps.add(instruction);
        error.bind(Bindings.createStringBinding(this::firstError, deps.toArray(ObservableValue[]::new)));
        valid = error.isEmpty();
    }

    public PluginDescriptor descriptor() { return descriptor; }

    public List<Field> fields() { return fields; }

    /** The field of a parameter. @throws IllegalArgumentException when the plugin has no such parameter */
    public Field field(String id) {
        return fields.stream().filter(f -> f.spec.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plugin " + descriptor.id() + " has no parameter " + id));
    }

    public boolean takesInstruction() { return descriptor.takesInstruction(); }

    /** The free-text instruction (only sent when the plugin takes one). */
    public StringProperty instructionProperty() { return instruction; }

    /** The first problem of the form (a parameter's coercion error, or a missing instruction), or "". */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public BooleanBinding validProperty() { return valid; }

    public boolean isValid() { return valid.get(); }

    /** Every field back to its default. */
    public void reset() {
        fields.forEach(Field::reset);
        instruction.set("");
    }

    /**
     * The checked values, by parameter id, in the type's Java type.
     *
     * @throws IllegalArgumentException with the first field's message when a value is wrong
     */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : fields) out.put(f.spec.id(), f.coerce());
        String problem = instructionProblem();
        if (problem != null) throw new IllegalArgumentException(problem);
        return out;
    }

    /** The instruction to send: the text when the plugin takes one, else null. */
    public String instruction() {
        return takesInstruction() ? instruction.get().strip() : null;
    }

    private String firstError() {
        for (Field f : fields) if (!f.error.get().isEmpty()) return f.error.get();
        String problem = instructionProblem();
        return problem == null ? "" : problem;
    }

    private String instructionProblem() {
        return takesInstruction() && instruction.get().isBlank() ? descriptor.name() + " needs an instruction" : null;
    }

    /**
     * One parameter. {@link #valueProperty()} holds what the control produced: text as typed, a {@link Number}
     * from a slider, a {@link Boolean} from a check box, a {@link Colour} or "#rrggbb" from a colour picker, a
     * {@link Path} or its text from a file chooser. {@link #errorProperty()} is "" when it coerces.
     */
    public static final class Field {
        private final ParameterSpec spec;
        private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

        Field(ParameterSpec spec) {
            this.spec = spec;
            value.addListener((o, a, b) -> error.set(check(b)));
            reset();
        }

        public ParameterSpec spec() { return spec; }

        public String id() { return spec.id(); }

        public ParameterType type() { return spec.type(); }

        public ObjectProperty<Object> valueProperty() { return value; }

        public Object value() { return value.get(); }

        public void set(Object v) { value.set(v); }

        public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

        public String error() { return error.get(); }

        public boolean isValid() { return error.get().isEmpty(); }

        /**
         * The value converted to the type's Java type (text is trimmed, except for a text parameter).
         *
         * @throws IllegalArgumentException naming the parameter when it does not fit
         */
        public Object coerce() {
            Object v = value.get();
            if (v == null) throw new IllegalArgumentException(spec.label() + ": a value is needed");
            return spec.coerce(v instanceof String s && spec.type() != ParameterType.TEXT ? s.strip() : v);
        }

        /** The converted value, if it is valid. */
        public Optional<Object> coerced() {
            try {
                return Optional.of(coerce());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        public void reset() {
            value.set(spec.defaultValue());
            error.set(check(value.get()));
        }

        /** The label with its unit, e.g. "Shortest shot (s)". */
        public String label() {
            return spec.unit().isEmpty() ? spec.label() : spec.label() + " (" + spec.unit() + ")";
        }

        /** "0 – 1" for a number with a range, else "". */
        public String rangeText() {
            if (spec.min() == null && spec.max() == null) return "";
            return (spec.min() == null ? "" : format(spec.min())) + " – " + (spec.max() == null ? "" : format(spec.max()));
        }

        /** The value as a text field shows it. */
        public String text() {
            return text(value.get());
        }

        static String text(Object v) {
            if (v == null) return "";
            if (v instanceof Double d) return format(d);
            return v.toString();
        }

        private String check(Object v) {
            if (v == null || (v instanceof String s && s.isBlank() && spec.type() != ParameterType.TEXT)) {
                return spec.label() + ": a value is needed";
            }
            try {
                coerce();
                return "";
            } catch (RuntimeException e) {
                return spec.label() + ": " + e.getMessage();
            }
        }
    }

    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%s", d);
    }
}

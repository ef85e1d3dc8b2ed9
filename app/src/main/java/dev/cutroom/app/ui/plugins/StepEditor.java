package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.ParamSpec;
import dev.cutroom.plugin.instruct.plan.PlanException;
import dev.cutroom.plugin.instruct.plan.Step;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One step of a plan being edited: its operation and a property per parameter (in the operation's order), checked
 * with the plan's own rules ({@link Step}) on every change; {@link #errorProperty()} says what is wrong, or "".
 * FX thread.
 */
public final class StepEditor {
    private final OpKind op;
    private final Step.Part part;
    private final boolean background;
    private final Map<String, ObjectProperty<Object>> values = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    StepEditor(Step step) {
        this.op = step.op();
        this.part = step.part();
        this.background = step.background();
        for (ParamSpec spec : op.params()) {
            ObjectProperty<Object> p = new SimpleObjectProperty<>(step.params().get(spec.name()));
            p.addListener((o, a, b) -> check());
            values.put(spec.name(), p);
        }
    }

    public OpKind op() { return op; }

    /** The part of the clip it applies to, or null for the whole clip (kept as planned). */
    public Step.Part part() { return part; }

    /** Whether a look applies to the background only (kept as planned). */
    public boolean background() { return background; }

    /** The value of one parameter ({@link ParamSpec} says its kind and range). */
    public ObjectProperty<Object> value(String param) {
        ObjectProperty<Object> p = values.get(param);
        if (p == null) throw new IllegalArgumentException(op.id() + " has no parameter " + param);
        return p;
    }

    /** What is wrong with the values, or "". */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public boolean isValid() { return error.get().isEmpty(); }

    /** The step as edited. @throws PlanException when a value does not fit */
    public Step toStep() {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v.get()));
        return new Step(op, m, part, background);
    }

    private void check() {
        try {
            toStep();
            error.set("");
        } catch (PlanException e) {
            error.set(e.getMessage());
        }
    }
}

package dev.cutroom.plugin.instruct.plan;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of an operation: its name, kind, allowed values and default. Values are {@link Double} for
 * NUMBER, {@link String} for TEXT, CHOICE and COLOUR ({@code #rrggbb}), {@link Boolean} for BOOLEAN.
 *
 * @param name         key in {@link Step#params()}
 * @param kind         value kind
 * @param min          smallest NUMBER value
 * @param max          largest NUMBER value
 * @param defaultValue used when the instruction does not say
 * @param choices      allowed CHOICE values
 * @param unit         shown after the value, e.g. {@code s}, {@code dB}, {@code x}
 * @param description  one line for the plan editor
 */
public record ParamSpec(String name, ParamKind kind, double min, double max, Object defaultValue,
                        List<String> choices, String unit, String description) {

    /** The kinds of parameter value. */
    public enum ParamKind { NUMBER, TEXT, CHOICE, BOOLEAN, COLOUR }

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    static ParamSpec number(String name, double min, double max, double def, String unit, String description) {
        return new ParamSpec(name, ParamKind.NUMBER, min, max, def, List.of(), unit, description);
    }

    static ParamSpec choice(String name, String def, List<String> choices, String description) {
        return new ParamSpec(name, ParamKind.CHOICE, 0, 0, def, choices, "", description);
    }

    static ParamSpec text(String name, String def, String description) {
        return new ParamSpec(name, ParamKind.TEXT, 0, 0, def, List.of(), "", description);
    }

    static ParamSpec colour(String name, String def, String description) {
        return new ParamSpec(name, ParamKind.COLOUR, 0, 0, def, List.of(), "", description);
    }

    static ParamSpec bool(String name, boolean def, String description) {
        return new ParamSpec(name, ParamKind.BOOLEAN, 0, 0, def, List.of(), "", description);
    }

    /**
     * Checks and normalises one value: numbers to Double within [min, max], colours to lower-case
     * {@code #rrggbb}, choices to one of {@link #choices()}.
     *
     * @throws PlanException naming the parameter when the value does not fit
     */
    public Object check(String op, Object value) {
        String where = op + "." + name;
        return switch (kind) {
            case NUMBER -> {
                if (!(value instanceof Number n)) throw new PlanException(where + " must be a number, got " + value);
                double d = n.doubleValue();
                if (Double.isNaN(d) || d < min || d > max) throw new PlanException(where + " must be between " + fmt(min) + " and " + fmt(max) + unit + ", got " + fmt(d));
                yield d;
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) throw new PlanException(where + " must be true or false, got " + value);
                yield b;
            }
            case TEXT -> {
                if (!(value instanceof String s)) throw new PlanException(where + " must be text, got " + value);
                yield s;
            }
            case CHOICE -> {
                if (!(value instanceof String s) || !choices.contains(s)) throw new PlanException(where + " must be one of " + choices + ", got " + value);
                yield s;
            }
            case COLOUR -> {
                if (!(value instanceof String s) || !s.matches("#[0-9a-fA-F]{6}")) throw new PlanException(where + " must be a colour #rrggbb, got " + value);
                yield s.toLowerCase(java.util.Locale.ROOT);
            }
        };
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}

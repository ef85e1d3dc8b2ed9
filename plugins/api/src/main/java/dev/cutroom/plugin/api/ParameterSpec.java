package dev.cutroom.plugin.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One parameter a plugin takes. The editor builds the plugin's form from these; values reach the plugin
 * through {@link ParameterValues}. Immutable; any thread.
 *
 * @param id           stable id, never renamed once published (saved jobs and provenance refer to it):
 *                     lower camel case or dotted, e.g. {@code scale} or {@code denoise.strength}
 * @param label        short name shown in the form
 * @param description  one-line help, may be empty
 * @param type         value type
 * @param min          smallest allowed value for {@link ParameterType#NUMBER}/{@link ParameterType#INTEGER}, or null
 * @param max          largest allowed value for numbers, or null
 * @param defaultValue the value used when the editor sends none, of the type's Java type (never null)
 * @param unit         unit shown after the value ({@code "px"}, {@code "dB"}, {@code "%"}), may be empty
 * @param widget       presentation hint
 * @param choices      the allowed values of a {@link ParameterType#CHOICE}; empty otherwise
 */
public record ParameterSpec(String id, String label, String description, ParameterType type, Double min, Double max,
                            Object defaultValue, String unit, Widget widget, List<String> choices) {
    private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");

    public ParameterSpec {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("parameter id '" + id + "' must be lower camel case words separated by dots");
        Objects.requireNonNull(type, "type of " + id);
        label = label == null || label.isBlank() ? id : label;
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        widget = widget == null ? Widget.DEFAULT : widget;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if ((min != null || max != null) && type != ParameterType.NUMBER && type != ParameterType.INTEGER) {
            throw new IllegalArgumentException("parameter " + id + ": only numbers have a range");
        }
        if (min != null && max != null && min > max) throw new IllegalArgumentException("parameter " + id + ": min " + min + " > max " + max);
        if (type == ParameterType.CHOICE && choices.isEmpty()) throw new IllegalArgumentException("parameter " + id + ": a choice needs choices");
        if (type != ParameterType.CHOICE && !choices.isEmpty()) throw new IllegalArgumentException("parameter " + id + ": only a choice has choices");
        if (defaultValue == null) throw new IllegalArgumentException("parameter " + id + " has no default");
        // checked against this record's own rules, so a descriptor with a bad default is refused at discovery
        defaultValue = coerce(id, type, min, max, choices, defaultValue);
    }

    /**
     * Checks a value for this parameter and converts it to the type's Java type. Accepts the Java type
     * itself, any {@link Number} for numbers (a whole one for integers), and text as typed on a command
     * line ({@code "0.5"}, {@code "true"}, {@code "#ff8800"}). Any thread.
     *
     * @throws IllegalArgumentException naming the parameter when the value is of the wrong type or out of range
     */
    public Object coerce(Object value) {
        return coerce(id, type, min, max, choices, value);
    }

    private static Object coerce(String id, ParameterType type, Double min, Double max, List<String> choices, Object value) {
        Objects.requireNonNull(value, () -> "parameter " + id + " has no value");
        try {
            Object converted = switch (type) {
                case NUMBER -> value instanceof Number n ? (Object) n.doubleValue() : (Object) number(text(value));
                case INTEGER -> integer(value);
                case BOOLEAN -> value instanceof Boolean b ? b : bool(text(value));
                case CHOICE, TEXT -> text(value);
                case COLOUR -> value instanceof Colour c ? c : Colour.parse(text(value));
                case FILE -> value instanceof Path p ? p : Path.of(text(value));
            };
            if (converted instanceof Double d && !Double.isFinite(d)) throw new IllegalArgumentException("not a finite number");
            if (converted instanceof Number n) checkRange(n.doubleValue(), min, max);
            if (type == ParameterType.CHOICE && !choices.contains(converted)) {
                throw new IllegalArgumentException("'" + converted + "' is not one of " + choices);
            }
            return converted;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + id + " (" + type.name().toLowerCase() + "): " + e.getMessage(), e);
        }
    }

    private static String text(Object value) {
        if (value instanceof String s) return s;
        throw new IllegalArgumentException("expected text, got " + value.getClass().getSimpleName() + " " + value);
    }

    private static Long integer(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) return ((Number) value).longValue();
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || Math.abs(d) > 1L << 53) throw new IllegalArgumentException("not a whole number: " + value);
            return (long) d;
        }
        String t = text(value).trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a whole number (e.g. 4)");
        }
    }

    /** Text as a number, or a message a user understands (not the JDK's "For input string"). */
    private static double number(String text) {
        String t = text.trim();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number (e.g. 0.5)");
        }
    }

    private static Boolean bool(String text) {
        return switch (text.trim().toLowerCase()) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a boolean: '" + text + "'");
        };
    }

    private static void checkRange(double v, Double min, Double max) {
        if (min != null && v < min) throw new IllegalArgumentException(v + " is below the minimum " + min);
        if (max != null && v > max) throw new IllegalArgumentException(v + " is above the maximum " + max);
    }

    /** A number parameter with a range. Any thread. */
    public static ParameterSpec number(String id, String label, double min, double max, double defaultValue, String unit) {
        return new ParameterSpec(id, label, "", ParameterType.NUMBER, min, max, defaultValue, unit, Widget.SLIDER, List.of());
    }

    /** A whole-number parameter with a range. Any thread. */
    public static ParameterSpec integer(String id, String label, long min, long max, long defaultValue, String unit) {
        return new ParameterSpec(id, label, "", ParameterType.INTEGER, (double) min, (double) max, defaultValue, unit, Widget.SPINNER, List.of());
    }

    /** A yes/no parameter. Any thread. */
    public static ParameterSpec bool(String id, String label, boolean defaultValue) {
        return new ParameterSpec(id, label, "", ParameterType.BOOLEAN, null, null, defaultValue, "", Widget.CHECKBOX, List.of());
    }

    /** A choice among fixed values. Any thread. */
    public static ParameterSpec choice(String id, String label, List<String> choices, String defaultValue) {
        return new ParameterSpec(id, label, "", ParameterType.CHOICE, null, null, defaultValue, "", Widget.DROPDOWN, choices);
    }
}

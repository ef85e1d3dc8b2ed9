package dev.cutroom.plugin.api;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The parameter values of a job, keyed by {@link ParameterSpec#id()}. The host fills in defaults and
 * checks types and ranges against the descriptor before the plugin runs, so a plugin reads them without
 * further checks. Immutable; any thread.
 */
public record ParameterValues(Map<String, Object> values) {
    /** No values. */
    public static final ParameterValues EMPTY = new ParameterValues(Map.of());

    public ParameterValues {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** Builds from alternating id, value pairs. Any thread. */
    public static ParameterValues of(Object... idsAndValues) {
        if (idsAndValues.length % 2 != 0) throw new IllegalArgumentException("ids and values must come in pairs");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) map.put((String) idsAndValues[i], idsAndValues[i + 1]);
        return new ParameterValues(map);
    }

    /** Whether a value is present. Any thread. */
    public boolean has(String id) {
        return values.containsKey(id);
    }

    /** A {@link ParameterType#NUMBER}. Any thread. @throws NoSuchElementException when absent */
    public double number(String id) {
        return ((Number) get(id)).doubleValue();
    }

    /** An {@link ParameterType#INTEGER}. Any thread. @throws NoSuchElementException when absent */
    public long integer(String id) {
        return ((Number) get(id)).longValue();
    }

    /** A {@link ParameterType#BOOLEAN}. Any thread. @throws NoSuchElementException when absent */
    public boolean bool(String id) {
        return (Boolean) get(id);
    }

    /** A {@link ParameterType#CHOICE} or {@link ParameterType#TEXT}. Any thread. @throws NoSuchElementException when absent */
    public String text(String id) {
        return get(id).toString();
    }

    /** A {@link ParameterType#COLOUR}. Any thread. @throws NoSuchElementException when absent */
    public Colour colour(String id) {
        Object v = get(id);
        return v instanceof Colour c ? c : Colour.parse(v.toString());
    }

    /** A {@link ParameterType#FILE}. Any thread. @throws NoSuchElementException when absent */
    public Path file(String id) {
        Object v = get(id);
        return v instanceof Path p ? p : Path.of(v.toString());
    }

    private Object get(String id) {
        Object v = values.get(id);
        if (v == null) throw new NoSuchElementException("no value for parameter '" + id + "'; known: " + values.keySet());
        return v;
    }
}

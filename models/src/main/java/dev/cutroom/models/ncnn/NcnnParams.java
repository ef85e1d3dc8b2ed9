package dev.cutroom.models.ncnn;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The typed {@code key=value} parameters of one ncnn layer.
 *
 * <p>ncnn keys are small integers. A value is an int, a float, or (for keys written as
 * {@code -23300-k}) an array of ints or floats. Missing keys take the layer's default, which the
 * caller passes, exactly as ncnn's own {@code ParamDict::get(id, default)} does.
 */
public final class NcnnParams {

    private final Map<Integer, Object> values;

    NcnnParams(Map<Integer, Object> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Parameters with no keys. */
    public static NcnnParams empty() {
        return new NcnnParams(Map.of());
    }

    /** @return whether the key was given */
    public boolean has(int key) {
        return values.containsKey(key);
    }

    /** @return the int value of {@code key}, or {@code defaultValue} when absent */
    public int getInt(int key, int defaultValue) {
        Object v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Float f && f == Math.rint(f)) {
            return f.intValue();
        }
        throw new NcnnFormatException("param " + key + " is not an int: " + describe(v));
    }

    /** @return the float value of {@code key} (an int literal is widened), or the default */
    public float getFloat(int key, float defaultValue) {
        Object v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Float f) {
            return f;
        }
        if (v instanceof Integer i) {
            return i;
        }
        throw new NcnnFormatException("param " + key + " is not a scalar: " + describe(v));
    }

    /** @return the int array of {@code key}, or an empty array when absent */
    public int[] getInts(int key) {
        Object v = values.get(key);
        if (v == null) {
            return new int[0];
        }
        if (v instanceof int[] a) {
            return a.clone();
        }
        if (v instanceof Integer i) {
            return new int[] {i};
        }
        throw new NcnnFormatException("param " + key + " is not an int array: " + describe(v));
    }

    /** @return the float array of {@code key} (int arrays are widened), or an empty array */
    public float[] getFloats(int key) {
        Object v = values.get(key);
        if (v == null) {
            return new float[0];
        }
        if (v instanceof float[] a) {
            return a.clone();
        }
        if (v instanceof int[] a) {
            float[] out = new float[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        }
        if (v instanceof Float || v instanceof Integer) {
            return new float[] {getFloat(key, 0)};
        }
        throw new NcnnFormatException("param " + key + " is not a float array: " + describe(v));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(describe(v)));
        return sb.append('}').toString();
    }

    private static String describe(Object v) {
        if (v instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof float[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(v);
    }
}

package dev.cutroom.models.ncnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses ncnn's text {@code .param} format into an {@link NcnnGraph} without weights.
 *
 * <p>Format: magic {@code 7767517}; then {@code layer_count blob_count}; then one layer a line:
 * {@code type name n_in n_out in... out... k=v...}. A key {@code -23300-k} holds an array for key
 * {@code k}, written {@code n,v1,...,vn}. A value with {@code .}, {@code e} or {@code E} is a float
 * (ncnn's own rule); others are ints.
 */
public final class NcnnParamParser {

    /** The first token of every text {@code .param} file. */
    public static final int MAGIC = 7767517;
    private static final int ARRAY_KEY_BASE = -23300;

    private NcnnParamParser() {
    }

    /**
     * @param text the whole {@code .param} file
     * @return the graph, layers in file order, with empty weight maps
     * @throws NcnnFormatException on a malformed file
     */
    public static NcnnGraph parse(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2) {
            throw new NcnnFormatException("param file too short");
        }
        if (!lines.get(0).equals(Integer.toString(MAGIC))) {
            throw new NcnnFormatException("bad magic '" + lines.get(0) + "', expected " + MAGIC);
        }
        String[] counts = lines.get(1).split("\\s+");
        if (counts.length != 2) {
            throw new NcnnFormatException("line 2 must be 'layer_count blob_count': " + lines.get(1));
        }
        int layerCount = parseInt(counts[0], "layer count");
        int blobCount = parseInt(counts[1], "blob count");
        if (lines.size() - 2 != layerCount) {
            throw new NcnnFormatException("header says " + layerCount + " layers, file has " + (lines.size() - 2));
        }
        List<NcnnLayer> layers = new ArrayList<>(layerCount);
        for (int i = 2; i < lines.size(); i++) {
            layers.add(parseLayer(lines.get(i), i + 1));
        }
        return new NcnnGraph(layers, blobCount);
    }

    private static NcnnLayer parseLayer(String line, int lineNo) {
        String[] t = line.split("\\s+");
        if (t.length < 4) {
            throw new NcnnFormatException("line " + lineNo + ": too few fields: " + line);
        }
        int nIn = parseInt(t[2], "input count, line " + lineNo);
        int nOut = parseInt(t[3], "output count, line " + lineNo);
        int paramStart = 4 + nIn + nOut;
        if (nIn < 0 || nOut < 0 || t.length < paramStart) {
            throw new NcnnFormatException("line " + lineNo + ": blob counts do not match the blob names: " + line);
        }
        List<String> inputs = Arrays.asList(t).subList(4, 4 + nIn);
        List<String> outputs = Arrays.asList(t).subList(4 + nIn, paramStart);
        Map<Integer, Object> values = new HashMap<>();
        for (int i = paramStart; i < t.length; i++) {
            parseParam(t[i], values, lineNo);
        }
        return new NcnnLayer(t[0], t[1], inputs, outputs, new NcnnParams(values), Map.of());
    }

    private static void parseParam(String token, Map<Integer, Object> values, int lineNo) {
        int eq = token.indexOf('=');
        if (eq <= 0) {
            throw new NcnnFormatException("line " + lineNo + ": expected key=value, got '" + token + "'");
        }
        int key = parseInt(token.substring(0, eq), "param key, line " + lineNo);
        String value = token.substring(eq + 1);
        Object parsed;
        if (key <= ARRAY_KEY_BASE) {
            key = ARRAY_KEY_BASE - key;
            parsed = parseArray(value, lineNo);
        } else {
            parsed = parseScalar(value, lineNo);
        }
        if (values.put(key, parsed) != null) {
            throw new NcnnFormatException("line " + lineNo + ": param " + key + " given twice");
        }
    }

    private static Object parseArray(String value, int lineNo) {
        String[] parts = value.split(",");
        int n = parseInt(parts[0], "array length, line " + lineNo);
        if (parts.length - 1 != n) {
            throw new NcnnFormatException("line " + lineNo + ": array says " + n + " items, has " + (parts.length - 1));
        }
        boolean anyFloat = Arrays.stream(parts, 1, parts.length).anyMatch(NcnnParamParser::looksFloat);
        if (anyFloat) {
            float[] a = new float[n];
            for (int i = 0; i < n; i++) {
                a[i] = parseFloat(parts[i + 1], lineNo);
            }
            return a;
        }
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = parseInt(parts[i + 1], "array item, line " + lineNo);
        }
        return a;
    }

    private static Object parseScalar(String value, int lineNo) {
        return looksFloat(value) ? (Object) parseFloat(value, lineNo) : (Object) parseInt(value, "value, line " + lineNo);
    }

    private static boolean looksFloat(String s) {
        return s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0;
    }

    private static float parseFloat(String s, int lineNo) {
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException e) {
            throw new NcnnFormatException("line " + lineNo + ": not a float: '" + s + "'");
        }
    }

    private static int parseInt(String s, String what) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new NcnnFormatException("not an int (" + what + "): '" + s + "'");
        }
    }
}

package dev.cutroom.app.ui.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * Provenance values as a person reads them: a parameter whose value is JSON (an instruct plan, a list) becomes an
 * indented outline instead of one line of braces and quotes; times are shown in the local zone.
 */
final class ReadableValue {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private ReadableValue() {}

    /** {@code name = value} as one or more lines, each ending in a newline. */
    static String lines(String name, String value) {
        JsonNode tree = parse(value);
        if (tree == null) return name + " = " + value + "\n";
        StringBuilder out = new StringBuilder(name).append(":\n");
        outline(tree, "  ", out);
        return out.toString();
    }

    /** An ISO-8601 instant in the local zone, or the text as it is when it is not one. */
    static String instant(String iso) {
        try {
            return LOCAL.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static JsonNode parse(String value) {
        String v = value == null ? "" : value.strip();
        if (!(v.startsWith("{") || v.startsWith("["))) return null;
        try {
            return JSON.readTree(v);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void outline(JsonNode node, String indent, StringBuilder out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("schema")) continue; // a file-format detail, not something the editor chose
                JsonNode v = e.getValue();
                if (v.isContainerNode() && !v.isEmpty()) {
                    out.append(indent).append(e.getKey()).append(":\n");
                    outline(v, indent + "  ", out);
                } else if (!v.isContainerNode()) {
                    out.append(indent).append(e.getKey()).append(": ").append(v.asText()).append('\n');
                }
            }
        } else if (node.isArray()) {
            int i = 1;
            for (JsonNode item : node) {
                if (item.isContainerNode()) {
                    out.append(indent).append(i++).append(".\n");
                    outline(item, indent + "   ", out);
                } else {
                    out.append(indent).append(i++).append(". ").append(item.asText()).append('\n');
                }
            }
        } else {
            out.append(indent).append(node.asText()).append('\n');
        }
    }
}

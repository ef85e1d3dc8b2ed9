package dev.cutroom.otio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/**
 * Marker colours between Cutroom (a CSS colour: a name such as {@code red}, or {@code #rrggbb}) and OpenTimelineIO:
 * a name from OTIO's fixed list ({@code Marker.1}/{@code .2}) or a {@code Color.1} object with RGBA values from 0 to 1
 * and an optional name ({@code Marker.3}).
 */
final class MarkerColours {
    private MarkerColours() {}

    /** OTIO's named marker colours with the RGB they are drawn in. */
    static final Map<String, double[]> NAMED = Map.ofEntries(
            Map.entry("PINK", new double[]{1, 0.75, 0.8}), Map.entry("RED", new double[]{1, 0, 0}),
            Map.entry("ORANGE", new double[]{1, 0.5, 0}), Map.entry("YELLOW", new double[]{1, 1, 0}),
            Map.entry("GREEN", new double[]{0, 1, 0}), Map.entry("CYAN", new double[]{0, 1, 1}),
            Map.entry("BLUE", new double[]{0, 0, 1}), Map.entry("PURPLE", new double[]{0.5, 0, 0.5}),
            Map.entry("MAGENTA", new double[]{1, 0, 1}), Map.entry("BLACK", new double[]{0, 0, 0}),
            Map.entry("WHITE", new double[]{1, 1, 1}));

    /** Cutroom's colour for an OTIO {@code color} value (text or {@code Color.1}); null when absent or unreadable. */
    static String fromOtio(JsonNode c) {
        if (c == null || c.isNull()) return null;
        if (c.isTextual()) return c.textValue().isBlank() ? null : c.textValue().toLowerCase(Locale.ROOT);
        if (!c.isObject()) return null;
        String name = OtioJson.text(c, "name");
        double r = unit(c.get("r")), g = unit(c.get("g")), b = unit(c.get("b")), a = c.has("a") ? unit(c.get("a")) : 1;
        if (name != null && NAMED.containsKey(name.toUpperCase(Locale.ROOT))) return name.toLowerCase(Locale.ROOT);
        if (Double.isNaN(r) || Double.isNaN(g) || Double.isNaN(b)) return name == null || name.isBlank() ? null : name.toLowerCase(Locale.ROOT);
        String hex = String.format("#%02x%02x%02x", byteOf(r), byteOf(g), byteOf(b));
        return Double.isNaN(a) || a >= 1 ? hex : hex + String.format("%02x", byteOf(a));
    }

    /** A {@code Color.1} object for a Cutroom colour (null: OTIO's default, red). */
    static ObjectNode toOtio(String colour) {
        ObjectNode n = OtioJson.object();
        n.put("OTIO_SCHEMA", "Color.1");
        String up = colour == null ? "RED" : colour.trim().toUpperCase(Locale.ROOT);
        double[] rgba = NAMED.containsKey(up) ? new double[]{NAMED.get(up)[0], NAMED.get(up)[1], NAMED.get(up)[2], 1} : hex(colour);
        n.put("r", rgba[0]);
        n.put("g", rgba[1]);
        n.put("b", rgba[2]);
        n.put("a", rgba[3]);
        n.put("name", NAMED.containsKey(up) ? up : colour == null ? "" : colour);
        return n;
    }

    /** RGBA of {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}; white for anything else (named colours outside OTIO's list). */
    private static double[] hex(String colour) {
        String h = colour == null ? "" : colour.trim();
        if (h.matches("#[0-9a-fA-F]{3}")) h = "#" + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2) + h.charAt(3) + h.charAt(3);
        if (!h.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) return new double[]{1, 1, 1, 1};
        double[] v = {1, 1, 1, 1};
        for (int i = 0; i * 2 + 1 < h.length(); i++) v[i] = Math.round(Integer.parseInt(h.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0 * 10000) / 10000.0;
        return v;
    }

    private static double unit(JsonNode v) {
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) return Double.NaN;
        return Math.max(0, Math.min(1, v.doubleValue()));
    }

    private static int byteOf(double unit) { return (int) Math.round(unit * 255); }
}

package dev.cutroom.plugin.host.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.FeatureId;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.api.Widget;
import dev.cutroom.plugin.host.limits.BoundedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses {@code META-INF/cutroom/plugin.json} into descriptors without loading any plugin class.
 * Mapping by hand (not data binding) keeps the API free of Jackson and gives errors that name the field.
 * The file holds {@code {"schema": "CutroomPlugins.1", "plugins": [...]}}, or one descriptor object.
 */
public final class DescriptorReader {
    /** Where plugins keep their descriptor, in a jar or on the class path. */
    public static final String RESOURCE = "META-INF/cutroom/plugin.json";
    static final String SCHEMA = "CutroomPlugins.1";
    /** A descriptor is a few KiB; a larger file is refused unread rather than parsed. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DescriptorReader() {}

    /**
     * One parsed descriptor or the reason it could not be parsed (then {@code id} is whatever was readable).
     */
    public record Parsed(String id, String version, String apiVersion, PluginDescriptor descriptor, String error) {}

    /**
     * @throws IOException when the file is not JSON or has the wrong shape as a whole
     */
    public static List<Parsed> read(InputStream in) throws IOException {
        String text = BoundedText.read(in, MAX_BYTES, RESOURCE);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException("malformed " + RESOURCE + ": " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
        if (root == null || !root.isObject()) throw new IOException(RESOURCE + " must hold a JSON object");
        if (!root.has("plugins")) return List.of(parseOne(root));
        String schema = root.path("schema").asText("");
        if (!SCHEMA.equals(schema)) throw new IOException(RESOURCE + " schema is '" + schema + "', expected " + SCHEMA);
        List<Parsed> out = new ArrayList<>();
        for (JsonNode node : root.path("plugins")) out.add(parseOne(node));
        return out;
    }

    private static Parsed parseOne(JsonNode node) {
        String id = node.path("id").asText("");
        String version = node.path("version").asText("");
        String api = node.path("apiVersion").asText("");
        try {
            return new Parsed(id, version, api, descriptor(node), null);
        } catch (RuntimeException e) {
            return new Parsed(id, version, api, null, "invalid descriptor in " + RESOURCE + ": " + e.getMessage());
        }
    }

    static PluginDescriptor descriptor(JsonNode n) {
        List<FeatureId> features = new ArrayList<>();
        for (JsonNode f : n.path("features")) features.add(FeatureId.parse(f.asText()));
        Set<SelectionKind> accepts = EnumSet.noneOf(SelectionKind.class);
        for (JsonNode a : n.path("accepts")) accepts.add(enumValue(SelectionKind.class, a.asText(), "accepts"));
        List<String> models = new ArrayList<>();
        for (JsonNode m : n.path("models")) models.add(m.asText());
        List<ParameterSpec> parameters = new ArrayList<>();
        for (JsonNode p : n.path("parameters")) parameters.add(parameter(p));
        return new PluginDescriptor(text(n, "id"), text(n, "version"), ApiVersion.parse(required(n, "apiVersion").asText()),
                text(n, "name"), text(n, "description"), text(n, "entryPoint"), features, accepts, models, parameters,
                n.path("takesInstruction").asBoolean(false));
    }

    private static ParameterSpec parameter(JsonNode p) {
        ParameterType type = enumValue(ParameterType.class, required(p, "type").asText(), "parameter type");
        List<String> choices = new ArrayList<>();
        for (JsonNode c : p.path("choices")) choices.add(c.asText());
        JsonNode def = required(p, "default");
        Object defaultValue = def.isNumber() ? def.numberValue() : def.isBoolean() ? (Object) def.booleanValue() : def.asText();
        Widget widget = p.has("widget") ? enumValue(Widget.class, p.get("widget").asText(), "widget") : Widget.DEFAULT;
        return new ParameterSpec(text(p, "id"), text(p, "label"), text(p, "description"), type,
                number(p, "min"), number(p, "max"), defaultValue, text(p, "unit"), widget, choices);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing '" + field + "'");
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw new IllegalArgumentException("'" + field + "' must be a number");
        return v.doubleValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + text + "', expected one of " + EnumSet.allOf(type));
        }
    }
}

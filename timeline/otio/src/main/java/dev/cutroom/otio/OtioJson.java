package dev.cutroom.otio;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;

import java.util.Map;
import java.util.TreeMap;

/** The JSON mapper for .otio files and the JSON shapes of Cutroom values kept in {@code metadata.cutroom}. */
final class OtioJson {
    private OtioJson() {}

    /** Deepest JSON nesting accepted: real files need about 10 levels per nested stack; this bounds recursion. */
    static final int MAX_JSON_DEPTH = 256;
    /** Deepest nesting of stacks and tracks inside tracks that is flattened. */
    static final int MAX_COMPOSITION_DEPTH = 32;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // OTIO's writers emit NaN and Infinity; we then refuse them by path
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)      // (and tests write them the same way)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_JSON_DEPTH).maxNumberLength(400).maxStringLength(50_000_000).build());
    }

    /**
     * OTIO's JSON writer emits the non-finite numbers as bare {@code Inf}, {@code -Inf} and {@code NaN} (and its reader
     * also takes {@code Infinity}); Jackson knows {@code Infinity} and {@code NaN} only. Rewrites each bare
     * {@code Inf} outside strings to {@code Infinity}; the bytes are returned unchanged when there is none.
     */
    static byte[] withOtioNumbers(byte[] json) {
        java.util.List<Integer> bareInf = new java.util.ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') i++;
                else if (b == '"') inString = false;
            } else if (b == '"') {
                inString = true;
            } else if (b == 'I' && i + 2 < json.length && json[i + 1] == 'n' && json[i + 2] == 'f'
                    && (i + 3 >= json.length || !Character.isLetterOrDigit(json[i + 3]))) {
                bareInf.add(i + 3);
            }
        }
        if (bareInf.isEmpty()) return json;
        byte[] tail = "inity".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[json.length + tail.length * bareInf.size()];
        int from = 0, to = 0;
        for (int at : bareInf) {
            System.arraycopy(json, from, out, to, at - from);
            to += at - from;
            System.arraycopy(tail, 0, out, to, tail.length);
            to += tail.length;
            from = at;
        }
        System.arraycopy(json, from, out, to, json.length - from);
        return out;
    }

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ObjectNode object() { return NODES.objectNode(); }

    static ArrayNode array() { return NODES.arrayNode(); }

    // ------------------------------------------------------------------ Cutroom values

    static ObjectNode info(MediaInfo i) {
        ObjectNode n = object();
        if (i.container() != null) n.put("container", i.container());
        if (i.duration() != null) n.put("duration", i.duration().toString());
        if (i.video() != null) {
            var v = i.video();
            ObjectNode vn = n.putObject("video");
            vn.put("width", v.width());
            vn.put("height", v.height());
            if (v.frameRate() != null) vn.put("frameRate", v.frameRate().toString());
            vn.put("rotation", v.rotation());
            if (v.codec() != null) vn.put("codec", v.codec());
            vn.put("frameCount", v.frameCount());
        }
        if (i.audio() != null) {
            var a = i.audio();
            ObjectNode an = n.putObject("audio");
            an.put("sampleRate", a.sampleRate());
            an.put("channels", a.channels());
            if (a.codec() != null) an.put("codec", a.codec());
        }
        return n;
    }

    /** The info written by {@link #info(MediaInfo)}, or null when it is not well formed. */
    static MediaInfo info(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        try {
            Rational duration = n.hasNonNull("duration") ? Rational.parse(n.get("duration").asText()) : null;
            if (duration != null && (duration.signum() < 0 || duration.compareTo(Rational.of(OtioTime.MAX_SECONDS)) > 0)) return null;
            MediaInfo.VideoStreamInfo video = null;
            JsonNode v = n.get("video");
            if (v != null && v.isObject()) {
                FrameRate fr = v.hasNonNull("frameRate") ? FrameRate.parse(v.get("frameRate").asText()) : null;
                if (!v.path("width").isInt() || !v.path("height").isInt()) return null;
                video = new MediaInfo.VideoStreamInfo(v.get("width").intValue(), v.get("height").intValue(), fr,
                        v.path("rotation").asInt(0), text(v, "codec"), v.path("frameCount").asLong(-1));
            }
            MediaInfo.AudioStreamInfo audio = null;
            JsonNode a = n.get("audio");
            if (a != null && a.isObject()) {
                if (!a.path("sampleRate").isInt() || !a.path("channels").isInt()) return null;
                audio = new MediaInfo.AudioStreamInfo(a.get("sampleRate").intValue(), a.get("channels").intValue(), text(a, "codec"));
            }
            return new MediaInfo(text(n, "container"), duration, video, audio);
        } catch (RuntimeException e) { // IllegalArgumentException, ArithmeticException: not ours, or tampered
            return null;
        }
    }

    static ObjectNode provenance(Provenance p) {
        ObjectNode n = object();
        putText(n, "pluginId", p.pluginId());
        putText(n, "pluginVersion", p.pluginVersion());
        putText(n, "modelId", p.modelId());
        putText(n, "modelVersion", p.modelVersion());
        putText(n, "modelSha256", p.modelSha256());
        ObjectNode params = n.putObject("parameters");
        new TreeMap<>(p.parameters()).forEach(params::put);
        putText(n, "instruction", p.instruction());
        putText(n, "inputMediaSha256", p.inputMediaSha256());
        putText(n, "createdAt", p.createdAt());
        return n;
    }

    /** The provenance written by {@link #provenance(Provenance)}, or null when absent or not well formed. */
    static Provenance provenance(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        Map<String, String> params = new TreeMap<>();
        JsonNode pn = n.get("parameters");
        if (pn != null && pn.isObject()) {
            var it = pn.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (e.getValue().isTextual()) params.put(e.getKey(), e.getValue().textValue());
            }
        }
        return new Provenance(text(n, "pluginId"), text(n, "pluginVersion"), text(n, "modelId"), text(n, "modelVersion"),
                text(n, "modelSha256"), params, text(n, "instruction"), text(n, "inputMediaSha256"), text(n, "createdAt"));
    }

    static void putText(ObjectNode n, String field, String value) {
        if (value != null) n.put(field, value);
    }

    /** A text field, or null when absent or not text. */
    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    /** An exact "num/den" field, or null when absent or not well formed. */
    static Rational rational(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) return null;
        try {
            Rational r = Rational.parse(s);
            return r.num() > Long.MAX_VALUE / 4 || r.den() > Long.MAX_VALUE / 4 ? null : r;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

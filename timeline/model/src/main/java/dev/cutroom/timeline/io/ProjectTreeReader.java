package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaInfo.AudioStreamInfo;
import dev.cutroom.timeline.model.MediaInfo.VideoStreamInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the JSON tree of a current-version project file into records, field by field. Properties it does not
 * know are collected per object for {@link Extras}; every problem names its JSON path
 * ({@code timeline.tracks[1].clips[3].start}). One instance per read.
 */
final class ProjectTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) return "missing";
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string " + n;
            case NUMBER -> "a number " + n;
            case BOOLEAN -> "a boolean " + n;
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase();
        };
    }

    /** A JSON path, built only when an error needs it. */
    record P(P parent, String field, int index) {
        static final P ROOT = new P(null, null, -1);

        P f(String name) { return new P(this, name, -1); }

        P i(int idx) { return new P(this, null, idx); }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            append(sb);
            return sb.toString();
        }

        private void append(StringBuilder sb) {
            if (parent != null) parent.append(sb);
            if (field != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(field);
            } else if (index >= 0) {
                sb.append('[').append(index).append(']');
            }
        }
    }

    private static final Set<String> PROJECT = Set.of("schema", "cutroom", "id", "name", "media", "timeline");
    private static final Set<String> MEDIA = Set.of("schema", "id", "path", "info", "error");
    private static final Set<String> INFO = Set.of("schema", "container", "duration", "video", "audio");
    private static final Set<String> VIDEO = Set.of("schema", "width", "height", "frameRate", "rotation", "codec", "frameCount");
    private static final Set<String> AUDIO = Set.of("schema", "sampleRate", "channels", "codec");
    private static final Set<String> TIMELINE = Set.of("schema", "name", "rate", "width", "height", "sampleRate", "channels", "tracks", "markers");
    private static final Set<String> TRACK = Set.of("schema", "id", "kind", "name", "muted", "solo", "locked", "hidden", "clips", "transitions");
    private static final Set<String> TRANSITION = Set.of("schema", "id", "kind", "cutFrame", "inOffset", "outOffset");
    private static final Set<String> MARKER = Set.of("schema", "id", "name", "frame", "duration", "colour", "note");
    private static final Set<String> CLIP_MARKER = Set.of("schema", "id", "name", "sourceTime", "duration", "colour", "note");
    private static final Set<String> CLIP = Set.of("schema", "id", "name", "start", "duration", "sourceIn", "speed", "volume", "enabled",
            "activeTakeId", "linkId", "takes", "markers");
    private static final Set<String> TAKE = Set.of("schema", "id", "mediaId", "offset", "label", "provenance");
    private static final Set<String> PROVENANCE = Set.of("schema", "pluginId", "pluginVersion", "modelId", "modelVersion", "modelSha256",
            "parameters", "instruction", "inputMediaSha256", "createdAt");

    final String source;
    final Map<String, ObjectNode> extras = new LinkedHashMap<>();

    ProjectTreeReader(String source) { this.source = source; }

    Project project(ObjectNode n) throws ProjectFileException {
        P p = P.ROOT;
        String id = str(n, "id", p, true);
        String name = str(n, "name", p, false);
        List<MediaItem> media = new ArrayList<>();
        ArrayNode ma = arr(n, "media", p, false);
        if (ma != null) for (int i = 0; i < ma.size(); i++) media.add(media(object(ma.get(i), p.f("media").i(i), "MediaItem"), p.f("media").i(i)));
        ObjectNode tn = object(n.get("timeline"), p.f("timeline"), "Timeline");
        Timeline timeline = timeline(tn, p.f("timeline"));
        keep(n, PROJECT, "project");
        return build(p, () -> new Project(id, name, timeline, media));
    }

    MediaItem media(ObjectNode n, P p) throws ProjectFileException {
        String id = str(n, "id", p, true);
        String path = str(n, "path", p, true);
        String error = str(n, "error", p, false);
        String key = "media/" + id;
        MediaInfo info = null;
        JsonNode in = n.get("info");
        if (in != null && !in.isNull()) {
            P ip = p.f("info");
            ObjectNode i = object(in, ip, "MediaInfo");
            String container = str(i, "container", ip, false);
            Rational duration = rational(i, "duration", ip, true, null);
            VideoStreamInfo video = null;
            JsonNode vn = i.get("video");
            if (vn != null && !vn.isNull()) {
                P vp = ip.f("video");
                ObjectNode v = object(vn, vp, "VideoStream");
                int w = integer(v, "width", vp);
                int h = integer(v, "height", vp);
                FrameRate fr = frameRate(v, "frameRate", vp, false);
                int rot = v.has("rotation") ? integer(v, "rotation", vp) : 0;
                String codec = str(v, "codec", vp, false);
                long count = v.has("frameCount") ? lng(v, "frameCount", vp) : -1;
                video = build(vp, () -> new VideoStreamInfo(w, h, fr, rot, codec, count));
                keep(v, VIDEO, key + "/info/video");
            }
            AudioStreamInfo audio = null;
            JsonNode an = i.get("audio");
            if (an != null && !an.isNull()) {
                P ap = ip.f("audio");
                ObjectNode a = object(an, ap, "AudioStream");
                int sr = integer(a, "sampleRate", ap);
                int ch = integer(a, "channels", ap);
                String codec = str(a, "codec", ap, false);
                audio = build(ap, () -> new AudioStreamInfo(sr, ch, codec));
                keep(a, AUDIO, key + "/info/audio");
            }
            VideoStreamInfo fv = video;
            AudioStreamInfo fa = audio;
            info = build(ip, () -> new MediaInfo(container, duration, fv, fa));
            keep(i, INFO, key + "/info");
        }
        MediaInfo fi = info;
        keep(n, MEDIA, key);
        return build(p, () -> new MediaItem(id, path, fi, error));
    }

    Timeline timeline(ObjectNode n, P p) throws ProjectFileException {
        String name = str(n, "name", p, false);
        FrameRate rate = frameRate(n, "rate", p, true);
        int width = integer(n, "width", p);
        int height = integer(n, "height", p);
        int sampleRate = integer(n, "sampleRate", p);
        int channels = integer(n, "channels", p);
        List<Track> tracks = new ArrayList<>();
        ArrayNode ta = arr(n, "tracks", p, true);
        for (int i = 0; i < ta.size(); i++) {
            P tp = p.f("tracks").i(i);
            tracks.add(track(object(ta.get(i), tp, "Track"), tp));
        }
        List<Marker> markers = new ArrayList<>();
        ArrayNode mka = arr(n, "markers", p, false);
        if (mka != null) for (int i = 0; i < mka.size(); i++) {
            P mp = p.f("markers").i(i);
            ObjectNode m = object(mka.get(i), mp, "Marker");
            String id = str(m, "id", mp, true);
            Marker marker = new Marker(id, str(m, "name", mp, false), lng(m, "frame", mp),
                    m.has("duration") ? lng(m, "duration", mp) : 0, str(m, "colour", mp, false), str(m, "note", mp, false));
            keep(m, MARKER, "marker/" + id);
            markers.add(marker);
        }
        keep(n, TIMELINE, "timeline");
        return build(p, () -> new Timeline(name, rate, width, height, sampleRate, channels, tracks, markers));
    }

    Track track(ObjectNode n, P p) throws ProjectFileException {
        String id = str(n, "id", p, true);
        String kindText = str(n, "kind", p, true);
        TrackKind kind = switch (kindText) {
            case "video" -> TrackKind.VIDEO;
            case "audio" -> TrackKind.AUDIO;
            default -> throw invalid(p.f("kind"), "expected \"video\" or \"audio\", found \"" + kindText + "\"");
        };
        String name = str(n, "name", p, false);
        boolean muted = bool(n, "muted", p, false);
        boolean solo = bool(n, "solo", p, false);
        boolean locked = bool(n, "locked", p, false);
        boolean hidden = bool(n, "hidden", p, false);
        List<Clip> clips = new ArrayList<>();
        ArrayNode ca = arr(n, "clips", p, true);
        P cps = p.f("clips");
        for (int i = 0; i < ca.size(); i++) {
            P cp = cps.i(i);
            clips.add(clip(object(ca.get(i), cp, "Clip"), cp));
        }
        List<Transition> transitions = new ArrayList<>();
        ArrayNode tra = arr(n, "transitions", p, false);
        if (tra != null) for (int i = 0; i < tra.size(); i++) {
            P tp = p.f("transitions").i(i);
            ObjectNode t = object(tra.get(i), tp, "Transition");
            String tid = str(t, "id", tp, true);
            transitions.add(new Transition(tid, str(t, "kind", tp, true), lng(t, "cutFrame", tp), lng(t, "inOffset", tp), lng(t, "outOffset", tp)));
            keep(t, TRANSITION, "transition/" + id + "/" + tid);
        }
        keep(n, TRACK, "track/" + id);
        return build(p, () -> new Track(id, kind, name, clips, transitions, muted, solo, locked, hidden));
    }

    Clip clip(ObjectNode n, P p) throws ProjectFileException {
        String id = str(n, "id", p, true);
        String name = str(n, "name", p, false);
        long start = lng(n, "start", p);
        long duration = lng(n, "duration", p);
        Rational sourceIn = rational(n, "sourceIn", p, true, null);
        Rational speed = rational(n, "speed", p, false, Rational.ONE);
        double volume = n.has("volume") ? dbl(n, "volume", p) : 1.0;
        boolean enabled = bool(n, "enabled", p, true);
        String active = str(n, "activeTakeId", p, true);
        String link = str(n, "linkId", p, false);
        String key = "clip/" + id;
        ArrayNode ta = arr(n, "takes", p, true);
        List<Take> takes = new ArrayList<>(ta.size());
        for (int i = 0; i < ta.size(); i++) {
            P tp = p.f("takes").i(i);
            ObjectNode t = object(ta.get(i), tp, "Take");
            String tid = str(t, "id", tp, true);
            String mediaId = str(t, "mediaId", tp, true);
            Rational offset = rational(t, "offset", tp, false, Rational.ZERO);
            String label = str(t, "label", tp, false);
            Provenance prov = null;
            JsonNode pn = t.get("provenance");
            if (pn != null && !pn.isNull()) prov = provenance(object(pn, tp.f("provenance"), "Provenance"), tp.f("provenance"), key + "/take/" + tid + "/provenance");
            takes.add(new Take(tid, mediaId, offset, label, prov));
            keep(t, TAKE, key + "/take/" + tid);
        }
        List<ClipMarker> markers = new ArrayList<>();
        ArrayNode ma = arr(n, "markers", p, false);
        if (ma != null) for (int i = 0; i < ma.size(); i++) {
            P mp = p.f("markers").i(i);
            ObjectNode m = object(ma.get(i), mp, "ClipMarker");
            String mid = str(m, "id", mp, true);
            Rational at = rational(m, "sourceTime", mp, true, null);
            Rational span = rational(m, "duration", mp, false, Rational.ZERO);
            String mname = str(m, "name", mp, false), colour = str(m, "colour", mp, false), note = str(m, "note", mp, false);
            markers.add(build(mp, () -> new ClipMarker(mid, mname, at, span, colour, note)));
            keep(m, CLIP_MARKER, key + "/marker/" + mid);
        }
        keep(n, CLIP, key);
        return build(p, () -> new Clip(id, name, start, duration, sourceIn, speed, volume, enabled, takes, active, link, markers));
    }

    Provenance provenance(ObjectNode n, P p, String key) throws ProjectFileException {
        Map<String, String> params = new HashMap<>();
        JsonNode pm = n.get("parameters");
        if (pm != null && !pm.isNull()) {
            if (!pm.isObject()) throw invalid(p.f("parameters"), "expected an object of strings, found " + describe(pm));
            for (Map.Entry<String, JsonNode> e : pm.properties()) {
                if (!e.getValue().isTextual()) throw invalid(p.f("parameters").f(e.getKey()), "expected a string, found " + describe(e.getValue()));
                params.put(e.getKey(), e.getValue().textValue());
            }
        }
        Provenance prov = new Provenance(str(n, "pluginId", p, false), str(n, "pluginVersion", p, false), str(n, "modelId", p, false),
                str(n, "modelVersion", p, false), str(n, "modelSha256", p, false), params, str(n, "instruction", p, false),
                str(n, "inputMediaSha256", p, false), str(n, "createdAt", p, false));
        keep(n, PROVENANCE, key);
        return prov;
    }

    // ---- helpers

    void keep(ObjectNode n, Set<String> known, String key) {
        ObjectNode unknown = null;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (known.contains(f)) continue;
            if (unknown == null) unknown = NODES.objectNode();
            unknown.set(f, n.get(f).deepCopy());
        }
        if (unknown != null) extras.put(key, unknown);
    }

    interface Build<T> { T get(); }

    <T> T build(P p, Build<T> b) throws ProjectFileException {
        try {
            return b.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw invalid(p, e.getMessage());
        }
    }

    ProjectFileException invalid(P p, String problem) {
        return new ProjectFileException(Kind.INVALID, source, p.toString(), problem, null);
    }

    ObjectNode object(JsonNode n, P p, String schemaName) throws ProjectFileException {
        if (n == null || n.isMissingNode()) throw invalid(p, "required object is missing");
        if (!n.isObject()) throw invalid(p, "expected a " + schemaName + " object, found " + describe(n));
        JsonNode s = n.get("schema");
        if (s != null) {
            String expected = schemaName + "." + ProjectJson.VERSION;
            String found = s.isTextual() ? s.textValue() : null;
            if (!expected.equals(found)) {
                if (found != null && found.startsWith(schemaName + ".")) {
                    int v = -1;
                    try { v = Integer.parseInt(found.substring(schemaName.length() + 1)); } catch (NumberFormatException ignored) { }
                    if (v > ProjectJson.VERSION) {
                        throw new ProjectFileException(Kind.NEWER_VERSION, source, p.toString(),
                                "written by a newer Cutroom: " + found + "; this version reads up to " + expected, null);
                    }
                }
                throw invalid(p.f("schema"), "expected \"" + expected + "\", found " + describe(s));
            }
        }
        return (ObjectNode) n;
    }

    ArrayNode arr(ObjectNode n, String f, P p, boolean required) throws ProjectFileException {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            if (required) throw invalid(p.f(f), "required array is missing");
            return null;
        }
        if (!v.isArray()) throw invalid(p.f(f), "expected an array, found " + describe(v));
        return (ArrayNode) v;
    }

    String str(ObjectNode n, String f, P p, boolean required) throws ProjectFileException {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            if (required) throw invalid(p.f(f), "required text is missing");
            return null;
        }
        if (!v.isTextual()) throw invalid(p.f(f), "expected a string, found " + describe(v));
        return v.textValue();
    }

    long lng(ObjectNode n, String f, P p) throws ProjectFileException {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) throw invalid(p.f(f), "required whole number is missing");
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw invalid(p.f(f), "expected a whole number, found " + describe(v));
        return v.longValue();
    }

    int integer(ObjectNode n, String f, P p) throws ProjectFileException {
        long l = lng(n, f, p);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) throw invalid(p.f(f), "number out of range: " + l);
        return (int) l;
    }

    double dbl(ObjectNode n, String f, P p) throws ProjectFileException {
        JsonNode v = n.get(f);
        if (v == null || !v.isNumber()) throw invalid(p.f(f), "expected a number, found " + describe(v));
        return v.doubleValue();
    }

    boolean bool(ObjectNode n, String f, P p, boolean dflt) throws ProjectFileException {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) return dflt;
        if (!v.isBoolean()) throw invalid(p.f(f), "expected true or false, found " + describe(v));
        return v.booleanValue();
    }

    /** An integer, an exact decimal, or a "num/den" string. */
    Rational rational(ObjectNode n, String f, P p, boolean required, Rational dflt) throws ProjectFileException {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            if (required) throw invalid(p.f(f), "required number is missing (an integer or a \"num/den\" string)");
            return dflt;
        }
        try {
            if (v.isIntegralNumber() && v.canConvertToLong()) return Rational.of(v.longValue());
            if (v.isNumber()) return Rational.parse(v.decimalValue().toPlainString());
            if (v.isTextual()) return Rational.parse(v.textValue());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw invalid(p.f(f), "expected an exact number such as 3 or \"1001/30000\", found " + describe(v));
        }
        throw invalid(p.f(f), "expected an exact number such as 3 or \"1001/30000\", found " + describe(v));
    }

    FrameRate frameRate(ObjectNode n, String f, P p, boolean required) throws ProjectFileException {
        Rational r = rational(n, f, p, required, null);
        if (r == null) return null;
        if (r.signum() <= 0 || r.num() > Integer.MAX_VALUE || r.den() > Integer.MAX_VALUE) {
            throw invalid(p.f(f), "expected a positive frame rate such as \"30000/1001\", found " + r);
        }
        return new FrameRate((int) r.num(), (int) r.den());
    }
}

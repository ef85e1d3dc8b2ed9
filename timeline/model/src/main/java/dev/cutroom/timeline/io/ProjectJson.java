package dev.cutroom.timeline.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Clip;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project file format: maps {@link Project} to a Jackson tree and back, explicitly, field by field.
 * No annotations on the model records: versioning, unknown-field preservation and error paths live here.
 * See {@code package-info.java} for the format.
 *
 * <p>This class knows nothing about files; {@link ProjectStore} does the disk part.
 */
public final class ProjectJson {
    /** The newest {@code Project.N} this version reads and the one it writes. */
    public static final int VERSION = 1;
    /** Value of the top-level {@code "cutroom"} field: the format family this writer belongs to. */
    public static final String WRITER = "0.1";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProjectJson() {}

    // ------------------------------------------------------------------ writing

    /** The file's bytes (UTF-8, indented JSON). Media paths are written as they are in {@code project}. */
    public static byte[] write(Project project, Extras extras) {
        try {
            return MAPPER.writeValueAsBytes(toTree(project, extras));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise project " + project.id(), e);
        }
    }

    public static byte[] write(Project project) { return write(project, Extras.NONE); }

    /** The JSON tree for {@code project}, with {@code extras} merged back in. */
    public static ObjectNode toTree(Project project, Extras extras) {
        Map<String, ObjectNode> x = extras == null ? Map.of() : extras.map();
        ObjectNode root = obj("Project");
        root.put("cutroom", WRITER);
        root.put("id", project.id());
        root.put("name", project.name());
        ArrayNode media = root.putArray("media");
        for (MediaItem m : project.media()) media.add(writeMedia(m, x));
        root.set("timeline", writeTimeline(project.timeline(), x));
        merge(root, x.get("project"));
        return root;
    }

    private static ObjectNode writeMedia(MediaItem m, Map<String, ObjectNode> x) {
        String key = "media/" + m.id();
        ObjectNode n = obj("MediaItem");
        n.put("id", m.id());
        n.put("path", m.path());
        if (m.info() != null) {
            MediaInfo info = m.info();
            ObjectNode i = obj("MediaInfo");
            i.put("container", info.container());
            putRational(i, "duration", info.duration());
            if (info.video() != null) {
                VideoStreamInfo v = info.video();
                ObjectNode vn = obj("VideoStream");
                vn.put("width", v.width());
                vn.put("height", v.height());
                if (v.frameRate() != null) vn.put("frameRate", v.frameRate().num() + "/" + v.frameRate().den());
                vn.put("rotation", v.rotation());
                vn.put("codec", v.codec());
                vn.put("frameCount", v.frameCount());
                merge(vn, x.get(key + "/info/video"));
                i.set("video", vn);
            }
            if (info.audio() != null) {
                AudioStreamInfo a = info.audio();
                ObjectNode an = obj("AudioStream");
                an.put("sampleRate", a.sampleRate());
                an.put("channels", a.channels());
                an.put("codec", a.codec());
                merge(an, x.get(key + "/info/audio"));
                i.set("audio", an);
            }
            merge(i, x.get(key + "/info"));
            n.set("info", i);
        }
        if (m.error() != null) n.put("error", m.error());
        merge(n, x.get(key));
        return n;
    }

    private static ObjectNode writeTimeline(Timeline t, Map<String, ObjectNode> x) {
        ObjectNode n = obj("Timeline");
        n.put("name", t.name());
        n.put("rate", t.rate().num() + "/" + t.rate().den());
        n.put("width", t.width());
        n.put("height", t.height());
        n.put("sampleRate", t.sampleRate());
        n.put("channels", t.channels());
        ArrayNode tracks = n.putArray("tracks");
        for (Track track : t.tracks()) tracks.add(writeTrack(track, x));
        ArrayNode markers = n.putArray("markers");
        for (Marker m : t.markers()) {
            ObjectNode mn = obj("Marker");
            mn.put("id", m.id());
            mn.put("name", m.name());
            mn.put("frame", m.frame());
            mn.put("duration", m.duration());
            if (m.colour() != null) mn.put("colour", m.colour());
            if (m.note() != null) mn.put("note", m.note());
            merge(mn, x.get("marker/" + m.id()));
            markers.add(mn);
        }
        merge(n, x.get("timeline"));
        return n;
    }

    private static ObjectNode writeTrack(Track t, Map<String, ObjectNode> x) {
        ObjectNode n = obj("Track");
        n.put("id", t.id());
        n.put("kind", t.kind() == TrackKind.VIDEO ? "video" : "audio");
        n.put("name", t.name());
        n.put("muted", t.muted());
        n.put("solo", t.solo());
        n.put("locked", t.locked());
        n.put("hidden", t.hidden());
        ArrayNode clips = n.putArray("clips");
        for (Clip c : t.clips()) clips.add(writeClip(c, x));
        ArrayNode transitions = n.putArray("transitions");
        for (Transition tr : t.transitions()) {
            ObjectNode tn = obj("Transition");
            tn.put("id", tr.id());
            tn.put("kind", tr.kind());
            tn.put("cutFrame", tr.cutFrame());
            tn.put("inOffset", tr.inOffset());
            tn.put("outOffset", tr.outOffset());
            merge(tn, x.get("transition/" + t.id() + "/" + tr.id()));
            transitions.add(tn);
        }
        merge(n, x.get("track/" + t.id()));
        return n;
    }

    private static ObjectNode writeClip(Clip c, Map<String, ObjectNode> x) {
        String key = "clip/" + c.id();
        ObjectNode n = obj("Clip");
        n.put("id", c.id());
        if (c.name() != null) n.put("name", c.name());
        n.put("start", c.start());
        n.put("duration", c.duration());
        putRational(n, "sourceIn", c.sourceIn());
        putRational(n, "speed", c.speed());
        n.put("volume", c.volume());
        n.put("enabled", c.enabled());
        n.put("activeTakeId", c.activeTakeId());
        if (c.linkId() != null) n.put("linkId", c.linkId());
        ArrayNode takes = n.putArray("takes");
        for (Take t : c.takes()) {
            String tkey = key + "/take/" + t.id();
            ObjectNode tn = obj("Take");
            tn.put("id", t.id());
            tn.put("mediaId", t.mediaId());
            putRational(tn, "offset", t.offset());
            if (t.label() != null) tn.put("label", t.label());
            if (t.provenance() != null) {
                Provenance p = t.provenance();
                ObjectNode pn = obj("Provenance");
                putOpt(pn, "pluginId", p.pluginId());
                putOpt(pn, "pluginVersion", p.pluginVersion());
                putOpt(pn, "modelId", p.modelId());
                putOpt(pn, "modelVersion", p.modelVersion());
                putOpt(pn, "modelSha256", p.modelSha256());
                ObjectNode params = pn.putObject("parameters");
                p.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> params.put(e.getKey(), e.getValue()));
                putOpt(pn, "instruction", p.instruction());
                putOpt(pn, "inputMediaSha256", p.inputMediaSha256());
                putOpt(pn, "createdAt", p.createdAt());
                merge(pn, x.get(tkey + "/provenance"));
                tn.set("provenance", pn);
            }
            merge(tn, x.get(tkey));
            takes.add(tn);
        }
        merge(n, x.get(key));
        return n;
    }

    private static ObjectNode obj(String schema) {
        ObjectNode n = NODES.objectNode();
        n.put("schema", schema + "." + VERSION);
        return n;
    }

    private static void putOpt(ObjectNode n, String field, String value) { if (value != null) n.put(field, value); }

    /**
     * Rationals are always written as a {@code "num/den"} string ({@code "3/2"}, {@code "1/1"}): one JSON type per
     * field, and no reader can mistake an exact value for a float. Readers also accept integers and decimals.
     */
    static void putRational(ObjectNode n, String field, Rational r) {
        if (r == null) return;
        n.put(field, r.num() + "/" + r.den());
    }

    /** Writes back unknown properties; never overrides a property the writer produced. */
    private static void merge(ObjectNode n, ObjectNode unknown) {
        if (unknown == null) return;
        for (Map.Entry<String, JsonNode> e : unknown.properties()) {
            if (!n.has(e.getKey())) n.set(e.getKey(), e.getValue());
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Parses, upgrades and builds a project.
     *
     * @param source     names the file in error messages
     * @param baseFolder folder relative media paths are relative to (kept in the extras), may be null
     */
    public static LoadedProject read(byte[] bytes, String source, Path baseFolder) throws ProjectFileException {
        return fromTree(parse(bytes, source), source, baseFolder);
    }

    /** Parses JSON, with errors that say whether the file is empty, truncated or malformed (line and column). */
    static JsonNode parse(byte[] bytes, String source) throws ProjectFileException {
        if (bytes.length == 0) throw new ProjectFileException(Kind.EMPTY, source, "the file is empty (0 bytes); it is not a project");
        boolean blank = true;
        for (byte b : bytes) if (b != ' ' && b != '\n' && b != '\r' && b != '\t') { blank = false; break; }
        if (blank) throw new ProjectFileException(Kind.EMPTY, source, "the file holds only white space; it is not a project");
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new ProjectFileException(Kind.TRUNCATED, source, null,
                    "the file ends in the middle of the JSON (" + where(e.getLocation()) + "): it was cut short, e.g. by a crash or a full disk", e);
        } catch (StreamReadException e) {
            if (endsEarly(e, bytes)) {
                throw new ProjectFileException(Kind.TRUNCATED, source, null,
                        "the file ends in the middle of the JSON (" + where(e.getLocation()) + "): it was cut short, e.g. by a crash or a full disk", e);
            }
            throw new ProjectFileException(Kind.MALFORMED, source, null,
                    "not valid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(Kind.MALFORMED, source, null, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Jackson reports some truncations as plain parse errors: inside a string (at the end of input), inside a
     * number ({@code "volume": 1.}) and inside a literal ({@code "enabled": fal} reads as an unknown token).
     */
    private static boolean endsEarly(StreamReadException e, byte[] bytes) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("end-of-input")) return true;
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getByteOffset() >= bytes.length) return true;
        return endsInsideToken(bytes);
    }

    private static final Pattern NUMBER_START = Pattern.compile("-?[0-9]*(\\.[0-9]*)?([eE][+-]?[0-9]*)?");

    /** True when the input ends in the first part of a number or of true/false/null. */
    private static boolean endsInsideToken(byte[] bytes) {
        int start = bytes.length;
        while (start > 0 && isTokenChar(bytes[start - 1])) start--;
        String tail = new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII);
        if (tail.isEmpty()) return false;
        for (String literal : new String[] {"true", "false", "null"}) {
            if (literal.length() > tail.length() && literal.startsWith(tail)) return true;
        }
        return NUMBER_START.matcher(tail).matches();
    }

    private static boolean isTokenChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '.' || b == '-' || b == '+' || b == 'E';
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Builds a project from a parsed tree (upgrading old versions first, on a copy). */
    public static LoadedProject fromTree(JsonNode tree, String source, Path baseFolder) throws ProjectFileException {
        if (tree == null || !tree.isObject()) {
            throw new ProjectFileException(Kind.FOREIGN, source, "not a Cutroom project: the top level is "
                    + (tree == null ? "missing" : describe(tree)) + ", not an object with \"schema\": \"Project.N\"");
        }
        JsonNode schemaNode = tree.get("schema");
        String schema = schemaNode != null && schemaNode.isTextual() ? schemaNode.textValue() : null;
        if (schema == null || !schema.startsWith("Project.")) {
            throw new ProjectFileException(Kind.FOREIGN, source, "not a Cutroom project: expected \"schema\": \"Project.N\" at the top level, found "
                    + (schemaNode == null ? "no \"schema\" field" : schemaNode.toString()));
        }
        int version;
        try {
            version = Integer.parseInt(schema.substring("Project.".length()));
        } catch (NumberFormatException e) {
            throw new ProjectFileException(Kind.FOREIGN, source, "schema", "not a Cutroom project version: \"" + schema + "\"", e);
        }
        if (version > VERSION) {
            throw new ProjectFileException(Kind.NEWER_VERSION, source, null,
                    "written by a newer Cutroom: " + schema + "; this version reads up to Project." + VERSION + ". Update Cutroom to open it", null);
        }
        if (version < 0) throw new ProjectFileException(Kind.FOREIGN, source, "schema", "not a Cutroom project version: \"" + schema + "\"", null);
        ObjectNode root = (ObjectNode) tree;
        if (version < VERSION) root = Upgraders.upgrade(root.deepCopy(), version, source);
        Reader r = new Reader(source);
        Project project = r.project(root);
        List<String> problems = ProjectCheck.problems(project);
        if (!problems.isEmpty()) {
            String first = problems.getFirst();
            int colon = first.indexOf(": ");
            String path = colon > 0 ? first.substring(0, colon) : null;
            String msg = colon > 0 ? first.substring(colon + 2) : first;
            if (problems.size() > 1) msg += " (and " + (problems.size() - 1) + " more: " + String.join("; ", problems.subList(1, Math.min(problems.size(), 6))) + ")";
            throw new ProjectFileException(Kind.MODEL_RULES, source, path, "breaks a model rule: " + msg, null);
        }
        // ProjectCheck names JSON paths for what hand edits usually break; the editing invariants cover the rest
        // (track kinds, media ranges, ids unique across kinds). A file that broke them would load but refuse every
        // edit on the affected track, so it is refused here, with the reason.
        try {
            Invariants.check(project);
        } catch (EditException e) {
            throw new ProjectFileException(Kind.MODEL_RULES, source, null, "breaks a model rule: " + e.getMessage(), e);
        }
        return new LoadedProject(project, new Extras(r.extras, baseFolder), version);
    }

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
    private static final Set<String> CLIP = Set.of("schema", "id", "name", "start", "duration", "sourceIn", "speed", "volume", "enabled",
            "activeTakeId", "linkId", "takes");
    private static final Set<String> TAKE = Set.of("schema", "id", "mediaId", "offset", "label", "provenance");
    private static final Set<String> PROVENANCE = Set.of("schema", "pluginId", "pluginVersion", "modelId", "modelVersion", "modelSha256",
            "parameters", "instruction", "inputMediaSha256", "createdAt");

    /** Tree to records, collecting unknown properties. One per read. */
    private static final class Reader {
        final String source;
        final Map<String, ObjectNode> extras = new LinkedHashMap<>();

        Reader(String source) { this.source = source; }

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
            keep(n, CLIP, key);
            return build(p, () -> new Clip(id, name, start, duration, sourceIn, speed, volume, enabled, takes, active, link));
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
                String expected = schemaName + "." + VERSION;
                String found = s.isTextual() ? s.textValue() : null;
                if (!expected.equals(found)) {
                    if (found != null && found.startsWith(schemaName + ".")) {
                        int v = -1;
                        try { v = Integer.parseInt(found.substring(schemaName.length() + 1)); } catch (NumberFormatException ignored) { }
                        if (v > VERSION) {
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

}

package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
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

import java.util.Map;

/**
 * Builds the JSON tree of a project, field by field, and merges back the unknown properties a loaded file held
 * (see {@link Extras}). Every object gets its {@code "schema": "Name.N"}; null values are left out.
 */
final class ProjectTreeWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProjectTreeWriter() {}

    /** The JSON tree for {@code project}, with {@code extras} merged back in. */
    static ObjectNode toTree(Project project, Extras extras) {
        Map<String, ObjectNode> x = extras == null ? Map.of() : extras.map();
        ObjectNode root = obj("Project");
        root.put("cutroom", ProjectJson.WRITER);
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
        if (!c.markers().isEmpty()) {
            ArrayNode markers = n.putArray("markers");
            for (ClipMarker m : c.markers()) {
                ObjectNode mn = obj("ClipMarker");
                mn.put("id", m.id());
                if (m.name() != null) mn.put("name", m.name());
                putRational(mn, "sourceTime", m.sourceTime());
                putRational(mn, "duration", m.duration());
                if (m.colour() != null) mn.put("colour", m.colour());
                if (m.note() != null) mn.put("note", m.note());
                merge(mn, x.get(key + "/marker/" + m.id()));
                markers.add(mn);
            }
        }
        merge(n, x.get(key));
        return n;
    }

    private static ObjectNode obj(String schema) {
        ObjectNode n = NODES.objectNode();
        n.put("schema", schema + "." + ProjectJson.VERSION);
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
}

package dev.cutroom.edl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.model.FrameRate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays parsed events out as an OpenTimelineIO timeline: frame 0 is the earliest record in (kept as the global start
 * time); one track per record channel (V, A1, A2…), with events that overlap on a channel (multi-layer lists) on
 * tracks above it; gaps between events; a dissolve or wipe of N frames at the incoming event's record in, running
 * N frames into it.
 */
final class EdlLayout {
    private EdlLayout() {}

    private static final JsonNodeFactory N = JsonNodeFactory.instance;


    static ObjectNode toOtio(EdlParser.Parsed list) {
        FrameRate rate = list.rate();
        long start = Long.MAX_VALUE;
        for (EdlParser.Event e : list.events()) if (e.placed()) start = Math.min(start, e.recIn);
        if (start == Long.MAX_VALUE) start = 0;

        // channel key: "V" or "A<n>"; each holds layers of non-overlapping events
        Map<String, List<List<EdlParser.Event>>> channels = new TreeMap<>(Comparator.comparing((String k) -> !k.equals("V"))
                .thenComparing(k -> k.equals("V") ? 0 : Integer.parseInt(k.substring(1))));
        List<EdlParser.Event> placed = new ArrayList<>();
        for (EdlParser.Event e : list.events()) if (e.placed()) placed.add(e);
        placed.sort(Comparator.comparingLong(e -> e.recIn));
        for (EdlParser.Event e : placed) {
            List<String> keys = new ArrayList<>();
            if (e.video()) keys.add("V");
            for (int a : e.audio()) keys.add("A" + a);
            for (String k : keys) {
                List<List<EdlParser.Event>> layers = channels.computeIfAbsent(k, x -> new ArrayList<>());
                List<EdlParser.Event> home = null;
                for (List<EdlParser.Event> layer : layers) if (layer.getLast().recOut <= e.recIn) { home = layer; break; }
                if (home == null) layers.add(home = new ArrayList<>());
                home.add(e);
            }
        }

        ObjectNode root = N.objectNode();
        root.put("OTIO_SCHEMA", "Timeline.1");
        root.put("name", list.title() == null || list.title().isBlank() ? "EDL" : list.title());
        root.set("global_start_time", time(start, rate));
        ObjectNode meta = root.putObject("metadata").putObject("cmx_3600");
        if (list.title() != null) meta.put("title", list.title());
        ObjectNode stack = root.putObject("tracks");
        stack.put("OTIO_SCHEMA", "Stack.1");
        stack.put("name", "tracks");
        ArrayNode markers = stack.putArray("markers");
        for (EdlParser.Loc l : list.locs()) {
            if (l.recFrame() < start) continue;
            ObjectNode m = markers.addObject();
            m.put("OTIO_SCHEMA", "Marker.2");
            m.put("name", l.text() == null ? "" : l.text());
            m.set("marked_range", range(l.recFrame() - start, 0, rate));
            if (l.colour() != null) m.put("color", l.colour().toUpperCase(java.util.Locale.ROOT));
            m.put("comment", "");
        }
        ArrayNode tracks = stack.putArray("children");
        for (var ch : channels.entrySet()) {
            boolean video = ch.getKey().equals("V");
            for (int layer = 0; layer < ch.getValue().size(); layer++) {
                String name = (video ? "V" + (layer + 1) : ch.getKey()) + (!video && layer > 0 ? " · " + (layer + 1) : "");
                tracks.add(track(name, video, ch.getValue().get(layer), start, rate));
            }
        }
        return root;
    }

    private static ObjectNode track(String name, boolean video, List<EdlParser.Event> events, long start, FrameRate rate) {
        ObjectNode t = N.objectNode();
        t.put("OTIO_SCHEMA", "Track.1");
        t.put("name", name);
        t.put("kind", video ? "Video" : "Audio");
        ArrayNode children = t.putArray("children");
        long pos = start;
        for (EdlParser.Event e : events) {
            if (e.recIn > pos) children.add(gap(e.recIn - pos, rate));
            if ((e.edit.startsWith("D") || e.edit.startsWith("W")) && e.transitionFrames > 0) {
                ObjectNode tr = children.addObject();
                tr.put("OTIO_SCHEMA", "Transition.1");
                tr.put("name", e.edit.startsWith("D") ? "dissolve" : "wipe " + e.edit);
                tr.put("transition_type", e.edit.startsWith("D") ? "SMPTE_Dissolve" : "Custom_Transition");
                tr.set("in_offset", time(0, rate));
                tr.set("out_offset", time(Math.min(e.transitionFrames, e.recOut - e.recIn), rate));
                ObjectNode m = tr.putObject("metadata");
                if (e.edit.startsWith("W")) m.putObject("cutroom").put("kind", "wipe");
                m.putObject("cmx_3600").put("edit", e.edit).put("line", e.line);
            }
            children.add(clip(e, rate));
            pos = e.recOut;
        }
        return t;
    }

    private static ObjectNode clip(EdlParser.Event e, FrameRate rate) {
        ObjectNode c = N.objectNode();
        c.put("OTIO_SCHEMA", "Clip.1");
        c.put("name", e.name());
        long recFrames = e.recOut - e.recIn;
        c.set("source_range", range(e.srcIn, recFrames, rate));
        ObjectNode ref = c.putObject("media_reference");
        if (e.sourceFile != null && !e.sourceFile.isBlank()) {
            ref.put("OTIO_SCHEMA", "ExternalReference.1");
            ref.put("target_url", e.sourceFile);
        } else {
            ref.put("OTIO_SCHEMA", "MissingReference.1");
        }
        ref.put("name", e.clipName != null && !(e.edit.startsWith("D") || e.edit.startsWith("W")) ? e.clipName : e.name());
        ArrayNode effects = c.putArray("effects");
        if (e.speedRatio != null) {
            ObjectNode w = effects.addObject();
            w.put("OTIO_SCHEMA", e.speedRatio == 0 ? "FreezeFrame.1" : "LinearTimeWarp.1");
            w.put("effect_name", e.speedRatio == 0 ? "FreezeFrame" : "LinearTimeWarp");
            w.put("time_scalar", e.speedRatio);
        }
        c.putObject("metadata").putObject("cmx_3600").put("event", e.number).put("reel", e.reel).put("channels", e.channels).put("line", e.line);
        return c;
    }

    private static ObjectNode gap(long frames, FrameRate rate) {
        ObjectNode g = N.objectNode();
        g.put("OTIO_SCHEMA", "Gap.1");
        g.set("source_range", range(0, frames, rate));
        return g;
    }

    static ObjectNode time(long frames, FrameRate rate) {
        ObjectNode t = N.objectNode();
        t.put("OTIO_SCHEMA", "RationalTime.1");
        t.put("rate", rate.toDouble());
        t.put("value", (double) frames);
        return t;
    }

    static ObjectNode range(long startFrame, long frames, FrameRate rate) {
        ObjectNode r = N.objectNode();
        r.put("OTIO_SCHEMA", "TimeRange.1");
        r.set("start_time", time(startFrame, rate));
        r.set("duration", time(frames, rate));
        return r;
    }
}

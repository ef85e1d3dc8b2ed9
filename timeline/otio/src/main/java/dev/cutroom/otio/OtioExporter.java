package dev.cutroom.otio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.MediaPaths;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a project as an OpenTimelineIO timeline ({@code Timeline.1} JSON). See {@code README.md} for the mapping.
 *
 * <p>What OTIO has no field for goes under {@code metadata.cutroom} of the object it belongs to (ids, link ids,
 * volume, track flags, takes with offsets and provenance, exact source-in and speed, the media's probe result), so
 * that importing the file back gives the same timeline. OTIO content kept from an import (its metadata, effects
 * Cutroom does not model, the media's timecode start) is in the project's {@link Extras} under {@code "otio"} and is
 * written back where it came from.
 */
public final class OtioExporter {
    /** Version of what is written under {@code metadata.cutroom}. */
    public static final int CUTROOM_METADATA_VERSION = 1;

    private OtioExporter() {}

    /** The file's bytes (UTF-8, indented JSON). */
    public static byte[] write(Project project, Extras extras, Path otioFolder) {
        try {
            return OtioJson.MAPPER.writeValueAsBytes(toTree(project, extras, otioFolder));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the timeline of project " + project.id(), e);
        }
    }

    /**
     * Writes {@code otioFile} atomically (temp file in the same folder, then a rename), so a crash never leaves half
     * a file under its name. Media paths are written relative to the file's folder when the media lies under it,
     * otherwise as {@code file://} URLs.
     */
    public static void save(Project project, Extras extras, Path otioFile) throws OtioException {
        Path target = otioFile.toAbsolutePath();
        byte[] bytes = write(project, extras, target.getParent());
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "~", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new OtioException(otioFile.toString(), null, "cannot write the file: " + e, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /**
     * The OTIO tree of {@code project}.
     *
     * @param extras     from loading the project (kept OTIO content, base folder of relative media paths); may be null
     * @param otioFolder folder the .otio file will be in: relative media paths are made relative to it; null keeps
     *                   them as they are
     */
    public static ObjectNode toTree(Project project, Extras extras, Path otioFolder) {
        Extras x = extras == null ? Extras.NONE : extras;
        Project p = otioFolder == null ? project : MediaPaths.rebase(project, x.baseFolder(), otioFolder);
        return new Writer(p, x).timeline();
    }

    private static final class Writer {
        private final Project project;
        private final Extras extras;
        private final Timeline tl;
        private final FrameRate rate;

        Writer(Project project, Extras extras) {
            this.project = project;
            this.extras = extras;
            this.tl = project.timeline();
            this.rate = tl.rate();
        }

        /** Kept OTIO content of the object with this extras key, or an empty object. */
        private ObjectNode kept(String key) {
            JsonNode n = extras.get(key, OtioImporter.EXTRAS_FIELD);
            return n != null && n.isObject() ? (ObjectNode) n : OtioJson.object();
        }

        /** OTIO metadata: what was kept from an import, plus ours under "cutroom". */
        private static ObjectNode metadata(ObjectNode kept, ObjectNode cutroom) {
            ObjectNode m = OtioJson.object();
            JsonNode k = kept.get("metadata");
            if (k != null && k.isObject()) m.setAll(((ObjectNode) k).deepCopy());
            if (cutroom != null) m.set("cutroom", cutroom);
            return m;
        }

        ObjectNode timeline() {
            ObjectNode kept = kept("timeline");
            ObjectNode root = OtioJson.object();
            root.put("OTIO_SCHEMA", "Timeline.1");
            root.put("name", tl.name() == null ? project.name() : tl.name());
            JsonNode gst = kept.get("global_start_time");
            root.set("global_start_time", gst != null && gst.isObject() ? gst.deepCopy() : OtioTime.rationalTime(Rational.ZERO, rate));

            ObjectNode cut = OtioJson.object();
            cut.put("version", CUTROOM_METADATA_VERSION);
            OtioJson.putText(cut, "projectId", project.id());
            OtioJson.putText(cut, "projectName", project.name());
            if (tl.name() == null) cut.put("nullName", true);
            cut.put("rate", rate.toString());
            cut.put("width", tl.width());
            cut.put("height", tl.height());
            cut.put("sampleRate", tl.sampleRate());
            cut.put("channels", tl.channels());
            Set<String> used = new HashSet<>();
            for (Track t : tl.tracks()) for (Clip c : t.clips()) for (Take k : c.takes()) used.add(k.mediaId());
            ArrayNode order = cut.putArray("mediaOrder");
            ArrayNode unused = cut.putArray("unusedMedia");
            for (MediaItem m : project.media()) {
                order.add(m.id());
                if (!used.contains(m.id())) unused.add(reference(m));
            }
            root.set("metadata", metadata(kept, cut));

            ObjectNode stack = OtioJson.object();
            stack.put("OTIO_SCHEMA", "Stack.1");
            JsonNode stackName = kept.get("stack_name");
            stack.put("name", stackName != null && stackName.isTextual() ? stackName.textValue() : "tracks");
            stack.putNull("source_range");
            stack.set("effects", OtioJson.array());
            ArrayNode markers = stack.putArray("markers");
            for (Marker m : tl.markers()) markers.add(marker(m));
            JsonNode stackMeta = kept.get("stack_metadata");
            stack.set("metadata", stackMeta != null && stackMeta.isObject() ? stackMeta.deepCopy() : OtioJson.object());
            ArrayNode children = stack.putArray("children");
            for (Track t : tl.tracks()) children.add(track(t));
            root.set("tracks", stack);
            return root;
        }

        /** A clip marker in the OTIO clip's media time ({@code toMedia} added to the clip's source time). */
        ObjectNode clipMarker(Clip c, ClipMarker m, Rational toMedia, FrameRate clipRate) {
            Rational start = m.sourceTime().plus(toMedia);
            ObjectNode n = markerFields(m.name(), OtioTime.timeRange(start, OtioTime.exactRate(start, clipRate, rate), m.duration(),
                    OtioTime.exactRate(m.duration(), clipRate, rate)), m.colour(), m.note());
            n.set("metadata", metadata(kept("clip/" + c.id() + "/marker/" + m.id()), markerMeta(m.id(), m.name(), m.colour(), m.note())));
            return n;
        }

        private static ObjectNode markerFields(String name, ObjectNode range, String colour, String note) {
            ObjectNode n = OtioJson.object();
            n.put("OTIO_SCHEMA", "Marker.3");
            n.put("name", name == null ? "" : name);
            n.set("marked_range", range);
            n.set("color", MarkerColours.toOtio(colour));
            n.put("comment", note == null ? "" : note);
            return n;
        }

        private static ObjectNode markerMeta(String id, String name, String colour, String note) {
            ObjectNode cut = OtioJson.object();
            cut.put("id", id);
            OtioJson.putText(cut, "colour", colour);
            if (name == null) cut.put("nullName", true);
            if (note == null) cut.put("nullNote", true);
            return cut;
        }

        ObjectNode marker(Marker m) {
            ObjectNode n = markerFields(m.name(), OtioTime.timeRange(rate.toSeconds(m.frame()), rate.toSeconds(m.duration()), rate), m.colour(), m.note());
            n.set("metadata", metadata(kept("marker/" + m.id()), markerMeta(m.id(), m.name(), m.colour(), m.note())));
            return n;
        }

        ObjectNode track(Track t) {
            ObjectNode kept = kept("track/" + t.id());
            ObjectNode n = OtioJson.object();
            n.put("OTIO_SCHEMA", "Track.1");
            n.put("name", t.name() == null ? "" : t.name());
            n.put("kind", t.kind() == TrackKind.VIDEO ? "Video" : "Audio");
            n.put("enabled", !(t.kind() == TrackKind.VIDEO ? t.hidden() : t.muted()));
            n.putNull("source_range");
            n.set("effects", OtioJson.array());
            n.set("markers", OtioJson.array());
            ObjectNode cut = OtioJson.object();
            cut.put("id", t.id());
            if (t.name() == null) cut.put("nullName", true);
            cut.put("muted", t.muted());
            cut.put("solo", t.solo());
            cut.put("locked", t.locked());
            cut.put("hidden", t.hidden());
            n.set("metadata", metadata(kept, cut));
            ArrayNode children = n.putArray("children");
            long pos = 0;
            List<Clip> clips = t.clips();
            List<KeptItem> items = keptItems(kept);
            for (int i = 0; i < clips.size(); i++) {
                Clip c = clips.get(i);
                pos = gapWithKeptItems(children, pos, c.start(), items);
                if (i > 0 && clips.get(i - 1).end() == c.start()) {
                    for (Transition tr : t.transitions()) if (tr.cutFrame() == c.start()) children.add(transition(t, tr));
                }
                children.add(clip(t, c));
                pos = c.end();
            }
            gapWithKeptItems(children, pos, Long.MAX_VALUE, items);
            return n;
        }

        /** An item of a schema Cutroom does not know, kept from an import, at {@code frame} on its track. */
        record KeptItem(long frame, long frames, ObjectNode json) {}

        private List<KeptItem> keptItems(ObjectNode keptTrack) {
            List<KeptItem> out = new java.util.ArrayList<>();
            for (JsonNode k : keptTrack.path("items")) {
                Rational start = OtioJson.rational(k, "start"), duration = OtioJson.rational(k, "duration");
                if (start == null || duration == null || !k.path("item").isObject()) continue;
                out.add(new KeptItem(rate.nearestFrame(start), rate.nearestFrame(duration), (ObjectNode) k.get("item")));
            }
            return out;
        }

        /**
         * Fills {@code [pos, end)} (end = MAX_VALUE: only the kept items after {@code pos}) with gaps and the kept
         * items that fit wholly in it; returns the new position.
         */
        private long gapWithKeptItems(ArrayNode children, long pos, long end, List<KeptItem> items) {
            for (var it = items.iterator(); it.hasNext(); ) {
                KeptItem k = it.next();
                if (k.frame() < pos || k.frame() + k.frames() > end) continue;
                if (k.frame() > pos) children.add(gap(k.frame() - pos));
                children.add(k.json().deepCopy());
                pos = k.frame() + k.frames();
                it.remove();
            }
            if (end != Long.MAX_VALUE && end > pos) children.add(gap(end - pos));
            return end == Long.MAX_VALUE ? pos : Math.max(pos, end);
        }

        ObjectNode gap(long frames) {
            ObjectNode n = OtioJson.object();
            n.put("OTIO_SCHEMA", "Gap.1");
            n.put("name", "");
            n.set("source_range", OtioTime.timeRange(Rational.ZERO, rate.toSeconds(frames), rate));
            n.set("effects", OtioJson.array());
            n.set("markers", OtioJson.array());
            n.set("metadata", OtioJson.object());
            return n;
        }

        ObjectNode transition(Track t, Transition tr) {
            ObjectNode kept = kept("transition/" + t.id() + "/" + tr.id());
            ObjectNode n = OtioJson.object();
            n.put("OTIO_SCHEMA", "Transition.1");
            n.put("name", tr.kind() == null ? "" : tr.kind());
            n.put("transition_type", OtioImporter.DISSOLVE_KIND.equals(tr.kind()) ? "SMPTE_Dissolve" : "Custom_Transition");
            n.set("in_offset", OtioTime.rationalTime(rate.toSeconds(tr.inOffset()), rate));
            n.set("out_offset", OtioTime.rationalTime(rate.toSeconds(tr.outOffset()), rate));
            ObjectNode cut = OtioJson.object();
            cut.put("id", tr.id());
            OtioJson.putText(cut, "kind", tr.kind());
            n.set("metadata", metadata(kept, cut));
            return n;
        }

        ObjectNode clip(Track t, Clip c) {
            ObjectNode kept = kept("clip/" + c.id());
            Take active = c.activeTake();
            MediaItem media = project.mediaItem(active.mediaId());
            Rational mediaStart = c.sourceIn().minus(active.offset());
            Rational availStart = availableStart(media);
            Rational duration = rate.toSeconds(c.duration());
            FrameRate mediaRate = mediaRate(media, t.kind());
            // duration: whole timeline frames; start: media time, on the media's grid, the timeline's, or exact
            Rational start = mediaStart.plus(availStart);
            FrameRate r = OtioTime.exactRate(start, mediaRate, rate);

            ObjectNode n = OtioJson.object();
            n.put("OTIO_SCHEMA", "Clip.2");
            n.put("name", c.name() == null ? "" : c.name());
            n.set("source_range", OtioTime.timeRange(start, r, duration, rate));
            ArrayNode effects = n.putArray("effects");
            if (!c.speed().equals(Rational.ONE)) {
                ObjectNode warp = OtioJson.object();
                warp.put("OTIO_SCHEMA", "LinearTimeWarp.1");
                warp.put("name", "");
                warp.put("effect_name", "LinearTimeWarp");
                warp.put("time_scalar", c.speed().toDouble());
                warp.set("metadata", OtioJson.object());
                effects.add(warp);
            }
            JsonNode keptEffects = kept.get("effects");
            if (keptEffects != null && keptEffects.isArray()) for (JsonNode e : keptEffects) effects.add(e.deepCopy());
            ArrayNode markers = n.putArray("markers");
            for (ClipMarker m : c.markers()) markers.add(clipMarker(c, m, availStart.minus(active.offset()), r));
            n.put("enabled", c.enabled());
            ObjectNode refs = n.putObject("media_references");
            for (Take k : c.takes()) refs.set(k.id(), reference(project.mediaItem(k.mediaId())));
            n.put("active_media_reference_key", active.id());

            ObjectNode cut = OtioJson.object();
            cut.put("id", c.id());
            if (c.name() == null) cut.put("nullName", true);
            OtioJson.putText(cut, "linkId", c.linkId());
            cut.put("volume", c.volume());
            cut.put("enabled", c.enabled());
            cut.put("sourceIn", c.sourceIn().toString());
            cut.put("speed", c.speed().toString());
            cut.put("start", c.start());
            cut.put("duration", c.duration());
            cut.put("activeTake", active.id());
            ArrayNode takes = cut.putArray("takes");
            for (Take k : c.takes()) {
                ObjectNode tn = takes.addObject();
                tn.put("id", k.id());
                tn.put("mediaId", k.mediaId());
                tn.put("offset", k.offset().toString());
                OtioJson.putText(tn, "label", k.label());
                if (k.provenance() != null) tn.set("provenance", OtioJson.provenance(k.provenance()));
            }
            n.set("metadata", metadata(kept, cut));
            return n;
        }

        /** The media's timecode start kept from an import (OTIO media time = Cutroom media time + this). */
        private Rational availableStart(MediaItem m) {
            if (m == null) return Rational.ZERO;
            Rational r = OtioJson.rational(kept("media/" + m.id()), "availableStart");
            return r == null ? Rational.ZERO : r;
        }

        private FrameRate mediaRate(MediaItem m, TrackKind kind) {
            if (kind == TrackKind.VIDEO && m != null && m.info() != null && m.info().video() != null && m.info().video().frameRate() != null) {
                return m.info().video().frameRate();
            }
            return rate;
        }

        ObjectNode reference(MediaItem m) {
            ObjectNode kept = kept("media/" + m.id());
            JsonNode original = kept.get("reference");
            if (original != null && original.isObject()) {
                // a missing, generator, image sequence or unknown reference from an import: written back as it was
                ObjectNode n = ((ObjectNode) original).deepCopy();
                ObjectNode cut = OtioJson.object();
                cut.put("mediaId", m.id());
                OtioJson.putText(cut, "error", m.error());
                n.set("metadata", metadata(kept, cut));
                return n;
            }
            ObjectNode n = OtioJson.object();
            n.put("OTIO_SCHEMA", "ExternalReference.1");
            n.put("name", fileName(m.path()));
            n.put("target_url", targetUrl(m.path()));
            MediaInfo info = m.info();
            if (info != null && info.duration() != null) {
                FrameRate r = mediaRate(m, info.hasVideo() ? TrackKind.VIDEO : TrackKind.AUDIO);
                Rational start = availableStart(m);
                n.set("available_range", OtioTime.timeRange(start, OtioTime.exactRate(start, r, rate), info.duration(),
                        OtioTime.exactRate(info.duration(), r, rate)));
            } else {
                n.putNull("available_range");
            }
            n.putNull("available_image_bounds");
            ObjectNode cut = OtioJson.object();
            cut.put("mediaId", m.id());
            OtioJson.putText(cut, "path", m.path());
            if (info != null) cut.set("info", OtioJson.info(info));
            OtioJson.putText(cut, "error", m.error());
            n.set("metadata", metadata(kept, cut));
            return n;
        }

        private static String fileName(String path) {
            if (path == null) return "";
            String f = path.replace('\\', '/');
            return f.substring(f.lastIndexOf('/') + 1);
        }

        /** Relative paths as they are ('/' separators); absolute ones as file:// URLs. */
        static String targetUrl(String path) {
            if (path == null) return "";
            try {
                Path p = Path.of(path);
                if (p.isAbsolute()) return p.toUri().toString();
            } catch (InvalidPathException e) {
                return path;
            }
            return path.replace('\\', '/');
        }
    }

}

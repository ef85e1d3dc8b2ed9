package dev.cutroom.otio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectJson;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;
import dev.cutroom.otio.ImportReport.Kind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an OpenTimelineIO timeline ({@code .otio} JSON) into a project. See {@code README.md} for the mapping.
 *
 * <p>Times are OTIO's doubles mapped back to exact rationals: rates are recognised (29.97 → 30000/1001), whole frame
 * values are exact, and clip boundaries snap to the timeline's frame grid. When the file was written by Cutroom, the
 * exact values under {@code metadata.cutroom} are used as long as the OTIO values still agree with them (another tool
 * may have trimmed the clip since).
 *
 * <p>Nothing is dropped silently: what cannot be mapped is listed in the {@link ImportReport}, and OTIO content that
 * Cutroom has no field for (metadata, unknown effects, the media's timecode start) is kept in the project's
 * {@link Extras} under {@code "otio"}, which {@link OtioExporter} writes back.
 *
 * <p>Media is not probed here; its info comes from {@code metadata.cutroom} or from the OTIO ranges. Media paths that
 * lead outside the project folder (or the .otio file's folder) are not followed: the media is kept offline with an
 * error saying so, and the report asks for confirmation, unless {@link Options#allowOutside()} is set.
 *
 * <p>Malformed input of any kind gives an {@link OtioException} naming the file and the JSON path; nesting is bounded.
 */
public final class OtioImporter {
    /** Property name, on the project file's objects, of the kept OTIO content (see {@link Extras}). */
    public static final String EXTRAS_FIELD = "otio";
    /** Cutroom's transition kind for OTIO's {@code SMPTE_Dissolve}. */
    public static final String DISSOLVE_KIND = "cross_dissolve";
    /** Start of the error of media that was not followed because it lies outside the project folder. */
    public static final String OUTSIDE_ERROR = MediaLocator.OUTSIDE_ERROR;

    /**
     * @param projectFolder folder of the project being made: media paths are stored relative to it, and media must lie
     *                      under it (or under the .otio file's folder); null: the .otio file's folder
     * @param allowOutside  follow media paths outside those folders
     * @param ids           makes new ids (seeded in tests)
     */
    public record Options(Path projectFolder, boolean allowOutside, Ids ids) {
        public Options {
            Objects.requireNonNull(ids, "ids");
        }

        public static Options defaults() { return new Options(null, false, Ids.random()); }

        public Options withProjectFolder(Path folder) { return new Options(folder, allowOutside, ids); }

        public Options withAllowOutside(boolean allow) { return new Options(projectFolder, allow, ids); }

        public Options withIds(Ids newIds) { return new Options(projectFolder, allowOutside, newIds); }
    }

    /**
     * @param extras kept OTIO content, with the project folder as base folder of relative media paths: pass both to
     *               {@code ProjectStore.save(project, extras, file)}
     */
    public record Result(Project project, Extras extras, ImportReport report) {}

    private final Options options;

    public OtioImporter(Options options) { this.options = Objects.requireNonNull(options); }

    public OtioImporter() { this(Options.defaults()); }

    /** Reads {@code otioFile}; relative media paths in it are relative to its folder. */
    public Result read(Path otioFile) throws OtioException {
        Path abs = otioFile.toAbsolutePath();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(abs);
        } catch (NoSuchFileException e) {
            throw new OtioException(otioFile.toString(), null, "no such file", e);
        } catch (IOException e) {
            throw new OtioException(otioFile.toString(), null, "cannot read the file: " + e, e);
        }
        return read(bytes, otioFile.toString(), abs.getParent());
    }

    /**
     * Reads OTIO JSON.
     *
     * @param source     names the input in messages
     * @param otioFolder folder relative media paths are relative to
     */
    public Result read(byte[] bytes, String source, Path otioFolder) throws OtioException {
        JsonNode tree = parse(bytes, source);
        Path folder = otioFolder == null ? Path.of("").toAbsolutePath() : otioFolder.toAbsolutePath().normalize();
        Path projectFolder = options.projectFolder() == null ? folder : options.projectFolder().toAbsolutePath().normalize();
        Reader r = new Reader(source, folder, projectFolder, options);
        try {
            return r.read(tree);
        } catch (ArithmeticException | IllegalArgumentException e) {
            // a value the model refuses (an overflowing time, a size out of range): name where we were
            throw new OtioException(source, r.at, "value out of range: " + e.getMessage(), e);
        }
    }

    /** Reads an OTIO tree built by another importer (EDL, FCPXML); {@code source} names the original file. */
    public Result read(JsonNode tree, String source, Path folderOfSource) throws OtioException {
        Path folder = folderOfSource == null ? Path.of("").toAbsolutePath() : folderOfSource.toAbsolutePath().normalize();
        Path projectFolder = options.projectFolder() == null ? folder : options.projectFolder().toAbsolutePath().normalize();
        Reader r = new Reader(source, folder, projectFolder, options);
        try {
            return r.read(tree);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new OtioException(source, r.at, "value out of range: " + e.getMessage(), e);
        }
    }

    static JsonNode parse(byte[] bytes, String source) throws OtioException {
        if (bytes.length == 0) throw new OtioException(source, null, "the file is empty (0 bytes); it is not an OpenTimelineIO file");
        try {
            JsonNode n = OtioJson.MAPPER.readTree(OtioJson.withOtioNumbers(bytes));
            if (n == null || n.isMissingNode()) throw new OtioException(source, null, "the file holds no JSON; it is not an OpenTimelineIO file");
            return n;
        } catch (StreamConstraintsException e) {
            throw new OtioException(source, null, "the JSON is nested too deeply or holds a value too long (" + e.getOriginalMessage() + ")", e);
        } catch (JsonEOFException e) {
            throw new OtioException(source, null, "the file ends in the middle of the JSON (" + where(e.getLocation()) + "): it was cut short", e);
        } catch (JsonProcessingException e) {
            throw new OtioException(source, null, "not valid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new OtioException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    // ====================================================================== drafts

    /** A media item being collected from references. */
    private static final class MediaDraft {
        String id;
        String path;
        String error;
        MediaInfo metaInfo;
        Rational availStart = Rational.ZERO;
        Rational availDuration;
        FrameRate availRate;
        boolean usedVideo, usedAudio;
        Rational neededEnd = Rational.ZERO;
        ObjectNode kept;
        String refPath;
        boolean hasVideoHint, hasAudioHint;
    }

    private record TakeDraft(String id, MediaDraft media, Rational offset, String label, Provenance provenance) {}

    /** A clip in the local time of the composition it was read from (seconds). */
    private static final class ClipDraft {
        String path;
        Rational start, duration;
        Rational mediaStart; // in Cutroom media time of the active take (0 = start of the media's available range)
        Rational speed = Rational.ONE;
        List<TakeDraft> takes = new ArrayList<>();
        int active;
        String id, name, linkId;
        double volume = 1.0;
        boolean enabled = true;
        Rational exactSourceIn, exactSpeed;
        ObjectNode kept;
        /** Clip markers, start in the active media's time (0 = start of its available range), as read. */
        List<MarkerDraft> markers = new ArrayList<>();
        /** Which track of its composition the clip goes on: 0 = the track itself, k = the k-th track added above it for a nested stack's overlapping tracks. */
        int layer;

        ClipDraft copy() {
            ClipDraft c = new ClipDraft();
            c.path = path; c.start = start; c.duration = duration; c.mediaStart = mediaStart; c.speed = speed; c.takes = takes;
            c.active = active; c.id = id; c.name = name; c.linkId = linkId; c.volume = volume; c.enabled = enabled;
            c.exactSourceIn = exactSourceIn; c.exactSpeed = exactSpeed; c.kept = kept; c.layer = layer; c.markers = markers;
            return c;
        }
    }

    private record TransitionDraft(String path, Rational cut, Rational in, Rational out, String kind, String id, ObjectNode kept, int layer) {
        TransitionDraft shift(Rational d) { return new TransitionDraft(path, cut.plus(d), in, out, kind, id, kept, layer); }

        TransitionDraft onLayer(int l) { return new TransitionDraft(path, cut, in, out, kind, id, kept, l); }
    }

    private record MarkerDraft(String path, Rational start, Rational duration, String name, String colour, String note, String id, ObjectNode kept) {
        MarkerDraft shift(Rational d) { return new MarkerDraft(path, start.plus(d), duration, name, colour, note, id, kept); }
    }

    /** What a composition (track or stack) holds, in its own time. */
    private static final class Layout {
        final List<ClipDraft> clips = new ArrayList<>();
        final List<TransitionDraft> transitions = new ArrayList<>();
        final List<MarkerDraft> markers = new ArrayList<>();
        /** Items of a schema Cutroom does not know, directly on a top-level track: written back on export. */
        final List<KeptItem> keptItems = new ArrayList<>();
        Rational duration = Rational.ZERO;
    }

    /** An item of an unknown schema at {@code start} (track time) that occupies {@code duration}. */
    private record KeptItem(Rational start, Rational duration, ObjectNode json) {}

    private record TrackDraft(String path, TrackKind kind, String id, String name, boolean muted, boolean solo, boolean locked, boolean hidden,
                              Layout layout, ObjectNode kept) {}

    // ====================================================================== reader

    private static final class Reader {
        final String source;
        final Path otioFolder, projectFolder;
        final Options options;
        final Ids ids;
        final ImportReport.Builder report = new ImportReport.Builder();
        final Set<String> usedIds = new HashSet<>();
        final Map<String, MediaDraft> mediaByKey = new LinkedHashMap<>();
        final List<MarkerDraft> markers = new ArrayList<>();
        FrameRate rate;
        String at = "$";
        int clipsSeen;

        Reader(String source, Path otioFolder, Path projectFolder, Options options) {
            this.source = source;
            this.otioFolder = otioFolder;
            this.projectFolder = projectFolder;
            this.options = options;
            this.ids = options.ids();
            this.locator = new MediaLocator(otioFolder, projectFolder, options.allowOutside(), report);
        }

        final MediaLocator locator;

        OtioException bad(String path, String problem) { return new OtioException(source, path, problem); }

        // ------------------------------------------------------------------ typed access

        ObjectNode obj(JsonNode n, String path) throws OtioException {
            at = path;
            if (n == null || !n.isObject()) throw bad(path, "expected an object, found " + describe(n));
            return (ObjectNode) n;
        }

        /** The object field, null when missing or null. */
        ObjectNode optObj(ObjectNode n, String f, String path) throws OtioException {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) return null;
            if (!v.isObject()) throw bad(path + "." + f, "expected an object, found " + describe(v));
            return (ObjectNode) v;
        }

        ArrayNode optArr(ObjectNode n, String f, String path) throws OtioException {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) return null;
            if (!v.isArray()) throw bad(path + "." + f, "expected a list, found " + describe(v));
            return (ArrayNode) v;
        }

        String optText(ObjectNode n, String f, String path) throws OtioException {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) return null;
            if (!v.isTextual()) throw bad(path + "." + f, "expected text, found " + describe(v));
            return v.textValue();
        }

        boolean optBool(ObjectNode n, String f, String path, boolean dflt) throws OtioException {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) return dflt;
            if (!v.isBoolean()) throw bad(path + "." + f, "expected true or false, found " + describe(v));
            return v.booleanValue();
        }

        double number(ObjectNode n, String f, String path) throws OtioException {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) throw bad(path + "." + f, "a number is required");
            if (!v.isNumber()) throw bad(path + "." + f, "expected a number, found " + describe(v));
            return v.doubleValue();
        }

        /** "Clip" for {"OTIO_SCHEMA": "Clip.2"}. */
        String schema(ObjectNode n, String path) throws OtioException {
            String s = optText(n, "OTIO_SCHEMA", path);
            if (s == null) throw bad(path, "no OTIO_SCHEMA: not an OpenTimelineIO object");
            int dot = s.lastIndexOf('.');
            String name = dot > 0 ? s.substring(0, dot) : s;
            return name.equals("Sequence") ? "Track" : name; // Sequence.1: the old name of Track.1
        }

        static String describe(JsonNode n) {
            if (n == null || n.isMissingNode()) return "nothing";
            if (n.isNull()) return "null";
            if (n.isObject()) return "an object";
            if (n.isArray()) return "a list";
            if (n.isTextual()) return "text";
            if (n.isBoolean()) return n.booleanValue() ? "true" : "false";
            if (n.isNumber()) return "the number " + n.asText();
            return n.getNodeType().toString().toLowerCase(Locale.ROOT);
        }

        /** Exact seconds of a {@code RationalTime.1}. */
        Rational time(JsonNode n, String path) throws OtioException {
            ObjectNode o = obj(n, path);
            FrameRate r = rateOf(o, path);
            double v = number(o, "value", path);
            if (Double.isNaN(v) || Double.isInfinite(v)) throw bad(path + ".value", "time must be a finite number, got " + v);
            Rational s = OtioTime.seconds(v, r);
            if (s == null) throw bad(path + ".value", "time out of range: " + v + " frames at " + o.get("rate").asText() + " fps");
            return s;
        }

        FrameRate rateOf(ObjectNode o, String path) throws OtioException {
            double rd = number(o, "rate", path);
            FrameRate r = OtioTime.rate(rd);
            if (r == null) throw bad(path + ".rate", "rate must be a positive number up to " + (long) OtioTime.MAX_RATE + ", got " + o.get("rate").asText());
            return r;
        }

        record Range(Rational start, Rational duration, FrameRate rate) {}

        /** A {@code TimeRange.1}, or null when the field is missing or null. */
        Range range(ObjectNode n, String f, String path) throws OtioException {
            ObjectNode o = optObj(n, f, path);
            if (o == null) return null;
            String p = path + "." + f;
            Rational start = time(o.get("start_time"), p + ".start_time");
            Rational duration = time(o.get("duration"), p + ".duration");
            if (duration.signum() < 0) throw bad(p + ".duration", "duration must not be negative, got " + duration.toDouble() + " s");
            return new Range(start, duration, rateOf(obj(o.get("duration"), p + ".duration"), p + ".duration"));
        }

        /** OTIO metadata without our "cutroom" entry, or null when none. */
        ObjectNode foreignMetadata(ObjectNode n, String path) throws OtioException {
            ObjectNode m = optObj(n, "metadata", path);
            if (m == null) return null;
            ObjectNode copy = m.deepCopy();
            copy.remove("cutroom");
            return copy.isEmpty() ? null : copy;
        }

        /** Our metadata ({@code metadata.cutroom}), or an empty object. */
        static ObjectNode ours(ObjectNode n) {
            JsonNode m = n.get("metadata");
            JsonNode c = m != null && m.isObject() ? m.get("cutroom") : null;
            return c != null && c.isObject() ? (ObjectNode) c : OtioJson.object();
        }

        static ObjectNode keptWith(ObjectNode foreignMeta) {
            ObjectNode k = OtioJson.object();
            if (foreignMeta != null) k.set("metadata", foreignMeta);
            return k;
        }

        /** {@code wanted} when it is a usable id not yet taken, otherwise a new one with {@code prefix}. */
        String claimId(String wanted, String prefix) {
            if (wanted != null && !wanted.isBlank() && wanted.length() <= 200 && usedIds.add(wanted)) return wanted;
            String id;
            do { id = ids.next(prefix); } while (reserved.contains(id) || !usedIds.add(id));
            return id;
        }

        // ------------------------------------------------------------------ timeline

        Result read(JsonNode tree) throws OtioException {
            ObjectNode root = obj(tree, "$");
            String rootPath = "$";
            String schema = schema(root, "$");
            if (schema.equals("SerializableCollection")) {
                ArrayNode children = optArr(root, "children", "$");
                ObjectNode found = null;
                int count = 0;
                for (int i = 0; children != null && i < children.size(); i++) {
                    ObjectNode c = obj(children.get(i), "$.children[" + i + "]");
                    if (schema(c, "$.children[" + i + "]").equals("Timeline")) {
                        if (found == null) { found = c; rootPath = "$.children[" + i + "]"; }
                        count++;
                    }
                }
                if (found == null) throw bad("$", "a SerializableCollection without a Timeline; nothing to import");
                if (count > 1) report.add(Kind.UNMAPPED, "$.children", "the collection holds " + count + " timelines; only the first was imported");
                root = found;
            } else if (!schema.equals("Timeline")) {
                throw bad("$.OTIO_SCHEMA", "not an OpenTimelineIO timeline: the top level is " + root.get("OTIO_SCHEMA").textValue() + ", expected Timeline.1");
            }
            ObjectNode meta = ours(root);
            ObjectNode stack = optObj(root, "tracks", rootPath);
            String stackPath = rootPath + ".tracks";

            rate = timelineRate(root, meta, stack, rootPath);
            int width = intIn(meta, "width", 1, 32768), height = intIn(meta, "height", 1, 32768);
            int sampleRate = intIn(meta, "sampleRate", 1, 1_000_000), channels = intIn(meta, "channels", 1, 64);
            if (width == 0 || height == 0 || sampleRate == 0 || channels == 0) {
                report.add(Kind.ADJUSTED, rootPath, "the file does not give the picture and sound format; "
                        + (width == 0 ? 1920 : width) + "x" + (height == 0 ? 1080 : height) + ", " + (sampleRate == 0 ? 48000 : sampleRate)
                        + " Hz, " + (channels == 0 ? 2 : channels) + " channels assumed");
            }
            if (width == 0) width = 1920;
            if (height == 0) height = 1080;
            if (sampleRate == 0) sampleRate = 48_000;
            if (channels == 0) channels = 2;

            ObjectNode timelineKept = keptWith(foreignMetadata(root, rootPath));
            JsonNode gst = root.get("global_start_time");
            if (gst != null && !gst.isNull()) {
                Rational g = time(gst, rootPath + ".global_start_time");
                if (!g.isZero()) {
                    timelineKept.set("global_start_time", gst.deepCopy());
                    if (ours(root).isEmpty()) {
                        report.add(Kind.ADJUSTED, rootPath + ".global_start_time", "the timeline starts at timecode "
                                + dev.cutroom.edl.Timecode.format(rate.nearestFrame(g), rate, false)
                                + "; Cutroom's timeline starts at frame 0 (kept, and written back on export)");
                    }
                }
            }
            String timelineName = optText(root, "name", rootPath);
            if (timelineName != null && timelineName.isEmpty() && meta.path("nullName").asBoolean(false)) timelineName = null;

            List<TrackDraft> tracks = new ArrayList<>();
            if (stack != null) {
                if (!schema(stack, stackPath).equals("Stack")) throw bad(stackPath + ".OTIO_SCHEMA", "the timeline's tracks must be a Stack, found " + stack.get("OTIO_SCHEMA").asText());
                String stackName = optText(stack, "name", stackPath);
                if (stackName != null && !stackName.equals("tracks")) timelineKept.put("stack_name", stackName);
                ObjectNode sm = foreignMetadata(stack, stackPath);
                if (sm != null) timelineKept.set("stack_metadata", sm);
                unmappedEffects(stack, stackPath, "the timeline");
                if (optObj(stack, "source_range", stackPath) != null) {
                    report.add(Kind.UNMAPPED, stackPath + ".source_range", "a trim of the whole timeline is not supported; the tracks are imported untrimmed");
                }
                readMarkers(stack, stackPath, Rational.ZERO, Rational.ZERO, Rational.ONE, markers);
                topLevel(stack, stackPath, 0, tracks);
            }

            this.width = width;
            this.height = height;
            this.sampleRate = sampleRate;
            this.channels = channels;
            // ids given in the file are reserved first, so that new ids never take one that a later object names
            for (TrackDraft t : tracks) {
                reserve(t.id());
                for (ClipDraft c : t.layout().clips) {
                    reserve(c.id);
                    for (TakeDraft k : c.takes) reserve(k.id());
                }
            }
            for (MarkerDraft m : markers) reserve(m.id());
            for (MediaDraft m : mediaByKey.values()) reserve(m.id);
            List<Track> built = new ArrayList<>();
            for (TrackDraft t : tracks) built.add(buildTrack(t));
            if (clipsSeen > 0 && built.stream().allMatch(t -> t.clips().isEmpty())) {
                ImportReport so = report.build();
                throw bad("$", "nothing could be imported: the file holds " + clipsSeen + " clip(s) but none could be placed on the timeline"
                        + (so.isEmpty() ? "" : " (first problem: " + so.entries().getFirst() + ")"));
            }
            List<Marker> ms = buildMarkers();
            List<MediaItem> media = buildMedia(meta, rootPath);

            String projectId = claimId(OtioJson.text(meta, "projectId"), "project");
            String projectName = OtioJson.text(meta, "projectName");
            if (projectName == null) projectName = timelineName != null && !timelineName.isBlank() ? timelineName : "Imported";
            Timeline timeline = new Timeline(timelineName, rate, width, height, sampleRate, channels, built, ms);
            Project project = new Project(projectId, projectName, timeline, media);
            return withExtras(project, timelineKept);
        }

        final Set<String> reserved = new HashSet<>();

        private void reserve(String id) {
            if (id != null) reserved.add(id);
        }

        int intIn(ObjectNode meta, String f, int min, int max) {
            JsonNode v = meta.get(f);
            if (v == null || !v.isInt() || v.intValue() < min || v.intValue() > max) return 0;
            return v.intValue();
        }

        FrameRate timelineRate(ObjectNode root, ObjectNode meta, ObjectNode stack, String rootPath) throws OtioException {
            String r = OtioJson.text(meta, "rate");
            if (r != null) {
                try {
                    FrameRate fr = FrameRate.parse(r);
                    if (fr.toDouble() <= OtioTime.MAX_RATE) return fr;
                } catch (RuntimeException ignored) {
                    // fall through to the OTIO values
                }
            }
            JsonNode gst = root.get("global_start_time");
            if (gst != null && gst.isObject()) return rateOf((ObjectNode) gst, rootPath + ".global_start_time");
            FrameRate first = firstClipRate(stack, 0);
            if (first != null) {
                report.add(Kind.ADJUSTED, rootPath + ".global_start_time", "no timeline rate in the file; " + first + " fps taken from the first clip");
                return first;
            }
            report.add(Kind.ADJUSTED, rootPath + ".global_start_time", "no timeline rate in the file; 25 fps assumed");
            return FrameRate.FPS_25;
        }

        /** The rate of the first source_range duration found, depth first; null when none. */
        FrameRate firstClipRate(JsonNode n, int depth) {
            if (n == null || !n.isObject() || depth > 8) return null;
            JsonNode sr = n.get("source_range");
            if (sr != null && sr.isObject()) {
                JsonNode d = sr.get("duration");
                if (d != null && d.isObject() && d.path("rate").isNumber()) {
                    FrameRate fr = OtioTime.rate(d.get("rate").doubleValue());
                    if (fr != null) return fr;
                }
            }
            JsonNode children = n.get("children");
            if (children != null && children.isArray()) {
                for (JsonNode c : children) {
                    FrameRate fr = firstClipRate(c, depth + 1);
                    if (fr != null) return fr;
                }
            }
            return null;
        }

        /** Tracks of the top-level stack; a stack nested there adds its tracks. */
        void topLevel(ObjectNode stack, String path, int depth, List<TrackDraft> out) throws OtioException {
            if (depth > OtioJson.MAX_COMPOSITION_DEPTH) throw bad(path, "stacks nested more than " + OtioJson.MAX_COMPOSITION_DEPTH + " deep");
            ArrayNode children = optArr(stack, "children", path);
            if (children == null) return;
            for (int i = 0; i < children.size(); i++) {
                String cp = path + ".children[" + i + "]";
                ObjectNode c = obj(children.get(i), cp);
                String s = schema(c, cp);
                switch (s) {
                    case "Track" -> out.addAll(track(c, cp));
                    case "Stack" -> {
                        report.add(Kind.ADJUSTED, cp, "a stack among the timeline's tracks: its tracks were added as tracks of the timeline");
                        topLevel(c, cp, depth + 1, out);
                    }
                    default -> report.add(Kind.UNMAPPED, cp, "a " + c.get("OTIO_SCHEMA").asText() + " directly in the timeline's stack (not in a track) is not supported");
                }
            }
        }

        /** The track, followed by the tracks its nested stacks' overlapping layers need (none when nothing overlaps). */
        List<TrackDraft> track(ObjectNode t, String path) throws OtioException {
            ObjectNode meta = ours(t);
            String kindText = optText(t, "kind", path);
            TrackKind kind;
            if ("Video".equalsIgnoreCase(kindText)) kind = TrackKind.VIDEO;
            else if ("Audio".equalsIgnoreCase(kindText)) kind = TrackKind.AUDIO;
            else {
                report.add(Kind.UNMAPPED, path + ".kind", "a track of kind " + (kindText == null ? "(none)" : "'" + kindText + "'")
                        + " is neither Video nor Audio; not imported");
                return List.of();
            }
            boolean enabled = optBool(t, "enabled", path, true);
            String name = optText(t, "name", path);
            if (name != null && name.isEmpty() && meta.path("nullName").asBoolean(false)) name = null;
            boolean muted = meta.has("muted") ? meta.path("muted").asBoolean(false) : kind == TrackKind.AUDIO && !enabled;
            boolean hidden = meta.has("hidden") ? meta.path("hidden").asBoolean(false) : kind == TrackKind.VIDEO && !enabled;
            unmappedEffects(t, path, "track " + name);
            Layout l = sequence(t, path, kind, 0);
            Range sr = range(t, "source_range", path);
            List<KeptItem> keptItems = new ArrayList<>(l.keptItems);
            if (sr != null && (sr.start().signum() < 0 || (l.duration.signum() > 0 && sr.start().compareTo(l.duration) >= 0))) {
                // EDL-based tools write the record timecode (e.g. 00:59:53:11 as -86243 frames) as the track's trim
                report.add(Kind.ADJUSTED, path + ".source_range", "the track's source_range starts at frame " + rate.nearestFrame(sr.start())
                        + ", outside its items (frames 0 to " + rate.nearestFrame(l.duration) + "), as tools that write a start timecode there do; "
                        + "the trim was ignored and the track imported from its first item");
            } else if (sr != null) {
                report.add(Kind.ADJUSTED, path + ".source_range", "the track is trimmed; only its range " + sr.start().toDouble() + " s + "
                        + sr.duration().toDouble() + " s was imported");
                l = window(l, sr.start(), sr.duration(), Rational.ZERO, path);
                keptItems.clear();
            }
            markers.addAll(l.markers);
            l.markers.clear();
            String id = OtioJson.text(meta, "id");
            boolean solo = meta.path("solo").asBoolean(false), locked = meta.path("locked").asBoolean(false);
            List<Layout> layers = byLayer(l);
            List<TrackDraft> out = new ArrayList<>();
            ObjectNode kept = keptWith(foreignMetadata(t, path));
            if (!keptItems.isEmpty()) {
                ArrayNode items = kept.putArray("items");
                for (KeptItem k : keptItems) {
                    ObjectNode item = items.addObject();
                    item.put("start", k.start().toString());
                    item.put("duration", k.duration().toString());
                    item.set("item", k.json());
                }
            }
            out.add(new TrackDraft(path, kind, id, name, muted, solo, locked, hidden, layers.getFirst(), kept));
            for (int k = 1; k < layers.size(); k++) {
                // directly above their track, so that they paint over it and under the timeline's next track, as in the stack
                out.add(new TrackDraft(path, kind, null, (name == null || name.isBlank() ? kind.name().toLowerCase(Locale.ROOT) : name) + " · nested " + k,
                        muted, solo, locked, hidden, layers.get(k), OtioJson.object()));
            }
            if (layers.size() > 1) {
                report.add(Kind.ADJUSTED, path, "nested stacks on this track hold clips that overlap; " + (layers.size() - 1)
                        + (layers.size() == 2 ? " track was" : " tracks were") + " added above it to hold them");
            }
            return out;
        }

        /** The layout split by {@link ClipDraft#layer}: element k holds layer k's clips and transitions. */
        static List<Layout> byLayer(Layout l) {
            int count = 1;
            for (ClipDraft c : l.clips) count = Math.max(count, c.layer + 1);
            List<Layout> layers = new ArrayList<>();
            for (int k = 0; k < count; k++) layers.add(new Layout());
            for (ClipDraft c : l.clips) layers.get(c.layer).clips.add(c);
            for (TransitionDraft tr : l.transitions) layers.get(Math.min(tr.layer(), count - 1)).transitions.add(tr);
            for (Layout layer : layers) layer.duration = l.duration;
            return layers;
        }

        /** The items of a track laid one after another, in the track's own time. */
        Layout sequence(ObjectNode track, String path, TrackKind kind, int depth) throws OtioException {
            if (depth > OtioJson.MAX_COMPOSITION_DEPTH) throw bad(path, "stacks and tracks nested more than " + OtioJson.MAX_COMPOSITION_DEPTH + " deep");
            Layout l = new Layout();
            readMarkers(track, path, Rational.ZERO, Rational.ZERO, Rational.ONE, l.markers);
            ArrayNode children = optArr(track, "children", path);
            Rational pos = Rational.ZERO;
            for (int i = 0; children != null && i < children.size(); i++) {
                String cp = path + ".children[" + i + "]";
                ObjectNode c = obj(children.get(i), cp);
                String s = schema(c, cp);
                at = cp;
                switch (s) {
                    case "Gap" -> {
                        Range r = range(c, "source_range", cp);
                        Rational d = r != null ? r.duration() : gapDuration(c, cp);
                        readMarkers(c, cp, pos, r == null ? Rational.ZERO : r.start(), Rational.ONE, l.markers);
                        pos = pos.plus(d);
                    }
                    case "Clip" -> {
                        clipsSeen++;
                        ClipDraft clip = clip(c, cp, kind, pos, l);
                        if (clip != null) {
                            l.clips.add(clip);
                            pos = pos.plus(clip.duration);
                        }
                    }
                    case "Transition" -> l.transitions.add(transition(c, cp, pos));
                    case "Stack", "Track" -> {
                        Range r = range(c, "source_range", cp);
                        Layout inner = s.equals("Stack") ? stack(c, cp, kind, depth + 1) : sequence(c, cp, kind, depth + 1);
                        Rational start = r == null ? Rational.ZERO : r.start();
                        Rational d = r == null ? inner.duration : r.duration();
                        unmappedEffects(c, cp, "the nested " + s.toLowerCase(Locale.ROOT));
                        if (!inner.clips.isEmpty()) report.add(Kind.ADJUSTED, cp, "a nested " + s.toLowerCase(Locale.ROOT) + " was flattened into the track");
                        Layout w = window(inner, start, d, pos, cp);
                        l.clips.addAll(w.clips);
                        l.transitions.addAll(w.transitions);
                        l.markers.addAll(w.markers);
                        pos = pos.plus(d);
                    }
                    default -> {
                        Range r = range(c, "source_range", cp);
                        boolean keep = depth == 0 && r != null;
                        report.add(Kind.UNMAPPED, cp, "a " + c.get("OTIO_SCHEMA").asText() + " item is not supported; "
                                + (r == null ? "left out" : "left as a gap of " + r.duration().toDouble() + " s")
                                + (keep ? ", kept in the project file and written back on export" : ""));
                        if (keep) l.keptItems.add(new KeptItem(pos, r.duration(), c.deepCopy()));
                        if (r != null) pos = pos.plus(r.duration());
                    }
                }
                if (pos.compareTo(Rational.of(OtioTime.MAX_SECONDS)) > 0) throw bad(cp, "the track is longer than " + OtioTime.MAX_SECONDS + " s");
            }
            l.duration = pos;
            return l;
        }

        Rational gapDuration(ObjectNode gap, String path) throws OtioException {
            JsonNode d = gap.get("duration"); // very old files
            if (d != null && d.isObject()) return time(d, path + ".duration");
            throw bad(path + ".source_range", "a gap needs a source_range");
        }

        /**
         * A nested stack flattened into layers: its tracks of {@code kind} keep their order, bottom to top, but a track
         * shares a layer with the tracks below it wherever none of its clips overlaps theirs, so that the stack needs
         * only as many Cutroom tracks as its clips overlap. Nothing is dropped: painting the layers bottom to top
         * shows, at every frame, what the stack shows.
         */
        Layout stack(ObjectNode st, String path, TrackKind kind, int depth) throws OtioException {
            if (depth > OtioJson.MAX_COMPOSITION_DEPTH) throw bad(path, "stacks nested more than " + OtioJson.MAX_COMPOSITION_DEPTH + " deep");
            Layout out = new Layout();
            readMarkers(st, path, Rational.ZERO, Rational.ZERO, Rational.ONE, out.markers);
            ArrayNode children = optArr(st, "children", path);
            List<Layout> layers = new ArrayList<>();
            for (int i = 0; children != null && i < children.size(); i++) {
                String cp = path + ".children[" + i + "]";
                ObjectNode c = obj(children.get(i), cp);
                String s = schema(c, cp);
                if (s.equals("Track")) {
                    String k = optText(c, "kind", cp);
                    TrackKind tk = "Audio".equalsIgnoreCase(k) ? TrackKind.AUDIO : "Video".equalsIgnoreCase(k) ? TrackKind.VIDEO : null;
                    if (tk != kind) {
                        boolean empty = c.path("children").isArray() && c.get("children").isEmpty();
                        if (!empty) report.add(Kind.UNMAPPED, cp, "a " + (k == null ? "kind-less" : k) + " track inside a nested stack on a "
                                + kind.name().toLowerCase(Locale.ROOT) + " track is not supported; left out");
                        continue;
                    }
                    layers.add(sequence(c, cp, kind, depth + 1));
                } else if (s.equals("Stack")) {
                    layers.add(stack(c, cp, kind, depth + 1));
                } else {
                    // an item directly in a stack plays from the stack's start
                    Layout single = new Layout();
                    ObjectNode wrapper = OtioJson.object();
                    wrapper.set("children", OtioJson.array().add(c));
                    Layout seq = sequence(wrapper, path, kind, depth + 1);
                    single.clips.addAll(seq.clips);
                    single.transitions.addAll(seq.transitions);
                    single.markers.addAll(seq.markers);
                    single.duration = seq.duration;
                    layers.add(single);
                }
            }
            for (Layout layer : layers) {
                out.duration = out.duration.max(layer.duration);
                out.markers.addAll(layer.markers);
                stackOnto(out, layer);
            }
            out.clips.sort(Comparator.comparing(c -> c.start));
            return out;
        }

        /**
         * Puts {@code upper}'s clips onto {@code below}, each on the lowest layer above every clip of {@code below} it
         * overlaps (layer 0 where it overlaps none). Upper's own layers are taken in order, so its clips keep their
         * order too. A transition follows the clip that starts at its cut.
         */
        static void stackOnto(Layout below, Layout upper) {
            List<ClipDraft> ordered = new ArrayList<>(upper.clips);
            ordered.sort(Comparator.comparingInt((ClipDraft c) -> c.layer).thenComparing(c -> c.start));
            Map<ClipDraft, Integer> placed = new java.util.IdentityHashMap<>();
            for (ClipDraft c : ordered) {
                int layer = 0;
                for (ClipDraft o : below.clips) {
                    if (c.start.compareTo(o.start.plus(o.duration)) < 0 && o.start.compareTo(c.start.plus(c.duration)) < 0) layer = Math.max(layer, o.layer + 1);
                }
                ClipDraft n = c.copy();
                n.layer = layer;
                placed.put(c, layer);
                below.clips.add(n);
            }
            for (TransitionDraft t : upper.transitions) {
                int layer = 0;
                for (ClipDraft c : upper.clips) if (c.layer == t.layer() && c.start.equals(t.cut())) layer = placed.get(c);
                below.transitions.add(t.onLayer(layer));
            }
        }

        /** The part {@code [start, start + duration)} of {@code in}, moved to begin at {@code pos}. */
        Layout window(Layout in, Rational start, Rational duration, Rational pos, String path) {
            Layout out = new Layout();
            Rational end = start.plus(duration);
            Rational shift = pos.minus(start);
            for (ClipDraft c : in.clips) {
                Rational cs = c.start, ce = c.start.plus(c.duration);
                Rational s = cs.max(start), e = ce.min(end);
                if (e.compareTo(s) <= 0) {
                    report.add(Kind.ADJUSTED, c.path, "outside the used range of " + path + "; not on the timeline");
                    continue;
                }
                ClipDraft n = c.copy();
                if (s.compareTo(cs) > 0 || e.compareTo(ce) < 0) {
                    n.mediaStart = c.mediaStart.plus(s.minus(cs).times(c.speed));
                    n.exactSourceIn = null;
                }
                n.start = s.plus(shift);
                n.duration = e.minus(s);
                out.clips.add(n);
            }
            for (TransitionDraft t : in.transitions) {
                if (t.cut().compareTo(start) > 0 && t.cut().compareTo(end) < 0) out.transitions.add(t.shift(shift));
                else report.add(Kind.UNMAPPED, t.path(), "outside the used range of " + path + "; left out");
            }
            for (MarkerDraft m : in.markers) {
                if (m.start().compareTo(start) >= 0 && m.start().compareTo(end) < 0) out.markers.add(m.shift(shift));
                else report.add(Kind.UNMAPPED, m.path(), "marker outside the used range of " + path + "; left out");
            }
            out.duration = duration;
            return out;
        }

        void unmappedEffects(ObjectNode n, String path, String what) throws OtioException {
            ArrayNode effects = optArr(n, "effects", path);
            if (effects == null) return;
            for (int i = 0; i < effects.size(); i++) {
                ObjectNode e = obj(effects.get(i), path + ".effects[" + i + "]");
                report.add(Kind.UNMAPPED, path + ".effects[" + i + "]", "effect " + effectName(e) + " on " + what + " is not supported; left out");
            }
        }

        static String effectName(ObjectNode e) {
            String name = OtioJson.text(e, "effect_name");
            String schema = OtioJson.text(e, "OTIO_SCHEMA");
            return (name == null || name.isEmpty() ? "" : "'" + name + "' ") + "(" + (schema == null ? "no schema" : schema) + ")";
        }

        // ------------------------------------------------------------------ items

        TransitionDraft transition(ObjectNode t, String path, Rational pos) throws OtioException {
            Rational in = time(t.get("in_offset"), path + ".in_offset");
            Rational out = time(t.get("out_offset"), path + ".out_offset");
            if (in.signum() < 0 || out.signum() < 0) throw bad(path, "transition offsets must not be negative");
            ObjectNode meta = ours(t);
            String type = optText(t, "transition_type", path);
            String kind = OtioJson.text(meta, "kind");
            if (kind == null && "SMPTE_Dissolve".equals(type)) kind = DISSOLVE_KIND;
            return new TransitionDraft(path, pos, in, out, kind == null ? "?" + type : kind, OtioJson.text(meta, "id"), keptWith(foreignMetadata(t, path)), 0);
        }

        ClipDraft clip(ObjectNode c, String path, TrackKind kind, Rational pos, Layout l) throws OtioException {
            ObjectNode meta = ours(c);
            ClipDraft d = new ClipDraft();
            d.path = path;
            d.start = pos;
            String name = optText(c, "name", path);
            if (name != null && name.isEmpty() && meta.path("nullName").asBoolean(false)) name = null;
            d.name = name;
            d.enabled = optBool(c, "enabled", path, true);
            d.kept = keptWith(foreignMetadata(c, path));

            // references: Clip.2 media_references + active key, or Clip.1 media_reference
            Map<String, ObjectNode> refs = new LinkedHashMap<>();
            Map<String, String> refPaths = new HashMap<>();
            String activeKey;
            ObjectNode refMap = optObj(c, "media_references", path);
            if (refMap != null) {
                var it = refMap.fields();
                while (it.hasNext()) {
                    var e = it.next();
                    String rp = path + ".media_references." + e.getKey();
                    refs.put(e.getKey(), obj(e.getValue(), rp));
                    refPaths.put(e.getKey(), rp);
                }
                activeKey = optText(c, "active_media_reference_key", path);
                if (activeKey == null || !refs.containsKey(activeKey)) {
                    if (!refs.isEmpty()) {
                        String first = refs.keySet().iterator().next();
                        if (activeKey != null) report.add(Kind.ADJUSTED, path + ".active_media_reference_key", "no reference '" + activeKey + "'; '" + first + "' used");
                        activeKey = first;
                    }
                }
            } else {
                ObjectNode ref = optObj(c, "media_reference", path);
                activeKey = "DEFAULT_MEDIA";
                if (ref != null) {
                    refs.put(activeKey, ref);
                    refPaths.put(activeKey, path + ".media_reference");
                }
            }
            if (refs.isEmpty()) {
                ObjectNode missing = OtioJson.object();
                missing.put("OTIO_SCHEMA", "MissingReference.1");
                refs.put("DEFAULT_MEDIA", missing);
                refPaths.put("DEFAULT_MEDIA", path);
                activeKey = "DEFAULT_MEDIA";
            }
            Map<String, MediaDraft> mediaOfKey = new LinkedHashMap<>();
            Map<String, Range> availOfKey = new HashMap<>();
            for (var e : refs.entrySet()) {
                String rp = refPaths.get(e.getKey());
                Range avail = range(e.getValue(), "available_range", rp);
                availOfKey.put(e.getKey(), avail);
                mediaOfKey.put(e.getKey(), media(e.getValue(), rp, name, avail));
            }
            MediaDraft activeMedia = mediaOfKey.get(activeKey);
            Range avail = availOfKey.get(activeKey);

            Range sr = range(c, "source_range", path);
            if (sr == null) {
                if (avail == null) {
                    report.add(Kind.UNMAPPED, path, "a clip with neither source_range nor available_range has no length; left out");
                    return null;
                }
                sr = avail;
            }
            d.duration = sr.duration();
            d.mediaStart = sr.start().minus(activeMedia.availStart);
            for (MediaDraft m : mediaOfKey.values()) {
                if (kind == TrackKind.VIDEO) m.usedVideo = true;
                else m.usedAudio = true;
            }

            // speed
            ArrayNode effects = optArr(c, "effects", path);
            ArrayNode keptEffects = OtioJson.array();
            for (int i = 0; effects != null && i < effects.size(); i++) {
                String ep = path + ".effects[" + i + "]";
                ObjectNode e = obj(effects.get(i), ep);
                String s = schema(e, ep);
                if (s.equals("LinearTimeWarp")) {
                    double ts = number(e, "time_scalar", ep);
                    if (Double.isNaN(ts) || Double.isInfinite(ts) || Math.abs(ts) > 1000) throw bad(ep + ".time_scalar", "speed must be a finite number up to 1000, got " + ts);
                    if (ts == 0) {
                        d.speed = freeze(d, ep);
                    } else {
                        if (ts < 0) report.add(Kind.UNMAPPED, ep, "reverse playback (time_scalar " + ts + ") is not supported; the clip plays forwards at " + (-ts));
                        Rational sp = OtioTime.speed(Math.abs(ts));
                        if (sp == null) throw bad(ep + ".time_scalar", "speed out of range: " + ts);
                        d.speed = d.speed.times(sp);
                    }
                } else if (s.equals("FreezeFrame")) {
                    d.speed = freeze(d, ep);
                } else {
                    report.add(Kind.UNMAPPED, ep, "effect " + effectName(e) + " is not supported; kept in the project file and written back on export");
                    keptEffects.add(e.deepCopy());
                }
            }
            if (!keptEffects.isEmpty()) d.kept.set("effects", keptEffects);

            // takes
            ArrayNode metaTakes = meta.get("takes") instanceof ArrayNode a ? a : null;
            boolean fromMeta = false;
            if (metaTakes != null && metaTakes.size() == refs.size()) {
                List<TakeDraft> takes = new ArrayList<>();
                for (JsonNode tn : metaTakes) {
                    String tid = OtioJson.text(tn, "id");
                    if (tid == null || !mediaOfKey.containsKey(tid)) { takes = null; break; }
                    Rational off = OtioJson.rational(tn, "offset");
                    takes.add(new TakeDraft(tid, mediaOfKey.get(tid), off == null ? Rational.ZERO : off, OtioJson.text(tn, "label"),
                            OtioJson.provenance(tn.get("provenance"))));
                }
                if (takes != null) { d.takes = takes; fromMeta = true; }
            }
            if (fromMeta) {
                for (int i = 0; i < d.takes.size(); i++) if (d.takes.get(i).id().equals(activeKey)) d.active = i;
            } else {
                // other tools' keys (DEFAULT_MEDIA, ...) repeat on every clip: new take ids, the key as label
                for (var e : mediaOfKey.entrySet()) {
                    String key = e.getKey();
                    if (key.equals(activeKey)) d.active = d.takes.size();
                    d.takes.add(new TakeDraft(null, e.getValue(), Rational.ZERO, key.equals("DEFAULT_MEDIA") ? "Original" : key, null));
                }
            }

            d.id = OtioJson.text(meta, "id");
            d.linkId = OtioJson.text(meta, "linkId");
            JsonNode vol = meta.get("volume");
            if (vol != null && vol.isNumber() && vol.doubleValue() >= 0 && vol.doubleValue() <= 1000) d.volume = vol.doubleValue();
            d.exactSourceIn = OtioJson.rational(meta, "sourceIn");
            d.exactSpeed = OtioJson.rational(meta, "speed");

            // clip markers are in the clip's media time: they stay on the clip's source
            readMarkers(c, path, Rational.ZERO, activeMedia.availStart, Rational.ONE, d.markers);
            return d;
        }

        Rational freeze(ClipDraft d, String path) {
            report.add(Kind.ADJUSTED, path, "a freeze frame: mapped as a speed that holds one source frame for the clip's length");
            long frames = Math.max(1, d.duration.times(rate.fps()).round());
            return Rational.of(1, frames);
        }

        void readMarkers(ObjectNode item, String path, Rational pos, Rational localStart, Rational speed, List<MarkerDraft> out) throws OtioException {
            ArrayNode ms = optArr(item, "markers", path);
            for (int i = 0; ms != null && i < ms.size(); i++) {
                String mp = path + ".markers[" + i + "]";
                ObjectNode m = obj(ms.get(i), mp);
                schema(m, mp);
                Range r = range(m, "marked_range", mp);
                if (r == null) r = range(m, "range", mp);
                if (r == null) throw bad(mp, "a marker needs a marked_range");
                ObjectNode meta = ours(m);
                Rational start = pos.plus(r.start().minus(localStart).dividedBy(speed));
                String name = optText(m, "name", mp);
                if (name != null && name.isEmpty() && meta.path("nullName").asBoolean(false)) name = null;
                String note = optText(m, "comment", mp);
                JsonNode resolve = m.path("metadata").path("Resolve_OTIO");
                if ((note == null || note.isEmpty()) && resolve.path("Note").isTextual()) note = resolve.get("Note").textValue();
                if (note != null && note.isEmpty() && (meta.path("nullNote").asBoolean(false) || !meta.has("id"))) note = null;
                String colour = OtioJson.text(meta, "colour");
                if (colour == null && !meta.has("id")) colour = MarkerColours.fromOtio(m.get("color"));
                out.add(new MarkerDraft(mp, start, r.duration().dividedBy(speed), name, colour, note, OtioJson.text(meta, "id"),
                        keptWith(foreignMetadata(m, mp))));
            }
        }

        // ------------------------------------------------------------------ media

        MediaDraft media(ObjectNode ref, String path, String clipName, Range avail) throws OtioException {
            String schema = schema(ref, path);
            ObjectNode meta = ours(ref);
            String metaId = OtioJson.text(meta, "mediaId");
            String refName = optText(ref, "name", path);
            String label = refName != null && !refName.isBlank() ? refName : clipName != null && !clipName.isBlank() ? clipName : "media";
            String key;
            String storedPath;
            String error = null;
            switch (schema) {
                case "ExternalReference" -> {
                    String url = optText(ref, "target_url", path);
                    MediaLocator.Located loc = locator.locate(url, path + ".target_url");
                    storedPath = loc.stored();
                    error = loc.error();
                    key = "url:" + (loc.resolved() != null ? loc.resolved() : url);
                }
                case "MissingReference" -> {
                    storedPath = "missing:" + label;
                    error = "missing media: the OpenTimelineIO file has no reference for it (MissingReference)";
                    key = "missing:" + label;
                    report.add(Kind.OFFLINE, path, "clip '" + label + "' has no media (MissingReference); kept as offline media");
                }
                case "GeneratorReference" -> {
                    String kind = optText(ref, "generator_kind", path);
                    storedPath = "generator:" + (kind == null ? "unknown" : kind);
                    error = "generated media (" + (kind == null ? "unknown kind" : kind) + ") is not supported";
                    key = "generator:" + path;
                    report.add(Kind.UNMAPPED, path, "generator reference " + (kind == null ? "" : "'" + kind + "' ")
                            + "is not supported; the clip is kept with offline media, and the generator is written back on export");
                }
                case "ImageSequenceReference" -> {
                    String base = optText(ref, "target_url_base", path), prefix = optText(ref, "name_prefix", path), suffix = optText(ref, "name_suffix", path);
                    storedPath = (base == null ? "" : base) + (prefix == null ? "" : prefix) + "#" + (suffix == null ? "" : suffix);
                    error = "image sequence media is not supported";
                    key = "sequence:" + storedPath;
                    report.add(Kind.OFFLINE, path, "image sequence " + storedPath + " is not supported; the clip is kept with offline media, "
                            + "and the reference is written back on export");
                }
                default -> {
                    storedPath = "unsupported:" + label;
                    error = "media reference of type " + ref.get("OTIO_SCHEMA").asText() + " is not supported";
                    key = "ref:" + path;
                    report.add(Kind.UNMAPPED, path, "media reference " + ref.get("OTIO_SCHEMA").asText()
                            + " is not supported; kept as offline media, and written back on export");
                }
            }
            String metaError = OtioJson.text(meta, "error");
            if (error == null && metaError != null && !meta.has("info")) error = metaError; // offline in Cutroom when exported
            if (metaId != null) key = metaId + "|" + key;
            if (avail != null) key = key + "|" + avail.start();
            MediaDraft m = mediaByKey.get(key);
            if (m != null) return m;
            m = new MediaDraft();
            m.id = metaId;
            m.path = storedPath;
            m.error = error;
            m.refPath = path;
            m.metaInfo = error == null ? OtioJson.info(meta.get("info")) : null;
            if (avail != null) {
                m.availStart = avail.start();
                m.availDuration = avail.duration();
                m.availRate = avail.rate();
            }
            ObjectNode kept = keptWith(foreignMetadata(ref, path));
            if (!m.availStart.isZero()) kept.put("availableStart", m.availStart.toString());
            if (!schema.equals("ExternalReference")) {
                ObjectNode original = ref.deepCopy();
                original.remove("metadata");
                kept.set("reference", original);
            }
            m.kept = kept;
            mediaByKey.put(key, m);
            return m;
        }

        // ------------------------------------------------------------------ building

        Track buildTrack(TrackDraft t) throws OtioException {
            String trackId = claimId(t.id(), "track");
            List<ClipDraft> drafts = new ArrayList<>(t.layout().clips);
            drafts.sort(Comparator.comparing(c -> c.start));
            List<Clip> clips = new ArrayList<>();
            long prevEnd = 0;
            for (ClipDraft d : drafts) {
                at = d.path;
                Rational fps = rate.fps();
                Rational startF = d.start.times(fps), endF = d.start.plus(d.duration).times(fps);
                long start = startF.round(), end = endF.round();
                if (startF.den() != 1 || endF.den() != 1) {
                    report.add(Kind.ADJUSTED, d.path, "not on the timeline's frame grid (" + startF.toDouble() + " to " + endF.toDouble()
                            + " frames at " + rate + " fps); snapped to frames " + start + " to " + end);
                }
                Rational mediaStart = d.mediaStart.plus(rate.toSeconds(start).minus(d.start).times(d.speed));
                if (start < prevEnd) {
                    report.add(Kind.ADJUSTED, d.path, "overlaps the clip before it on the track; its start was moved from frame " + start + " to " + prevEnd);
                    mediaStart = mediaStart.plus(rate.toSeconds(prevEnd - start).times(d.speed));
                    start = prevEnd;
                }
                if (end - start < 1) {
                    report.add(Kind.UNMAPPED, d.path, "shorter than one frame at " + rate + " fps; left out");
                    continue;
                }
                Rational speed = d.speed;
                if (d.exactSpeed != null && d.exactSpeed.signum() > 0 && Math.abs(d.exactSpeed.toDouble() - speed.toDouble()) <= 1e-9 * speed.toDouble()) {
                    speed = d.exactSpeed;
                }
                TakeDraft active = d.takes.get(d.active);
                Rational sourceIn = mediaStart.plus(active.offset());
                if (d.exactSourceIn != null && close(d.exactSourceIn, sourceIn, rate.frameDuration().times(Rational.of(1, 2)))) sourceIn = d.exactSourceIn;
                if (sourceIn.minus(active.offset()).signum() < 0) {
                    report.add(Kind.ADJUSTED, d.path, "starts " + sourceIn.minus(active.offset()).negate().toDouble()
                            + " s before its media's available range; moved to the start of the media");
                    sourceIn = active.offset();
                }
                Rational mediaEnd = sourceIn.minus(active.offset()).plus(rate.toSeconds(end - start).times(speed));
                MediaDraft m = active.media();
                m.neededEnd = m.neededEnd.max(mediaEnd);
                List<Take> takes = new ArrayList<>();
                String activeId = null;
                Set<String> takeIds = new HashSet<>();
                for (int i = 0; i < d.takes.size(); i++) {
                    TakeDraft td = d.takes.get(i);
                    String tid = claimId(td.id(), "take");
                    takeIds.add(tid);
                    takes.add(new Take(tid, mediaKey(td.media()), td.offset(), td.label(), td.provenance()));
                    if (i == d.active) activeId = tid;
                }
                String clipId = claimId(d.id, "clip");
                List<ClipMarker> clipMarkers = new ArrayList<>();
                Set<String> markerIds = new HashSet<>();
                for (MarkerDraft cm : d.markers) {
                    String mid = cm.id() != null && !cm.id().isBlank() && cm.id().length() <= 200 && markerIds.add(cm.id()) ? cm.id() : null;
                    while (mid == null) {
                        String fresh = ids.next("marker");
                        if (markerIds.add(fresh)) mid = fresh;
                    }
                    clipMarkers.add(new ClipMarker(mid, cm.name(), cm.start().plus(active.offset()), cm.duration(), cm.colour(), cm.note()));
                    if (!cm.kept().isEmpty()) keptClipMarkers.put(clipId + "/" + mid, cm.kept());
                }
                clipMarkers.sort(Comparator.comparing(ClipMarker::sourceTime));
                clips.add(new Clip(clipId, d.name, start, end - start, sourceIn, speed, d.volume, d.enabled, takes, activeId, d.linkId, clipMarkers));
                keptClips.put(clipId, d.kept);
                prevEnd = end;
            }
            List<Transition> transitions = new ArrayList<>();
            Map<Long, Integer> clipStartingAt = new HashMap<>();
            for (int i = 1; i < clips.size(); i++) if (clips.get(i - 1).end() == clips.get(i).start()) clipStartingAt.put(clips.get(i).start(), i);
            Set<String> transitionIds = new HashSet<>();
            Set<Long> cutsWithTransition = new HashSet<>();
            for (TransitionDraft tr : t.layout().transitions) {
                at = tr.path();
                if (tr.kind().startsWith("?")) {
                    report.add(Kind.UNMAPPED, tr.path(), "transition of kind '" + tr.kind().substring(1) + "' is not supported; left out (a cut)");
                    continue;
                }
                long cut = tr.cut().times(rate.fps()).round();
                long in = tr.in().times(rate.fps()).round(), out = tr.out().times(rate.fps()).round();
                int right = clipStartingAt.getOrDefault(cut, -1);
                if (right < 0) {
                    report.add(Kind.UNMAPPED, tr.path(), "a transition that is not on a cut between two touching clips (e.g. a fade at the track's start or end) is not supported; left out");
                    continue;
                }
                Clip lc = clips.get(right - 1), rc = clips.get(right);
                if (in > lc.duration() || out > rc.duration()) {
                    report.add(Kind.ADJUSTED, tr.path(), "the transition is longer than the clips around it; shortened");
                    in = Math.min(in, lc.duration());
                    out = Math.min(out, rc.duration());
                }
                if (!cutsWithTransition.add(cut)) {
                    report.add(Kind.UNMAPPED, tr.path(), "a second transition on the cut at frame " + cut + "; left out");
                    continue;
                }
                String trId = claimTransitionId(tr.id(), transitionIds);
                transitionIds.add(trId);
                transitions.add(new Transition(trId, tr.kind(), cut, in, out));
                if (!tr.kept().isEmpty()) keptTransitions.put(trackId + "/" + trId, tr.kept());
            }
            if (!t.kept().isEmpty()) keptTracks.put(trackId, t.kept());
            return new Track(trackId, t.kind(), t.name(), clips, transitions, t.muted(), t.solo(), t.locked(), t.hidden());
        }

        final Map<String, ObjectNode> keptClips = new HashMap<>();
        final Map<String, ObjectNode> keptTracks = new HashMap<>();
        final Map<String, ObjectNode> keptTransitions = new HashMap<>();
        final Map<String, ObjectNode> keptMarkers = new HashMap<>();
        final Map<String, ObjectNode> keptClipMarkers = new HashMap<>();
        final Map<String, ObjectNode> keptMedia = new HashMap<>();
        /** Media drafts by a temporary key, replaced by real ids in {@link #buildMedia}. */
        final Map<String, MediaDraft> mediaByTemp = new LinkedHashMap<>();

        final Map<MediaDraft, String> tempOfMedia = new java.util.IdentityHashMap<>();

        String mediaKey(MediaDraft m) {
            String known = tempOfMedia.get(m);
            if (known != null) return known;
            String k = "\0media-" + mediaByTemp.size();
            mediaByTemp.put(k, m);
            tempOfMedia.put(m, k);
            return k;
        }

        String claimTransitionId(String wanted, Set<String> taken) {
            if (wanted != null && !wanted.isBlank() && wanted.length() <= 200 && !taken.contains(wanted)) return wanted;
            String id;
            do { id = ids.next("transition"); } while (taken.contains(id));
            return id;
        }

        static boolean close(Rational a, Rational b, Rational tolerance) {
            Rational d = a.minus(b);
            if (d.signum() < 0) d = d.negate();
            return d.compareTo(tolerance) <= 0;
        }

        List<Marker> buildMarkers() {
            List<Marker> out = new ArrayList<>();
            for (MarkerDraft m : markers) {
                at = m.path();
                long frame = m.start().times(rate.fps()).round();
                long duration = Math.max(0, m.duration().times(rate.fps()).round());
                if (frame < 0) {
                    report.add(Kind.UNMAPPED, m.path(), "marker before the timeline's start; left out");
                    continue;
                }
                String id = claimId(m.id(), "marker");
                out.add(new Marker(id, m.name(), frame, duration, m.colour(), m.note()));
                if (!m.kept().isEmpty()) keptMarkers.put(id, m.kept());
            }
            out.sort(Comparator.comparingLong(Marker::frame));
            return out;
        }

        /** Media items for the drafts, with ids, info and errors, in the order the file's metadata gives. */
        List<MediaItem> buildMedia(ObjectNode meta, String rootPath) throws OtioException {
            Map<String, String> tempToId = new HashMap<>();
            List<MediaItem> items = new ArrayList<>();
            for (var e : mediaByTemp.entrySet()) {
                MediaDraft m = e.getValue();
                at = m.refPath;
                String id = claimId(m.id, "media");
                tempToId.put(e.getKey(), id);
                items.add(mediaItem(id, m));
                if (!m.kept.isEmpty()) keptMedia.put(id, m.kept);
            }
            // media in the bin that no clip uses (written by Cutroom)
            JsonNode unused = meta.get("unusedMedia");
            if (unused != null && unused.isArray()) {
                for (int i = 0; i < unused.size(); i++) {
                    String up = rootPath + ".metadata.cutroom.unusedMedia[" + i + "]";
                    ObjectNode ref = obj(unused.get(i), up);
                    if (!"ExternalReference".equals(schema(ref, up))) continue;
                    Range avail = range(ref, "available_range", up);
                    MediaDraft m = media(ref, up, null, avail);
                    if (tempOfMedia.containsKey(m)) continue;
                    String id = claimId(m.id, "media");
                    items.add(mediaItem(id, m));
                    if (!m.kept.isEmpty()) keptMedia.put(id, m.kept);
                }
            }
            JsonNode order = meta.get("mediaOrder");
            if (order != null && order.isArray()) {
                Map<String, Integer> pos = new HashMap<>();
                for (int i = 0; i < order.size(); i++) if (order.get(i).isTextual()) pos.putIfAbsent(order.get(i).textValue(), i);
                items.sort(Comparator.comparingInt(mi -> pos.getOrDefault(mi.id(), Integer.MAX_VALUE)));
            }
            this.tempIds = tempToId;
            return items;
        }

        Map<String, String> tempIds = Map.of();

        MediaItem mediaItem(String id, MediaDraft m) {
            if (m.error != null) return MediaItem.failed(id, m.path, m.error);
            MediaInfo info = m.metaInfo;
            if (info != null) {
                boolean fits = info.duration() != null && info.duration().compareTo(m.neededEnd) >= 0
                        && (!m.usedVideo || info.hasVideo()) && (!m.usedAudio || info.hasAudio())
                        && (m.availDuration == null || m.availDuration.equals(info.duration()));
                if (!fits) {
                    report.add(Kind.ADJUSTED, m.refPath, "the media info in the file's cutroom metadata does not fit the OTIO ranges or the clips; taken from the OTIO ranges instead");
                    info = null;
                }
            }
            if (info == null) {
                Rational duration = m.availDuration;
                if (duration == null) {
                    duration = m.neededEnd;
                } else if (duration.compareTo(m.neededEnd) < 0) {
                    report.add(Kind.ADJUSTED, m.refPath, "clips use more of this media than its available_range (" + duration.toDouble()
                            + " s); taken as " + m.neededEnd.toDouble() + " s until the media is probed");
                    duration = m.neededEnd;
                }
                boolean video = m.usedVideo || (!m.usedAudio && m.availRate != null && !m.availRate.equals(new FrameRate(48_000, 1)));
                FrameRate vr = m.availRate != null && m.availRate.toDouble() <= 1000 ? m.availRate : rate;
                info = new MediaInfo("unknown (from OpenTimelineIO)", duration,
                        video ? new MediaInfo.VideoStreamInfo(width, height, vr, 0, "unknown", -1) : null,
                        m.usedAudio || !video ? new MediaInfo.AudioStreamInfo(sampleRate, channels, "unknown") : null);
            }
            return MediaItem.probed(id, m.path, info);
        }

        int width = 1920, height = 1080, sampleRate = 48_000, channels = 2;

        // ------------------------------------------------------------------ extras

        /**
         * Replaces temporary media ids, puts the kept OTIO content on the project file's objects and reads that tree
         * back with {@link ProjectJson#fromTree}, which gives the {@link Extras} and checks every model rule.
         */
        Result withExtras(Project project, ObjectNode timelineKept) throws OtioException {
            at = "$";
            // temporary media ids in takes -> real ids
            List<Track> tracks = new ArrayList<>();
            for (Track t : project.timeline().tracks()) {
                List<Clip> clips = new ArrayList<>();
                for (Clip c : t.clips()) {
                    List<Take> takes = new ArrayList<>();
                    for (Take k : c.takes()) takes.add(new Take(k.id(), tempIds.getOrDefault(k.mediaId(), k.mediaId()), k.offset(), k.label(), k.provenance()));
                    clips.add(c.withTakes(takes, c.activeTakeId()));
                }
                tracks.add(t.withClips(clips));
            }
            project = project.withTimeline(project.timeline().withTracks(tracks));

            ObjectNode tree = ProjectJson.toTree(project, Extras.NONE);
            if (!timelineKept.isEmpty()) ((ObjectNode) tree.get("timeline")).set(EXTRAS_FIELD, timelineKept);
            for (JsonNode m : tree.path("media")) put(m, keptMedia.get(m.path("id").asText()));
            for (JsonNode m : tree.path("timeline").path("markers")) put(m, keptMarkers.get(m.path("id").asText()));
            for (JsonNode t : tree.path("timeline").path("tracks")) {
                String tid = t.path("id").asText();
                put(t, keptTracks.get(tid));
                for (JsonNode c : t.path("clips")) {
                    put(c, keptClips.get(c.path("id").asText()));
                    for (JsonNode m : c.path("markers")) put(m, keptClipMarkers.get(c.path("id").asText() + "/" + m.path("id").asText()));
                }
                for (JsonNode x : t.path("transitions")) put(x, keptTransitions.get(tid + "/" + x.path("id").asText()));
            }
            try {
                LoadedProject loaded = ProjectJson.fromTree(tree, source, projectFolder);
                return new Result(loaded.project(), loaded.extras(), report.build());
            } catch (ProjectFileException e) {
                throw new OtioException(source, null, "the imported timeline breaks a rule of Cutroom's model: " + e.getMessage(), e);
            }
        }

        static void put(JsonNode target, ObjectNode kept) {
            if (kept != null && !kept.isEmpty() && target instanceof ObjectNode o) o.set(EXTRAS_FIELD, kept);
        }
    }
}

package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;

import java.util.List;

/** The chain of {@link Upgrader}s, one per version step, ending at {@link ProjectJson#VERSION}. */
public final class Upgraders {
    /** Index {@code i} upgrades {@code Project.i} to {@code Project.i+1}. */
    public static final List<Upgrader> CHAIN = List.of(new V0ToV1(), new V1ToV2());

    static {
        for (int i = 0; i < CHAIN.size(); i++) {
            if (CHAIN.get(i).from() != i) throw new ExceptionInInitializerError("upgrader " + i + " reads version " + CHAIN.get(i).from());
        }
        if (CHAIN.size() != ProjectJson.VERSION) throw new ExceptionInInitializerError("upgrade chain does not reach Project." + ProjectJson.VERSION);
    }

    private Upgraders() {}

    /** Runs the steps from {@code version} up to the current version on {@code root} (modified in place). */
    public static ObjectNode upgrade(ObjectNode root, int version, String source) throws ProjectFileException {
        for (int v = version; v < ProjectJson.VERSION; v++) {
            CHAIN.get(v).upgrade(root, source);
            root.put("schema", "Project." + (v + 1));
        }
        return root;
    }

    /**
     * Project.1 to Project.2: clips gained {@code markers} (clip markers on the clip's source time). Project.1 had no
     * such field, so a {@code markers} property on a Project.1 clip is someone else's extension: it is renamed
     * {@code markersFromProject1} so that it survives as an extra instead of being read as clip markers. Every
     * Cutroom object's schema goes from {@code X.1} to {@code X.2}.
     */
    static final class V1ToV2 implements Upgrader {
        @Override
        public int from() { return 1; }

        @Override
        public void upgrade(ObjectNode root, String source) {
            for (JsonNode m : root.path("media")) {
                if (!(m instanceof ObjectNode mo)) continue;
                bump(mo);
                if (mo.get("info") instanceof ObjectNode info) {
                    bump(info);
                    if (info.get("video") instanceof ObjectNode v) bump(v);
                    if (info.get("audio") instanceof ObjectNode a) bump(a);
                }
            }
            if (!(root.get("timeline") instanceof ObjectNode t)) return; // the reader names what is missing
            bump(t);
            for (JsonNode m : t.path("markers")) if (m instanceof ObjectNode mo) bump(mo);
            for (JsonNode track : t.path("tracks")) {
                if (!(track instanceof ObjectNode to)) continue;
                bump(to);
                for (JsonNode tr : to.path("transitions")) if (tr instanceof ObjectNode o) bump(o);
                for (JsonNode clip : to.path("clips")) {
                    if (!(clip instanceof ObjectNode c)) continue;
                    bump(c);
                    JsonNode foreign = c.remove("markers");
                    if (foreign != null) c.set("markersFromProject1", foreign);
                    for (JsonNode take : c.path("takes")) {
                        if (!(take instanceof ObjectNode k)) continue;
                        bump(k);
                        if (k.get("provenance") instanceof ObjectNode p) bump(p);
                    }
                }
            }
        }

        private static void bump(ObjectNode n) {
            JsonNode s = n.get("schema");
            if (s != null && s.isTextual() && s.textValue().endsWith(".1")) {
                n.put("schema", s.textValue().substring(0, s.textValue().length() - 2) + ".2");
            }
        }
    }

    /**
     * Project.0 (Cutroom 0.0 previews) to Project.1.
     * <ul>
     *   <li>Timeline {@code "fps"} became {@code "rate"}; track {@code "type"} became {@code "kind"}.</li>
     *   <li>Clips stored {@code "start"}/{@code "end"} as decimal seconds (strings) and {@code "in"} as decimal
     *       seconds; they now store {@code start}/{@code duration} in timeline frames and {@code sourceIn} exactly.
     *       Times are taken to the nearest frame boundary.</li>
     *   <li>Clips named one {@code "media"}; now they hold a list of takes: the media becomes the original take,
     *       with id {@code "take-" + clipId}.</li>
     *   <li>Every object's schema goes from {@code X.0} to {@code X.1}.</li>
     * </ul>
     */
    static final class V0ToV1 implements Upgrader {
        @Override
        public int from() { return 0; }

        @Override
        public void upgrade(ObjectNode root, String source) throws ProjectFileException {
            JsonNode media = root.get("media");
            if (media instanceof ArrayNode ma) for (JsonNode m : ma) if (m instanceof ObjectNode mo) bump(mo, "MediaItem");
            if (!(root.get("timeline") instanceof ObjectNode t)) throw bad(source, "timeline", "required object is missing");
            bump(t, "Timeline");
            JsonNode fps = t.remove("fps");
            if (fps == null) throw bad(source, "timeline.fps", "required frame rate is missing");
            FrameRate rate;
            try {
                rate = FrameRate.parse(fps.asText());
            } catch (RuntimeException e) {
                throw bad(source, "timeline.fps", "expected a frame rate such as \"25\" or \"30000/1001\", found " + fps);
            }
            t.put("rate", rate.num() + "/" + rate.den());
            if (!(t.get("tracks") instanceof ArrayNode tracks)) throw bad(source, "timeline.tracks", "required array is missing");
            for (int i = 0; i < tracks.size(); i++) {
                if (!(tracks.get(i) instanceof ObjectNode track)) throw bad(source, "timeline.tracks[" + i + "]", "expected an object");
                bump(track, "Track");
                JsonNode type = track.remove("type");
                if (type != null && !track.has("kind")) track.set("kind", type);
                if (!(track.get("clips") instanceof ArrayNode clips)) continue;
                for (int j = 0; j < clips.size(); j++) {
                    String path = "timeline.tracks[" + i + "].clips[" + j + "]";
                    if (!(clips.get(j) instanceof ObjectNode clip)) throw bad(source, path, "expected an object");
                    upgradeClip(clip, rate, source, path);
                }
            }
        }

        private static void upgradeClip(ObjectNode clip, FrameRate rate, String source, String path) throws ProjectFileException {
            bump(clip, "Clip");
            Rational start = seconds(clip.remove("start"), source, path + ".start");
            Rational end = seconds(clip.remove("end"), source, path + ".end");
            long startFrame = rate.nearestFrame(start);
            long endFrame = rate.nearestFrame(end);
            clip.put("start", startFrame);
            clip.put("duration", endFrame - startFrame);
            JsonNode in = clip.remove("in");
            Rational sourceIn = in == null ? Rational.ZERO : seconds(in, source, path + ".in");
            ProjectTreeWriter.putRational(clip, "sourceIn", sourceIn);
            JsonNode speed = clip.get("speed");
            if (speed != null && speed.isTextual()) {
                try {
                    ProjectTreeWriter.putRational(clip, "speed", Rational.parse(speed.textValue()));
                } catch (IllegalArgumentException e) {
                    throw bad(source, path + ".speed", "expected a number, found " + speed);
                }
            }
            JsonNode mediaId = clip.remove("media");
            if (mediaId == null || !mediaId.isTextual()) throw bad(source, path + ".media", "required media id is missing");
            JsonNode id = clip.get("id");
            if (id == null || !id.isTextual()) throw bad(source, path + ".id", "required text is missing");
            String takeId = "take-" + id.textValue();
            ObjectNode take = clip.putArray("takes").addObject();
            take.put("schema", "Take.1");
            take.put("id", takeId);
            take.put("mediaId", mediaId.textValue());
            take.put("offset", "0/1");
            take.put("label", "Original");
            clip.put("activeTakeId", takeId);
        }

        private static Rational seconds(JsonNode n, String source, String path) throws ProjectFileException {
            if (n == null || n.isNull()) throw bad(source, path, "required time in seconds is missing");
            try {
                return Rational.parse(n.isNumber() ? n.decimalValue().toPlainString() : n.asText());
            } catch (IllegalArgumentException e) {
                throw bad(source, path, "expected seconds such as \"1.5\", found " + n);
            }
        }

        private static void bump(ObjectNode n, String name) {
            JsonNode s = n.get("schema");
            if (s == null || (name + ".0").equals(s.asText())) n.put("schema", name + ".1");
        }

        private static ProjectFileException bad(String source, String path, String problem) {
            return new ProjectFileException(Kind.INVALID, source, path, "(Project.0 file) " + problem, null);
        }
    }
}

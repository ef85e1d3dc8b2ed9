package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.TimeRange;
import dev.cutroom.timeline.model.Track;

import java.io.PrintStream;
import java.util.Locale;

import static dev.cutroom.app.cli.TerminalText.safe;

/** What {@code cutroom project info} prints: a readable outline, or the same facts as JSON. */
final class ProjectReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        JSON.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
    }

    /** JSON escapes for what Jackson leaves raw but a terminal may act on: DEL, C1 controls and bidi overrides. */
    private static final class TerminalSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafeEscapes() { ascii[0x7f] = ESCAPE_STANDARD; }

        @Override
        public int[] getEscapeCodesForAscii() { return ascii; }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            String safe = TerminalText.safe(String.valueOf((char) ch));
            return safe.length() == 1 ? null : new com.fasterxml.jackson.core.io.SerializedString(safe);
        }
    }

    private ProjectReport() {}

    static void printText(Project project, PrintStream out) {
        var timeline = project.timeline();
        FrameRate rate = timeline.rate();
        out.printf(Locale.ROOT, "%s: %dx%d at %s fps, %d Hz x%d, %d frames (%s)%n", safe(project.name()), timeline.width(), timeline.height(),
                rate, timeline.sampleRate(), timeline.channels(), timeline.duration(), TimeArgument.timecode(timeline.duration(), rate));
        out.printf("Media: %d item(s)%n", project.media().size());
        for (MediaItem m : project.media()) {
            out.printf("  %s  %s%s%n", safe(m.id()), safe(m.path()), m.error() == null ? "" : "  [error: " + safe(m.error()) + "]");
        }
        for (Track track : timeline.tracks()) {
            out.printf("%s %s (%s)%s: %d clip(s)%n", track.kind(), safe(track.name()), safe(track.id()), flags(track), track.clips().size());
            for (Clip clip : track.clips()) {
                TimeRange source = clip.sourceRange(rate);
                out.printf(Locale.ROOT, "  %-18s %-16s %s +%d frames  source %.3f-%.3f s  speed %s  take %s (%d take%s)%s%n",
                        safe(clip.id()), safe(trimName(clip.shownName())), TimeArgument.timecode(clip.start(), rate), clip.duration(),
                        source.start().toDouble(), source.end().toDouble(), clip.speed(), safe(clip.activeTakeId()),
                        clip.takes().size(), clip.takes().size() == 1 ? "" : "s", clip.enabled() ? "" : "  [disabled]");
                for (ClipMarker m : clip.markers()) {
                    long at = clip.markerPosition(rate, m).floor();
                    boolean shown = clip.visibleMarkers(rate).contains(m);
                    out.printf(Locale.ROOT, "    clip marker %s %s at source %.3f s%s%s%n", m.id(), m.name() == null ? "" : "'" + m.name() + "'",
                            m.sourceTime().toDouble(), shown ? " (timeline " + TimeArgument.timecode(at, rate) + ")" : " (outside the clip's source range)",
                            m.note() == null ? "" : ": " + m.note());
                }
            }
        }
        if (!timeline.markers().isEmpty()) out.printf("Markers: %d%n", timeline.markers().size());
        for (Marker m : timeline.markers()) {
            out.printf("  %s %s at %s%s%n", m.id(), m.name() == null ? "" : "'" + m.name() + "'", TimeArgument.timecode(m.frame(), rate),
                    m.note() == null ? "" : ": " + m.note());
        }
    }

    static void printJson(Project project, PrintStream out) {
        try {
            out.println(JSON.writeValueAsString(toJson(project)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    static ObjectNode toJson(Project project) {
        var timeline = project.timeline();
        FrameRate rate = timeline.rate();
        ObjectNode root = JSON.createObjectNode();
        root.put("id", project.id());
        root.put("name", project.name());
        ObjectNode t = root.putObject("timeline");
        t.put("rate", rate.toString());
        t.put("width", timeline.width());
        t.put("height", timeline.height());
        t.put("sampleRate", timeline.sampleRate());
        t.put("channels", timeline.channels());
        t.put("durationFrames", timeline.duration());
        ArrayNode media = root.putArray("media");
        for (MediaItem m : project.media()) {
            ObjectNode n = media.addObject().put("id", m.id()).put("path", m.path());
            if (m.error() != null) n.put("error", m.error());
            if (m.info() != null) n.put("duration", m.info().duration().toString());
        }
        ArrayNode markers = t.putArray("markers");
        for (Marker m : timeline.markers()) {
            markers.addObject().put("id", m.id()).put("name", m.name()).put("frame", m.frame()).put("duration", m.duration())
                    .put("colour", m.colour()).put("note", m.note());
        }
        ArrayNode tracks = root.putArray("tracks");
        for (Track track : timeline.tracks()) {
            ObjectNode tn = tracks.addObject().put("id", track.id()).put("kind", track.kind().name()).put("name", track.name())
                    .put("muted", track.muted()).put("solo", track.solo()).put("locked", track.locked()).put("hidden", track.hidden());
            ArrayNode clips = tn.putArray("clips");
            for (Clip clip : track.clips()) {
                TimeRange source = clip.sourceRange(rate);
                ObjectNode c = clips.addObject().put("id", clip.id()).put("name", clip.name())
                        .put("start", clip.start()).put("duration", clip.duration())
                        .put("startTimecode", TimeArgument.timecode(clip.start(), rate))
                        .put("speed", clip.speed().toString()).put("volume", clip.volume()).put("enabled", clip.enabled())
                        .put("activeTake", clip.activeTakeId());
                if (clip.linkId() != null) c.put("linkId", clip.linkId());
                ObjectNode s = c.putObject("sourceRange");
                s.put("start", source.start().toString()).put("duration", source.duration().toString())
                        .put("startSeconds", source.start().toDouble()).put("durationSeconds", source.duration().toDouble());
                ArrayNode cms = c.putArray("markers");
                for (ClipMarker m : clip.markers()) {
                    ObjectNode mn = cms.addObject().put("id", m.id()).put("name", m.name()).put("sourceTime", m.sourceTime().toString())
                            .put("duration", m.duration().toString()).put("colour", m.colour()).put("note", m.note());
                    mn.put("timelineFrame", clip.markerPosition(rate, m).floor()).put("visible", clip.visibleMarkers(rate).contains(m));
                }
                ArrayNode takes = c.putArray("takes");
                for (Take take : clip.takes()) {
                    ObjectNode tk = takes.addObject().put("id", take.id()).put("mediaId", take.mediaId()).put("label", take.label())
                            .put("offset", take.offset().toString()).put("generated", take.isGenerated());
                    if (take.provenance() != null) tk.set("provenance", JSON.valueToTree(take.provenance()));
                }
            }
        }
        return root;
    }

    private static String flags(Track t) {
        StringBuilder b = new StringBuilder();
        if (t.muted()) b.append(" muted");
        if (t.solo()) b.append(" solo");
        if (t.locked()) b.append(" locked");
        if (t.hidden()) b.append(" hidden");
        return b.isEmpty() ? "" : " [" + b.toString().trim() + "]";
    }

    private static String trimName(String name) {
        if (name == null) return "";
        return name.length() > 16 ? name.substring(0, 15) + "~" : name;
    }

}

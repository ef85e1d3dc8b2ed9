package dev.cutroom.fcpxml;

import dev.cutroom.otio.AtomicFiles;
import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.otio.OtioException;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.MediaPaths;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.ClipMarker;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a project as FCPXML 1.10: one format, one asset per media item, and a sequence whose primary storyline is
 * the first video track (asset-clips and gaps, dissolves as transitions); every other track's clips are connected
 * clips on lanes (video 1, 2… above; audio −1, −2… below) of the storyline item under them. Speeds become two-point
 * time maps, clip markers markers. What FCPXML's common subset cannot carry from Cutroom (timeline markers, volume,
 * takes other than the active one) is reported.
 */
public final class FcpxmlExporter {
    private FcpxmlExporter() {}

    public record Written(String text, int clips, ImportReport report) {}

    public static Written save(Project project, Extras extras, Path file) throws OtioException {
        Written w = write(project, extras);
        try {
            AtomicFiles.write(file, w.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OtioException(file.toString(), null, "cannot write the file: " + e, e);
        }
        return w;
    }

    /** A spine item: a clip of the first video track or a gap, at [offset, offset + frames). */
    private record Item(long offset, long frames, Clip clip, StringBuilder children) {}

    public static Written write(Project project, Extras extras) {
        ImportReport.Builder report = new ImportReport.Builder();
        FrameRate rate = project.timeline().rate();
        Extras x = extras == null ? Extras.NONE : extras;
        Map<String, String> assetIds = new LinkedHashMap<>();
        StringBuilder resources = new StringBuilder();
        resources.append("    <format id=\"r1\" frameDuration=\"").append(t(rate.frameDuration())).append("\" width=\"").append(project.timeline().width())
                .append("\" height=\"").append(project.timeline().height()).append("\"/>\n");
        int n = 2;
        for (MediaItem m : project.media()) {
            String id = "r" + n++;
            assetIds.put(m.id(), id);
            Rational duration = m.info() != null && m.info().duration() != null ? m.info().duration() : Rational.of(3600);
            boolean video = m.info() == null || m.info().hasVideo(), audio = m.info() == null || m.info().hasAudio();
            resources.append("    <asset id=\"").append(id).append("\" name=\"").append(esc(name(m))).append("\" start=\"0s\" duration=\"").append(t(duration))
                    .append("\" hasVideo=\"").append(video ? 1 : 0).append("\" hasAudio=\"").append(audio ? 1 : 0).append("\" format=\"r1\">\n");
            String src = src(m, x);
            if (src != null) resources.append("      <media-rep kind=\"original-media\" src=\"").append(esc(src)).append("\"/>\n");
            else report.add(Kind.OFFLINE, "media " + m.id(), "media " + m.path() + " has no file; written without a media path");
            resources.append("    </asset>\n");
        }

        List<Track> video = project.timeline().tracksOf(TrackKind.VIDEO), audio = project.timeline().tracksOf(TrackKind.AUDIO);
        long end = project.timeline().duration();
        List<Item> spine = new ArrayList<>();
        Track primary = video.isEmpty() ? null : video.getFirst();
        long pos = 0;
        if (primary != null) {
            for (Clip c : primary.clips()) {
                if (c.start() > pos) spine.add(new Item(pos, c.start() - pos, null, new StringBuilder()));
                spine.add(new Item(c.start(), c.duration(), c, new StringBuilder()));
                pos = c.end();
            }
        }
        if (end > pos) spine.add(new Item(pos, end - pos, null, new StringBuilder()));
        int clips = 0;
        List<Track> connected = new ArrayList<>();
        for (int i = 1; i < video.size(); i++) connected.add(video.get(i));
        connected.addAll(audio);
        for (Track t : connected) {
            int lane = t.kind() == TrackKind.VIDEO ? video.indexOf(t) : -(audio.indexOf(t) + 1);
            for (Clip c : t.clips()) {
                Item parent = null;
                for (Item it : spine) if (it.offset() <= c.start() && c.start() < it.offset() + it.frames()) parent = it;
                if (parent == null) continue; // cannot happen: the spine covers the timeline
                Rational parentStart = parent.clip() == null ? Rational.ZERO : mediaTime(parent.clip());
                Rational parentSpeed = parent.clip() == null ? Rational.ONE : parent.clip().speed();
                Rational offset = parentStart.plus(rate.toSeconds(c.start() - parent.offset()).times(parentSpeed));
                parent.children().append(clip(c, lane, offset, t.kind(), assetIds, rate, report, "        "));
                clips++;
            }
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < spine.size(); i++) {
            Item it = spine.get(i);
            if (it.clip() != null && primary != null && i > 0 && spine.get(i - 1).clip() != null) {
                for (Transition tr : primary.transitions()) {
                    if (tr.cutFrame() != it.offset()) continue;
                    if (!"cross_dissolve".equals(tr.kind())) report.add(Kind.ADJUSTED, "transition " + tr.id(), "'" + tr.kind() + "' written as a Cross Dissolve");
                    body.append("            <transition name=\"Cross Dissolve\" offset=\"").append(t(rate.toSeconds(tr.cutFrame() - tr.inOffset())))
                            .append("\" duration=\"").append(t(rate.toSeconds(tr.inOffset() + tr.outOffset()))).append("\"/>\n");
                }
            }
            if (it.clip() == null) {
                body.append("            <gap name=\"Gap\" offset=\"").append(t(rate.toSeconds(it.offset()))).append("\" start=\"0s\" duration=\"")
                        .append(t(rate.toSeconds(it.frames()))).append("\"");
                if (it.children().isEmpty()) body.append("/>\n");
                else body.append(">\n").append(it.children()).append("            </gap>\n");
            } else {
                String open = clip(it.clip(), 0, rate.toSeconds(it.offset()), TrackKind.VIDEO, assetIds, rate, report, "            ");
                clips++;
                if (it.children().isEmpty()) body.append(open);
                else body.append(open, 0, open.lastIndexOf("            </asset-clip>")).append(it.children()).append("            </asset-clip>\n");
            }
        }
        if (!project.timeline().markers().isEmpty()) {
            report.add(Kind.UNMAPPED, "timeline", project.timeline().markers().size() + " timeline marker(s) not written (FCPXML keeps markers on clips)");
        }
        String name = project.timeline().name() != null ? project.timeline().name() : project.name();
        String df = rate.equals(FrameRate.FPS_29_97) || rate.equals(new FrameRate(60000, 1001)) ? "DF" : "NDF";
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE fcpxml>\n\n<fcpxml version=\"1.10\">\n  <resources>\n" + resources
                + "  </resources>\n  <library>\n    <event name=\"Cutroom\">\n      <project name=\"" + esc(name == null ? "Cutroom" : name) + "\">\n"
                + "        <sequence format=\"r1\" duration=\"" + t(rate.toSeconds(end)) + "\" tcStart=\"0s\" tcFormat=\"" + df + "\" audioRate=\""
                + (project.timeline().sampleRate() == 44100 ? "44.1k" : "48k") + "\">\n          <spine>\n"
                + body + "          </spine>\n        </sequence>\n      </project>\n    </event>\n  </library>\n</fcpxml>\n";
        return new Written(text, clips, report.build());
    }

    /** An asset-clip element (closed), with its markers and retime. */
    private static String clip(Clip c, int lane, Rational offset, TrackKind kind, Map<String, String> assets, FrameRate rate,
                               ImportReport.Builder report, String indent) {
        StringBuilder b = new StringBuilder();
        Rational duration = rate.toSeconds(c.duration());
        b.append(indent).append("<asset-clip ref=\"").append(assets.get(c.activeTake().mediaId())).append('"');
        if (lane != 0) b.append(" lane=\"").append(lane).append('"');
        b.append(" offset=\"").append(t(offset)).append("\" name=\"").append(esc(c.name() == null ? "" : c.name())).append("\" start=\"")
                .append(t(mediaTime(c))).append("\" duration=\"").append(t(duration)).append('"');
        b.append(" srcEnable=\"").append(kind == TrackKind.VIDEO ? "video" : "audio").append('"');
        if (!c.enabled()) b.append(" enabled=\"0\"");
        b.append(">\n");
        if (!c.speed().equals(Rational.ONE)) {
            b.append(indent).append("  <timeMap>\n").append(indent).append("    <timept time=\"0s\" value=\"0s\" interp=\"linear\"/>\n")
                    .append(indent).append("    <timept time=\"").append(t(duration)).append("\" value=\"").append(t(duration.times(c.speed())))
                    .append("\" interp=\"linear\"/>\n").append(indent).append("  </timeMap>\n");
        }
        for (ClipMarker m : c.markers()) {
            b.append(indent).append("  <marker start=\"").append(t(m.sourceTime().minus(c.activeTake().offset()))).append("\" duration=\"")
                    .append(t(m.duration().signum() == 0 ? rate.frameDuration() : m.duration())).append("\" value=\"").append(esc(m.name() == null ? "" : m.name()))
                    .append('"');
            if (m.note() != null) b.append(" note=\"").append(esc(m.note())).append('"');
            b.append("/>\n");
        }
        if (c.volume() != 1.0) report.add(Kind.UNMAPPED, "clip " + c.id(), "volume " + c.volume() + " not written");
        if (c.takes().size() > 1) report.add(Kind.UNMAPPED, "clip " + c.id(), "only the active take written (" + (c.takes().size() - 1) + " other take(s))");
        b.append(indent).append("</asset-clip>\n");
        return b.toString();
    }

    private static Rational mediaTime(Clip c) { return c.sourceIn().minus(c.activeTake().offset()); }

    /** FCPXML time: {@code "1001/24000s"}, {@code "5s"}. */
    static String t(Rational seconds) {
        return seconds.den() == 1 ? seconds.num() + "s" : seconds.num() + "/" + seconds.den() + "s";
    }

    private static String name(MediaItem m) {
        String p = m.path() == null ? "media" : m.path().replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String src(MediaItem m, Extras x) {
        if (m.path() == null || m.path().matches("^[a-z]+:.*") && !m.path().startsWith("file:")) return null;
        try {
            Path base = x.baseFolder() == null ? Path.of("").toAbsolutePath() : x.baseFolder();
            return MediaPaths.resolve(base, m.path()).toUri().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                default -> { if (ch >= 0x20 || ch == '\t') b.append(ch); }
            }
        }
        return b.toString();
    }
}

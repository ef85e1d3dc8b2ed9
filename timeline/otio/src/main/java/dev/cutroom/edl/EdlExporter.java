package dev.cutroom.edl;

import dev.cutroom.otio.AtomicFiles;
import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.otio.OtioException;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.MediaPaths;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
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
import java.util.List;
import java.util.Locale;

/**
 * Writes a project as a CMX 3600 list: the first video track as V events, the first four audio tracks as A, A2 and
 * {@code AUD 3}/{@code AUD 4}; record timecode from 01:00:00:00, drop frame at 29.97/59.94 unless asked otherwise.
 * Speeds become M2 lines, dissolves D and other transitions W001, names and media paths {@code * FROM CLIP NAME:} and
 * {@code * SOURCE FILE:}, timeline markers {@code * LOC:}. What CMX 3600 cannot hold (more tracks, clip markers,
 * volume, takes) is listed in the report.
 */
public final class EdlExporter {
    private EdlExporter() {}

    /** @param events event lines written (a transition's two lines count once) */
    public record Written(String text, int events, ImportReport report) {}

    public static Written save(Project project, Extras extras, Path file, boolean dropFrame) throws OtioException {
        Written w = write(project, extras, file.toAbsolutePath().getParent(), dropFrame);
        try {
            AtomicFiles.write(file, w.text().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new OtioException(file.toString(), null, "cannot write the file: " + e, e);
        }
        return w;
    }

    public static Written write(Project project, Extras extras, Path edlFolder, boolean dropFrame) {
        FrameRate rate = project.timeline().rate();
        boolean drop = dropFrame && Timecode.canDrop(rate);
        ImportReport.Builder report = new ImportReport.Builder();
        StringBuilder out = new StringBuilder();
        String title = project.timeline().name() != null ? project.timeline().name() : project.name();
        out.append("TITLE: ").append(title == null ? "Cutroom" : title.replaceAll("[\\r\\n]", " ")).append("\r\n");
        out.append("FCM: ").append(drop ? "DROP FRAME" : "NON-DROP FRAME").append("\r\n\r\n");
        long start = (long) Timecode.base(rate) * 3600;
        if (drop) start = Timecode.parse("01:00:00:00", rate, true);
        Writer w = new Writer(project, extras, edlFolder, rate, drop, start, out, report);
        List<Track> video = project.timeline().tracksOf(TrackKind.VIDEO), audio = project.timeline().tracksOf(TrackKind.AUDIO);
        if (!video.isEmpty()) w.track(video.getFirst(), "V", 0);
        for (int i = 1; i < video.size(); i++) report.add(Kind.UNMAPPED, "track " + video.get(i).id(), "CMX 3600 holds one video track; video track " + name(video.get(i)) + " was not written");
        for (int i = 0; i < audio.size(); i++) {
            if (i >= 4) { report.add(Kind.UNMAPPED, "track " + audio.get(i).id(), "CMX 3600 holds four audio channels here; audio track " + name(audio.get(i)) + " was not written"); continue; }
            w.track(audio.get(i), i == 0 ? "A" : i == 1 ? "A2" : "NONE", i + 1);
        }
        if (!video.isEmpty()) w.markers(project.timeline().markers());
        return new Written(out.toString(), w.number, report.build());
    }

    private static String name(Track t) { return t.name() == null ? t.id() : t.name(); }

    private static final class Writer {
        final Project project;
        final Extras extras;
        final Path edlFolder;
        final FrameRate rate;
        final boolean drop;
        final long start;
        final StringBuilder out;
        final ImportReport.Builder report;
        int number;

        Writer(Project project, Extras extras, Path edlFolder, FrameRate rate, boolean drop, long start, StringBuilder out, ImportReport.Builder report) {
            this.project = project; this.extras = extras == null ? Extras.NONE : extras; this.edlFolder = edlFolder; this.rate = rate;
            this.drop = drop; this.start = start; this.out = out; this.report = report;
        }

        String tc(long frame) {
            String s = Timecode.format(frame, rate, drop);
            return s.replace(';', ':'); // CMX 3600 writes ':' and says drop frame in the FCM line
        }

        void track(Track t, String channel, int audioChannel) {
            List<Clip> clips = t.clips();
            for (int i = 0; i < clips.size(); i++) {
                Clip c = clips.get(i);
                Transition tr = null;
                if (i > 0 && clips.get(i - 1).end() == c.start()) for (Transition x : t.transitions()) if (x.cutFrame() == c.start()) tr = x;
                Transition next = null;
                if (i + 1 < clips.size() && clips.get(i + 1).start() == c.end()) for (Transition x : t.transitions()) if (x.cutFrame() == c.end()) next = x;
                long recIn = c.start(), recOut = c.end() - (next == null ? 0 : next.inOffset());
                long srcIn = sourceFrame(c, c.start());
                number++;
                String num = String.format(Locale.ROOT, "%03d", number);
                if (tr != null) {
                    Clip left = clips.get(i - 1);
                    long leftOut = sourceFrame(left, left.end() - tr.inOffset());
                    line(num, reel(left), channel, "C", "   ", leftOut, leftOut, recIn - tr.inOffset() + start, recIn - tr.inOffset() + start);
                    boolean dissolve = "cross_dissolve".equals(tr.kind());
                    if (tr.inOffset() > 0) report.add(Kind.ADJUSTED, "transition " + tr.id(), "CMX 3600 starts a transition at the cut; this one started "
                            + tr.inOffset() + " frame(s) before it, so the cut is written " + tr.inOffset() + " frame(s) earlier (the same picture at every frame)");
                    if (!dissolve) report.add(Kind.ADJUSTED, "transition " + tr.id(), "transition '" + tr.kind() + "' written as the wipe W001");
                    long sIn = sourceFrame(c, recIn - tr.inOffset());
                    line(num, reel(c), channel, dissolve ? "D" : "W001", String.format(Locale.ROOT, "%03d", tr.inOffset() + tr.outOffset()),
                            sIn, sIn + span(c, recOut - recIn + tr.inOffset()), recIn - tr.inOffset() + start, recOut + start);
                } else {
                    line(num, reel(c), channel, "C", "   ", srcIn, srcIn + span(c, recOut - recIn), recIn + start, recOut + start);
                }
                if (audioChannel >= 3) out.append("AUD  ").append(audioChannel).append("\r\n");
                if (!c.speed().equals(Rational.ONE)) {
                    out.append(String.format(Locale.ROOT, "M2   %-8s       %05.1f                %s\r\n", reel(c),
                            c.speed().toDouble() * Timecode.base(rate), tc(tr != null ? sourceFrame(c, recIn - tr.inOffset()) : srcIn)));
                }
                if (c.name() != null) out.append("* FROM CLIP NAME: ").append(c.name().replaceAll("[\\r\\n]", " ")).append("\r\n");
                String file = sourceFile(c);
                if (file != null) out.append("* SOURCE FILE: ").append(file).append("\r\n");
                if (!c.markers().isEmpty()) report.add(Kind.UNMAPPED, "clip " + c.id(), c.markers().size() + " clip marker(s) not written (CMX 3600 has no clip markers)");
                if (c.volume() != 1.0) report.add(Kind.UNMAPPED, "clip " + c.id(), "volume " + c.volume() + " not written (CMX 3600 has no levels)");
                if (!c.enabled()) report.add(Kind.UNMAPPED, "clip " + c.id(), "written although disabled (CMX 3600 has no disabled events)");
                out.append("\r\n");
            }
        }

        void line(String num, String reel, String channel, String edit, String dur, long srcIn, long srcOut, long recIn, long recOut) {
            out.append(String.format(Locale.ROOT, "%s  %-8s %-5s %-4s %3s %s %s %s %s\r\n", num, reel, channel, edit, dur, tc(srcIn), tc(srcOut), tc(recIn), tc(recOut)));
        }

        /** Source frame (timecode of the media) shown at timeline frame {@code frame}. */
        long sourceFrame(Clip c, long frame) {
            Rational media = c.sourceTimeAt(rate, frame).minus(c.activeTake().offset()).plus(availableStart(c));
            Rational f = media.times(rate.fps());
            if (f.den() != 1) report.add(Kind.ADJUSTED, "clip " + c.id(), "source time " + media.toDouble() + " s is between frames at " + rate + " fps; rounded");
            return f.round();
        }

        long span(Clip c, long recFrames) { return c.speed().times(Rational.of(recFrames)).round(); }

        /** The media's timecode start kept from an OpenTimelineIO import (0 otherwise). */
        Rational availableStart(Clip c) {
            var kept = extras.get("media/" + c.activeTake().mediaId(), "otio");
            if (kept != null && kept.path("availableStart").isTextual()) {
                try { return Rational.parse(kept.get("availableStart").textValue()); } catch (RuntimeException ignored) { /* not ours */ }
            }
            return Rational.ZERO;
        }

        String reel(Clip c) {
            MediaItem m = project.mediaItem(c.activeTake().mediaId());
            String base = m == null || m.path() == null ? "AX" : m.path().replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1).replace("missing:", "");
            int dot = base.lastIndexOf('.');
            if (dot > 0) base = base.substring(0, dot);
            base = base.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
            if (base.isEmpty()) base = "AX";
            return base.length() > 8 ? base.substring(0, 8) : base;
        }

        String sourceFile(Clip c) {
            MediaItem m = project.mediaItem(c.activeTake().mediaId());
            if (m == null || m.path() == null || m.path().matches("^[a-z]+:.*") && !m.path().startsWith("file:")) return null;
            try {
                Path abs = MediaPaths.resolve(extras.baseFolder() == null ? edlFolder : extras.baseFolder(), m.path());
                return edlFolder == null ? abs.toString() : MediaPaths.toStored(edlFolder, abs);
            } catch (InvalidPathException e) {
                return null;
            }
        }

        void markers(List<Marker> markers) {
            if (markers.isEmpty()) return;
            for (Marker m : markers) {
                String colour = m.colour() != null && m.colour().matches("[A-Za-z]+") ? m.colour().toUpperCase(Locale.ROOT) : "RED";
                out.append("* LOC: ").append(tc(m.frame() + start)).append(' ').append(colour).append(' ')
                        .append(m.name() == null ? "" : m.name().replaceAll("[\\r\\n]", " ")).append("\r\n");
            }
        }
    }
}

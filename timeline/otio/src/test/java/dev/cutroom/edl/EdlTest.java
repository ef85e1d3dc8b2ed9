package dev.cutroom.edl;

import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CMX 3600 lists in the shapes Avid (23.976, CRLF, dissolves written as a zero-length outgoing line and a D line,
 * M2 freeze and fast motion, {@code * LOC:}, {@code * SOURCE FILE:}, overlapping audio) and Premiere (29.97 drop
 * frame across a minute, B channels with {@code AUD 3 4}, a wipe, a key event) write; the drop-frame timecode rules;
 * and export → import round trips that keep every cut at 23.976, 24, 25 and 29.97 DF.
 */
public class EdlTest {
    @TempDir
    Path dir;

    static Path fixture(String name) throws Exception {
        return Path.of(EdlTest.class.getResource("/edl/" + name).toURI());
    }

    OtioImporter.Result read(String name, FrameRate rate) throws Exception {
        return new EdlImporter(new OtioImporter.Options(null, false, Ids.seeded(5)), rate).read(fixture(name));
    }

    public static List<String> cuts(Track t) {
        return t.clips().stream().map(c -> c.start() + "+" + c.duration() + (c.speed().equals(Rational.ONE) ? "" : " x" + c.speed())).toList();
    }

    @Test
    void avidList() throws Exception {
        OtioImporter.Result r = read("avid-23976.edl", FrameRate.FPS_23_976);
        Project p = r.project();
        assertThat(p.timeline().rate()).isEqualTo(FrameRate.FPS_23_976);
        assertThat(p.timeline().name()).isEqualTo("REEL_2_LOCK_v3");
        assertThat(p.timeline().tracks()).extracting(Track::name).containsExactly("V1", "A1", "A1 · 2", "A2");
        Track v = p.timeline().tracks().getFirst();
        assertThat(cuts(v)).containsExactly("0+60", "60+72", "144+24 x1/24", "168+48 x2");
        assertThat(v.clips()).extracting(Clip::name).containsExactly("A014_C003_0921XY.mov", "B022_C001_0921AB.mov", "B022_C002 FF", "A015_C001 (2X)");
        // source timecode 14:22:10:05 at 24 labels a second, in 23.976 time
        assertThat(v.clips().getFirst().sourceIn()).isEqualTo(FrameRate.FPS_23_976.toSeconds(((14 * 60 + 22) * 60 + 10) * 24L + 5));
        assertThat(v.transitions()).extracting(Transition::kind, Transition::cutFrame, Transition::inOffset, Transition::outOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cross_dissolve", 60L, 0L, 12L));
        assertThat(p.timeline().markers()).extracting(Marker::name, Marker::frame, Marker::colour)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VFX TEMP", 180L, "yellow"));
        assertThat(cuts(p.timeline().tracks().get(1))).containsExactly("0+216");
        assertThat(cuts(p.timeline().tracks().get(2))).containsExactly("0+60");
        assertThat(cuts(p.timeline().tracks().get(3))).containsExactly("0+216");
        MediaItem first = p.mediaItem(v.clips().getFirst().activeTake().mediaId());
        assertThat(first.path()).isEqualTo("media/A014_C003.mov");
        assertThat(first.error()).isNull();
        assertThat(r.report().entries()).anySatisfy(e -> assertThat(e.message()).contains("starts at timecode 01:00:00:00"));
        assertThat(r.report().entries()).anySatisfy(e -> assertThat(e.message()).contains("freeze frame"));
    }

    @Test
    void premiereDropFrameList() throws Exception {
        OtioImporter.Result r = read("premiere-2997df.edl", null);
        Project p = r.project();
        assertThat(p.timeline().rate()).isEqualTo(FrameRate.FPS_29_97);
        assertThat(p.timeline().tracks()).extracting(Track::name).containsExactly("V1", "A1", "A3", "A4");
        Track v = p.timeline().tracks().getFirst();
        // 01:00:58;00 to 01:01:02;10 spans the minute whose labels ;00 and ;01 are skipped: 128 frames, not 130
        assertThat(cuts(v)).containsExactly("0+128", "128+20", "148+60", "208+30");
        assertThat(v.transitions()).extracting(Transition::kind, Transition::cutFrame, Transition::outOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wipe", 148L, 15L));
        for (int t = 1; t < 4; t++) assertThat(cuts(p.timeline().tracks().get(t))).containsExactly("128+20");
        assertThat(r.report().entries()).extracting(ImportReport.Entry::message)
                .anySatisfy(m -> assertThat(m).contains("does not state the frame rate").contains("30000/1001").contains("drop frame"))
                .anySatisfy(m -> assertThat(m).contains("key event"));
    }

    @Test
    void dropFrameTimecode() {
        FrameRate r = FrameRate.FPS_29_97;
        assertThat(Timecode.format(1800, r, true)).isEqualTo("00:01:00;02");
        assertThat(Timecode.format(17982, r, true)).isEqualTo("00:10:00;00");
        assertThat(Timecode.parse("00:01:00;02", r, true)).isEqualTo(1800);
        assertThat(Timecode.parse("01:00:00;00", r, true)).isEqualTo(107892);
        for (long f = 0; f < 200_000; f += 7) assertThat(Timecode.parse(Timecode.format(f, r, true), r, true)).isEqualTo(f);
        FrameRate r60 = new FrameRate(60000, 1001);
        for (long f = 0; f < 200_000; f += 11) assertThat(Timecode.parse(Timecode.format(f, r60, true), r60, true)).isEqualTo(f);
        assertThatThrownBy(() -> Timecode.parse("00:01:00;01", r, true)).hasMessageContaining("skips");
        assertThat(Timecode.format(86400, new FrameRate(24, 1), false)).isEqualTo("01:00:00:00");
    }

    @Test
    void notAnEdl() {
        assertThatThrownBy(() -> new EdlImporter(OtioImporter.Options.defaults(), null).read("hello\nworld\n".getBytes(StandardCharsets.UTF_8), "x.edl", dir))
                .isInstanceOf(OtioException.class).hasMessageStartingWith("x.edl: not a CMX 3600 edit decision list");
    }

    public static Project project(FrameRate rate) {
        MediaInfo video = new MediaInfo("mov", Rational.of(3600), new MediaInfo.VideoStreamInfo(1920, 1080, rate, 0, "h264", -1),
                new MediaInfo.AudioStreamInfo(48000, 2, "aac"));
        List<MediaItem> media = List.of(MediaItem.probed("m-a", "clips/a.mov", video), MediaItem.probed("m-b", "clips/b.mov", video));
        List<Clip> vc = new ArrayList<>(), ac = new ArrayList<>();
        vc.add(clip("c1", "m-a", 0, 48, rate.toSeconds(100), Rational.ONE));
        vc.add(clip("c2", "m-b", 48, 30, rate.toSeconds(2000), Rational.ONE));
        vc.add(clip("c3", "m-a", 100, 24, rate.toSeconds(3000), Rational.of(2)));
        vc.add(clip("c4", "m-b", 124, 40, rate.toSeconds(4001), Rational.of(1, 2)));
        vc.add(clip("c5", "m-a", 2000, 90, rate.toSeconds(90_000), Rational.ONE));
        ac.add(clip("c6", "m-a", 0, 78, rate.toSeconds(100), Rational.ONE));
        ac.add(clip("c7", "m-b", 1900, 200, rate.toSeconds(7), Rational.ONE));
        Track v = new Track("t-v", TrackKind.VIDEO, "V1", vc, List.of(new Transition("x1", "cross_dissolve", 48, 0, 12)), false, false, false, false);
        Track a = new Track("t-a", TrackKind.AUDIO, "A1", ac, List.of(), false, false, false, false);
        Timeline t = new Timeline("Round trip", rate, 1920, 1080, 48000, 2, List.of(v, a), List.of(new Marker("mk", "VFX", 110, 0, "green", null)));
        return new Project("p", "Round trip", t, media);
    }

    static Clip clip(String id, String media, long start, long frames, Rational in, Rational speed) {
        return new Clip(id, id, start, frames, in, speed, 1.0, true, List.of(new Take("k-" + id, media, Rational.ZERO, "Original", null)), "k-" + id, null);
    }

    /** start+duration, source-in and speed of each clip. */
    public static List<String> exact(Track t) {
        return t.clips().stream().map(c -> c.start() + "+" + c.duration() + " in " + c.sourceIn() + " x" + c.speed() + " " + c.name()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24000/1001", "24", "25", "30000/1001"})
    void exportThenImportKeepsEveryCut(String rateText) throws Exception {
        FrameRate rate = FrameRate.parse(rateText);
        Project p = project(rate);
        Path edl = dir.resolve("cut.edl");
        EdlExporter.Written w = EdlExporter.save(p, Extras.NONE, edl, true);
        String text = Files.readString(edl, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("TITLE: Round trip\r\nFCM: " + (rate.equals(FrameRate.FPS_29_97) ? "DROP FRAME" : "NON-DROP FRAME"));
        assertThat(w.events()).isEqualTo(7);
        Project q = new EdlImporter(new OtioImporter.Options(dir, false, Ids.seeded(1)), rate).read(edl).project();
        Track v = q.timeline().tracks().getFirst(), a = q.timeline().tracks().get(1);
        assertThat(exact(v)).isEqualTo(exact(p.timeline().tracks().getFirst()));
        assertThat(exact(a)).isEqualTo(exact(p.timeline().tracks().get(1)));
        assertThat(v.transitions()).extracting(Transition::cutFrame, Transition::inOffset, Transition::outOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(48L, 0L, 12L));
        assertThat(q.timeline().markers()).extracting(Marker::frame, Marker::name).containsExactly(org.assertj.core.groups.Tuple.tuple(110L, "VFX"));
        assertThat(q.mediaItem(v.clips().getFirst().activeTake().mediaId()).path()).isEqualTo("clips/a.mov");
        // and the list written again is the same text
        assertThat(EdlExporter.write(q, Extras.NONE, dir, true).text()).isEqualTo(text);
    }
}

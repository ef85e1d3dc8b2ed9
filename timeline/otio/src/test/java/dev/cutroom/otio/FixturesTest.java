package dev.cutroom.otio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files in the shapes other tools write (see {@code src/test/resources/fixtures}): DaVinci Resolve (Clip.2, timecode
 * starts, markers with Resolve_OTIO metadata, a generator, 23.976), Premiere through the FCP 7 XML adapter (Clip.1,
 * file://localhost URLs, 29.97 without a global start time, a dissolve, a wipe, a speed change, a blur, a missing
 * clip, a nested sequence with overlapping tracks) and Kdenlive (25 fps, relative paths, audio tracks with gaps, a
 * disabled track, a nested sequence, markers).
 */
class FixturesTest {
    static Path fixture(String name) throws Exception {
        return Path.of(FixturesTest.class.getResource("/fixtures/" + name).toURI());
    }

    static OtioImporter.Result read(String name, boolean allowOutside) throws Exception {
        return new OtioImporter(new OtioImporter.Options(null, allowOutside, Ids.seeded(7))).read(fixture(name));
    }

    static String cut(Project p, Clip c) {
        MediaItem m = p.mediaItem(c.activeTake().mediaId());
        return c.start() + "+" + c.duration() + " in " + c.sourceIn() + (c.speed().equals(Rational.ONE) ? "" : " x" + c.speed())
                + " " + m.path().substring(m.path().lastIndexOf('/') + 1) + (m.error() != null ? " (offline)" : "");
    }

    static List<String> cuts(Project p, int track) {
        return p.timeline().tracks().get(track).clips().stream().map(c -> cut(p, c)).toList();
    }

    static Rational frames(long n, FrameRate r) { return r.toSeconds(n); }

    @Test
    void resolve() throws Exception {
        OtioImporter.Result r = read("resolve-23976.otio", true);
        Project p = r.project();
        FrameRate fr = FrameRate.FPS_23_976;
        assertThat(p.timeline().rate()).isEqualTo(fr);
        assertThat(p.timeline().name()).isEqualTo("Resolve Timeline 1");
        assertThat(p.timeline().tracks()).extracting(Track::name, Track::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Video 1", TrackKind.VIDEO), org.assertj.core.groups.Tuple.tuple("Audio 1", TrackKind.AUDIO));
        assertThat(cuts(p, 0)).containsExactly(
                "0+48 in " + frames(24, fr) + " A001_C002.mov",   // timecode start 86400 taken off: 24 frames into the media
                "72+96 in " + frames(100, fr) + " A002_C001.mov",
                "168+24 in 0 generator:SolidColor (offline)");
        assertThat(cuts(p, 1)).containsExactly("0+48 in " + frames(24, fr) + " A001_C002.mov", "48+120 in 0 music.wav");
        // one media item for the picture and the sound of A001, with both streams and its available duration
        MediaItem a001 = p.mediaItem(p.timeline().tracks().get(0).clips().get(0).activeTake().mediaId());
        assertThat(p.timeline().tracks().get(1).clips().get(0).activeTake().mediaId()).isEqualTo(a001.id());
        assertThat(a001.path()).isEqualTo("/Volumes/Media/A001_C002.mov");
        assertThat(a001.info().hasVideo()).isTrue();
        assertThat(a001.info().hasAudio()).isTrue();
        assertThat(a001.info().duration()).isEqualTo(frames(2400, fr));
        assertThat(a001.info().video().frameRate()).isEqualTo(fr);
        // clip marker (in media time) and timeline marker, notes from Resolve_OTIO
        assertThat(p.timeline().markers()).extracting(Marker::name, Marker::frame, Marker::colour, Marker::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Scene 2", 30L, "green", "second scene starts"));
        // the clip marker stays on the clip's source (media time), shown 12 frames into the clip
        Clip marked = p.timeline().tracks().get(0).clips().get(0);
        assertThat(marked.markers()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("fix colour");
            assertThat(m.colour()).isEqualTo("blue");
            assertThat(m.note()).isEqualTo("grade warmer");
            assertThat(marked.markerPosition(fr, m)).isEqualTo(Rational.of(12));
        });
        assertThat(r.report().of(Kind.UNMAPPED)).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("generator").contains("SolidColor");
            assertThat(e.path()).isEqualTo("$.tracks.children[0].children[3].media_references.DEFAULT_MEDIA");
        });
        assertThat(r.report().of(Kind.NEEDS_CONFIRMATION)).isEmpty();

        // written back: timecode starts, Resolve metadata, marker metadata
        ObjectNode out = OtioExporter.toTree(p, r.extras(), fixture("resolve-23976.otio").getParent());
        assertThat(out.at("/global_start_time/value").asDouble()).isEqualTo(86400);
        assertThat(out.at("/metadata/Resolve_OTIO/Resolve OTIO Meta Version").asText()).isEqualTo("1.0");
        JsonNode first = out.at("/tracks/children/0/children/0");
        assertThat(first.at("/source_range/start_time/value").asDouble()).isEqualTo(86424);
        assertThat(first.at("/source_range/start_time/rate").asDouble()).isEqualTo(24000 / 1001.0);
        assertThat(first.at("/metadata/Resolve_OTIO/Link Group ID").asInt()).isEqualTo(1);
        JsonNode ref = first.at("/media_references/" + first.get("active_media_reference_key").asText());
        assertThat(ref.at("/available_range/start_time/value").asDouble()).isEqualTo(86400);
        assertThat(ref.get("target_url").asText()).isEqualTo("file:///Volumes/Media/A001_C002.mov");
        assertThat(out.at("/tracks/children/1/metadata/Resolve_OTIO/Audio Type").asText()).isEqualTo("Stereo");
        // the clip marker is written back on its clip, with Resolve's metadata, in media time (86400 + 24 + 12)
        assertThat(first.at("/markers/0/metadata/Resolve_OTIO/Note").asText()).isEqualTo("grade warmer");
        assertThat(first.at("/markers/0/marked_range/start_time/value").asDouble()).isEqualTo(86436);
        assertThat(out.at("/tracks/markers/0/name").asText()).isEqualTo("Scene 2");
    }

    @Test
    void resolveMediaOutsideTheFolderNeedsConfirmation() throws Exception {
        OtioImporter.Result r = read("resolve-23976.otio", false);
        assertThat(r.report().of(Kind.NEEDS_CONFIRMATION)).extracting(ImportReport.Entry::message)
                .hasSize(3).allSatisfy(m -> assertThat(m).contains("outside the project folder").contains("/Volumes/Media/"));
        for (MediaItem m : r.project().media()) {
            assertThat(m.isUsable()).isFalse();
            assertThat(m.error()).satisfiesAnyOf(e -> assertThat(e).startsWith(OtioImporter.OUTSIDE_ERROR), e -> assertThat(e).contains("generated"));
        }
        // the cuts are all there, only their media is offline
        assertThat(r.project().timeline().tracks().get(0).clips()).hasSize(3);
    }

    @Test
    void premiere() throws Exception {
        OtioImporter.Result r = read("premiere-2997.otio", true);
        Project p = r.project();
        FrameRate fr = FrameRate.FPS_29_97;
        assertThat(p.timeline().rate()).isEqualTo(fr);
        assertThat(cuts(p, 0)).containsExactly(
                "0+150 in " + frames(300, fr) + " interview.mov",
                "150+90 in 0 x2 broll.mov",
                "240+60 in " + frames(200, fr) + " broll.mov",
                "300+45 in 0 missing:title (offline)");
        assertThat(p.timeline().tracks().get(0).transitions()).extracting(Transition::kind, Transition::cutFrame, Transition::inOffset, Transition::outOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OtioImporter.DISSOLVE_KIND, 150L, 15L, 15L));
        // nested sequence from frame 60: its bottom track on V2, its overlapping top track on a track added right above V2
        assertThat(p.timeline().tracks()).extracting(Track::name).containsExactly("Video 1", "Video 2", "Video 2 · nested 1", "Audio 1");
        assertThat(cuts(p, 1)).containsExactly("60+60 in " + frames(10, fr) + " broll.mov", "120+30 in 0 interview.mov");
        assertThat(cuts(p, 2)).containsExactly("130+10 in " + frames(500, fr) + " interview.mov");
        assertThat(cuts(p, 3)).containsExactly("0+150 in " + frames(300, fr) + " interview.mov");
        assertThat(p.mediaItem(p.timeline().tracks().get(0).clips().get(0).activeTake().mediaId()).path()).isEqualTo("/Users/editor/Footage/interview.mov");

        ImportReport rep = r.report();
        assertThat(rep.of(Kind.UNMAPPED)).extracting(ImportReport.Entry::message).anySatisfy(m -> assertThat(m).contains("Gaussian Blur"))
                .anySatisfy(m -> assertThat(m).contains("transition of kind 'Custom_Transition'"))
                .anySatisfy(m -> assertThat(m).contains("Audio track inside a nested stack"))
                .hasSize(3);
        assertThat(rep.of(Kind.OFFLINE)).singleElement().satisfies(e -> assertThat(e.message()).contains("MissingReference"));
        assertThat(rep.of(Kind.ADJUSTED)).extracting(ImportReport.Entry::message)
                .anySatisfy(m -> assertThat(m).contains("no timeline rate").contains("30000/1001"))
                .anySatisfy(m -> assertThat(m).contains("flattened"))
                .anySatisfy(m -> assertThat(m).contains("1 track was added above it"));
        MediaItem title = p.mediaItem(p.timeline().tracks().get(0).clips().get(3).activeTake().mediaId());
        assertThat(title.error()).contains("MissingReference");

        // the blur is kept and written back on its clip; the speed as a LinearTimeWarp
        ObjectNode out = OtioExporter.toTree(p, r.extras(), null);
        assertThat(out.at("/tracks/children/0/children/2/effects/0/time_scalar").asDouble()).isEqualTo(2.0);
        assertThat(out.at("/tracks/children/0/children/3/effects/0/effect_name").asText()).isEqualTo("Gaussian Blur");
        assertThat(out.at("/tracks/children/0/children/1/transition_type").asText()).isEqualTo("SMPTE_Dissolve");
        assertThat(out.at("/metadata/fcp_xml/rate/ntsc").asText()).isEqualTo("TRUE");
    }

    @Test
    void kdenlive() throws Exception {
        OtioImporter.Result r = read("kdenlive-25.otio", false);
        Project p = r.project();
        FrameRate fr = FrameRate.FPS_25;
        assertThat(p.timeline().rate()).isEqualTo(fr);
        assertThat(p.timeline().tracks()).extracting(Track::name).containsExactly("V1", "A1", "A2");
        assertThat(cuts(p, 0)).containsExactly("25+200 in 4 beach.mp4", "225+100 in 0 city.mp4", "375+50 in 20 beach.mp4");
        assertThat(cuts(p, 1)).containsExactly("25+200 in 4 beach.mp4");
        assertThat(cuts(p, 2)).containsExactly("100+300 in 0 music.ogg");
        assertThat(p.timeline().tracks().get(2).muted()).isTrue();
        assertThat(p.timeline().tracks().get(0).muted()).isFalse();
        // relative paths inside the folder are followed and stay relative
        assertThat(p.media()).extracting(MediaItem::path).containsExactlyInAnyOrder("clips/beach.mp4", "clips/city.mp4", "clips/music.ogg");
        assertThat(p.media()).allSatisfy(m -> assertThat(m.isUsable()).isTrue());
        MediaItem music = p.media().stream().filter(m -> m.path().endsWith("music.ogg")).findFirst().orElseThrow();
        assertThat(music.info().hasVideo()).isFalse();
        assertThat(music.info().duration()).isEqualTo(Rational.of(180));
        assertThat(p.timeline().markers()).extracting(Marker::name, Marker::frame, Marker::duration, Marker::colour, Marker::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Intro", 50L, 0L, "green", "music starts"),
                org.assertj.core.groups.Tuple.tuple("Outro", 400L, 25L, "purple", null));
        assertThat(r.report().entries()).extracting(ImportReport.Entry::kind).containsOnly(Kind.ADJUSTED);
        assertThat(r.report().entries()).extracting(ImportReport.Entry::message)
                .anySatisfy(m -> assertThat(m).contains("picture and sound format"))
                .anySatisfy(m -> assertThat(m).contains("nested stack was flattened"))
                .hasSize(2);
    }

    @Test
    void resolveCompoundClips() throws Exception {
        // a compound clip trimmed to 48 frames, holding two overlapping tracks and a compound clip of its own, on V1 and A1
        OtioImporter.Result r = read("resolve-compound-23976.otio", true);
        Project p = r.project();
        FrameRate fr = FrameRate.FPS_23_976;
        assertThat(p.timeline().tracks()).extracting(Track::name, Track::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Video 1", TrackKind.VIDEO), org.assertj.core.groups.Tuple.tuple("Video 1 · nested 1", TrackKind.VIDEO),
                org.assertj.core.groups.Tuple.tuple("Audio 1", TrackKind.AUDIO), org.assertj.core.groups.Tuple.tuple("Audio 1 · nested 1", TrackKind.AUDIO));
        assertThat(cuts(p, 0)).containsExactly(
                "0+24 in " + frames(100, fr) + " A001.mov",
                "24+18 in " + frames(12, fr) + " B002.mov",
                "42+30 in " + frames(50, fr) + " B003.mov",
                "72+12 in " + frames(300, fr) + " A001.mov");
        assertThat(p.timeline().tracks().get(0).transitions()).extracting(Transition::kind, Transition::cutFrame, Transition::inOffset, Transition::outOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OtioImporter.DISSOLVE_KIND, 42L, 6L, 6L));
        // the compound's upper track, and the compound inside it, above V1 where they overlap its lower track
        assertThat(cuts(p, 1)).containsExactly("32+20 in 0 Title1.mov", "52+16 in " + frames(5, fr) + " C004.mov");
        assertThat(cuts(p, 2)).containsExactly("0+24 in " + frames(100, fr) + " A001.mov", "24+18 in " + frames(12, fr) + " B002.mov",
                "42+30 in " + frames(50, fr) + " B003.mov");
        assertThat(cuts(p, 3)).containsExactly("24+48 in " + frames(12, fr) + " Music.wav");
        assertThat(r.report().of(Kind.UNMAPPED)).isEmpty();
        assertThat(r.report().of(Kind.ADJUSTED)).extracting(ImportReport.Entry::message)
                .filteredOn(m -> m.contains("1 track was added above it")).hasSize(2);

        // exported again, every cut is where it was
        OtioImporter.Result again = new OtioImporter(new OtioImporter.Options(null, true, Ids.seeded(8)))
                .read(OtioExporter.write(p, r.extras(), null), "again.otio", null);
        for (int t = 0; t < 4; t++) assertThat(cuts(again.project(), t)).isEqualTo(cuts(p, t));
    }
}

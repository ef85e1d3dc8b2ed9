package dev.cutroom.fcpxml;

import dev.cutroom.edl.EdlTest;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FCPXML in the shape Final Cut Pro writes (fixture {@code fcp-2398.fcpxml}: 23.976 with tcStart 3600s, an A/V clip
 * with a marker, a connected music clip and title, a dissolve, a retimed clip, a gap with a marker, a disabled clip,
 * media outside the folder) and export → import round trips at 23.976, 24, 25 and 29.97.
 */
class FcpxmlTest {
    @TempDir
    Path dir;

    @Test
    void finalCutShapedFile() throws Exception {
        Path file = Path.of(FcpxmlTest.class.getResource("/fcpxml/fcp-2398.fcpxml").toURI());
        OtioImporter.Result r = new FcpxmlImporter(new OtioImporter.Options(null, false, Ids.seeded(2))).read(file);
        Project p = r.project();
        assertThat(p.timeline().rate()).isEqualTo(FrameRate.FPS_23_976);
        assertThat(p.timeline().name()).isEqualTo("Interview cut");
        assertThat(p.timeline().tracks()).extracting(Track::name).containsExactly("V1", "V2", "A1", "A2");
        Track v1 = p.timeline().tracks().getFirst();
        assertThat(EdlTest.cuts(v1)).containsExactly("0+48", "48+48 x2", "120+120");
        assertThat(v1.clips().getFirst().sourceIn()).isEqualTo(FrameRate.FPS_23_976.toSeconds(576));
        assertThat(v1.clips().get(2).enabled()).isFalse();
        assertThat(v1.transitions()).extracting(Transition::cutFrame, Transition::inOffset, Transition::outOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(48L, 6L, 6L));
        Clip first = v1.clips().getFirst();
        assertThat(first.markers()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Good line");
            assertThat(m.note()).isEqualTo("use in trailer");
            assertThat(first.markerPosition(p.timeline().rate(), m)).isEqualTo(Rational.of(24));
        });
        assertThat(EdlTest.cuts(p.timeline().tracks().get(1))).containsExactly("24+48");
        assertThat(EdlTest.cuts(p.timeline().tracks().get(2))).containsExactly("0+48", "120+120");
        assertThat(EdlTest.cuts(p.timeline().tracks().get(3))).containsExactly("0+240");
        assertThat(p.timeline().markers()).extracting(Marker::name, Marker::frame).containsExactly(org.assertj.core.groups.Tuple.tuple("Music swell", 96L));
        assertThat(r.report().of(Kind.NEEDS_CONFIRMATION)).singleElement().satisfies(e -> assertThat(e.message()).contains("/etc/music_bed.wav"));
        assertThat(r.report().of(Kind.OFFLINE)).anySatisfy(e -> assertThat(e.message()).contains("title or generator"));
    }

    @Test
    void notFcpxml() {
        assertThatThrownBy(() -> new FcpxmlImporter(OtioImporter.Options.defaults()).read("<xmeml/>".getBytes(StandardCharsets.UTF_8), "x.fcpxml", dir))
                .isInstanceOf(OtioException.class).hasMessageContaining("not FCPXML");
        assertThatThrownBy(() -> new FcpxmlImporter(OtioImporter.Options.defaults()).read("<fcpxml".getBytes(StandardCharsets.UTF_8), "x.fcpxml", dir))
                .isInstanceOf(OtioException.class).hasMessageContaining("not valid XML");
        // an entity that would read a local file is not expanded
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE fcpxml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><fcpxml>&x;</fcpxml>";
        assertThatThrownBy(() -> new FcpxmlImporter(OtioImporter.Options.defaults()).read(xxe.getBytes(StandardCharsets.UTF_8), "x.fcpxml", dir))
                .isInstanceOf(OtioException.class).hasMessageNotContaining("root:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24000/1001", "24", "25", "30000/1001"})
    void exportThenImportKeepsEveryCut(String rateText) throws Exception {
        FrameRate rate = FrameRate.parse(rateText);
        Project p = EdlTest.project(rate);
        Path file = dir.resolve("cut.fcpxml");
        FcpxmlExporter.Written w = FcpxmlExporter.save(p, Extras.NONE.withBaseFolder(dir), file);
        assertThat(w.clips()).isEqualTo(7);
        Project q = new FcpxmlImporter(new OtioImporter.Options(dir, false, Ids.seeded(1))).read(file).project();
        assertThat(q.timeline().rate()).isEqualTo(rate);
        assertThat(EdlTest.exact(q.timeline().tracks().getFirst())).isEqualTo(EdlTest.exact(p.timeline().tracks().getFirst()));
        assertThat(EdlTest.exact(q.timeline().tracks().get(1))).isEqualTo(EdlTest.exact(p.timeline().tracks().get(1)));
        assertThat(q.timeline().tracks().getFirst().transitions()).extracting(Transition::cutFrame, Transition::inOffset, Transition::outOffset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(48L, 0L, 12L));
        assertThat(q.mediaItem(q.timeline().tracks().getFirst().clips().getFirst().activeTake().mediaId()).path()).isEqualTo("clips/a.mov");
    }
}

package dev.cutroom.otio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Media URLs that lead out of the project folder are reported and not followed unless allowed. */
class HostilePathsTest {
    @TempDir
    Path dir;

    static final String[] OUTSIDE = {"../../etc/passwd", "/etc/passwd", "file:///etc/shadow", "clips/../../../outside.mov", "file://localhost/root/.ssh/id_rsa"};
    static final String[] NOT_LOCAL = {"http://evil.example.com/x.mov", "file://fileserver/share/x.mov", "smb://nas/x.mov"};

    byte[] otio(List<String> urls) throws Exception {
        ObjectNode tl = OtioJson.object().put("OTIO_SCHEMA", "Timeline.1").put("name", "hostile");
        tl.set("global_start_time", OtioTime.rationalTime(dev.cutroom.timeline.model.Rational.ZERO, dev.cutroom.timeline.model.FrameRate.FPS_25));
        ObjectNode stack = tl.putObject("tracks").put("OTIO_SCHEMA", "Stack.1");
        ObjectNode track = stack.putArray("children").addObject().put("OTIO_SCHEMA", "Track.1").put("kind", "Video").put("name", "V1");
        ArrayNode children = track.putArray("children");
        for (String url : urls) {
            ObjectNode c = children.addObject().put("OTIO_SCHEMA", "Clip.1").put("name", url);
            c.set("source_range", OtioTime.timeRange(dev.cutroom.timeline.model.Rational.ZERO, dev.cutroom.timeline.model.Rational.ONE, dev.cutroom.timeline.model.FrameRate.FPS_25));
            ObjectNode ref = c.putObject("media_reference").put("OTIO_SCHEMA", "ExternalReference.1").put("target_url", url);
            ref.set("available_range", OtioTime.timeRange(dev.cutroom.timeline.model.Rational.ZERO, dev.cutroom.timeline.model.Rational.of(10), dev.cutroom.timeline.model.FrameRate.FPS_25));
        }
        return OtioJson.MAPPER.writeValueAsBytes(tl);
    }

    MediaItem mediaOf(Project p, String clipName) {
        for (Clip c : p.timeline().tracks().getFirst().clips()) if (c.name().equals(clipName)) return p.mediaItem(c.activeTake().mediaId());
        throw new AssertionError(clipName);
    }

    @Test
    void outsideTheProjectFolderIsNotFollowedWithoutConfirmation() throws Exception {
        String inside = dir.resolve("clips/inside.mov").toUri().toString();
        List<String> urls = new java.util.ArrayList<>(List.of(OUTSIDE));
        urls.addAll(List.of(NOT_LOCAL));
        urls.add("clips/ok.mov");
        urls.add(inside);
        OtioImporter.Result r = new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(1))).read(otio(urls), "h.otio", dir);
        Project p = r.project();
        for (String url : OUTSIDE) {
            MediaItem m = mediaOf(p, url);
            assertThat(m.isUsable()).as(url).isFalse();
            assertThat(m.info()).isNull();
            assertThat(m.error()).as(url).startsWith(OtioImporter.OUTSIDE_ERROR);
            assertThat(m.path()).as("no path a later render could read").isEqualTo(MediaLocator.UNLINKED_PATH);
        }
        assertThat(r.report().of(Kind.NEEDS_CONFIRMATION)).hasSize(OUTSIDE.length)
                .allSatisfy(e -> assertThat(e.message()).contains("outside the project folder").contains("--allow-outside"));
        for (String url : NOT_LOCAL) assertThat(mediaOf(p, url).isUsable()).as(url).isFalse();
        assertThat(r.report().of(Kind.OFFLINE)).hasSize(NOT_LOCAL.length);
        assertThat(mediaOf(p, "clips/ok.mov").path()).isEqualTo("clips/ok.mov");
        assertThat(mediaOf(p, "clips/ok.mov").isUsable()).isTrue();
        assertThat(mediaOf(p, inside).path()).isEqualTo("clips/inside.mov");
        assertThat(p.timeline().tracks().getFirst().clips()).hasSize(urls.size()); // every cut kept
    }

    @Test
    void allowOutsideFollowsLocalPathsButStillNotRemoteOnes() throws Exception {
        List<String> urls = new java.util.ArrayList<>(List.of(OUTSIDE));
        urls.addAll(List.of(NOT_LOCAL));
        OtioImporter.Result r = new OtioImporter(new OtioImporter.Options(dir, true, Ids.seeded(1))).read(otio(urls), "h.otio", dir);
        assertThat(mediaOf(r.project(), "/etc/passwd").path()).isEqualTo("/etc/passwd");
        assertThat(mediaOf(r.project(), "file:///etc/shadow").path()).isEqualTo("/etc/shadow");
        assertThat(mediaOf(r.project(), "../../etc/passwd").path()).isEqualTo(dir.getParent().getParent().resolve("etc/passwd").toString());
        for (String url : OUTSIDE) assertThat(mediaOf(r.project(), url).isUsable()).as(url).isTrue();
        for (String url : NOT_LOCAL) assertThat(mediaOf(r.project(), url).isUsable()).as(url).isFalse();
        assertThat(r.report().of(Kind.NEEDS_CONFIRMATION)).isEmpty();
    }

    @Test
    void aLinkInsideTheProjectFolderThatLeadsOutIsNotFollowedWithoutConfirmation() throws Exception {
        java.nio.file.Files.createSymbolicLink(dir.resolve("etc-link"), java.nio.file.Path.of("/etc"));
        OtioImporter.Result r = new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(1))).read(otio(List.of("etc-link/passwd")), "h.otio", dir);
        MediaItem m = mediaOf(r.project(), "etc-link/passwd");
        assertThat(m.isUsable()).isFalse();
        assertThat(m.error()).startsWith(OtioImporter.OUTSIDE_ERROR);
        assertThat(m.path()).isEqualTo(MediaLocator.UNLINKED_PATH);
    }
}

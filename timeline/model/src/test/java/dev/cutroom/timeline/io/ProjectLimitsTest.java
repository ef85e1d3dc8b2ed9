package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.command.Move;
import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Limits;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile sizes in project files and edits are refused with a clear message, from one set of {@link Limits}. */
class ProjectLimitsTest {

    private static ProjectFileException loadAfter(Consumer<ObjectNode> edit) {
        ObjectNode tree = ProjectJson.toTree(TestProjects.rich(), Extras.NONE);
        edit.accept(tree);
        try {
            ProjectJson.read(tree.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "hostile.cutroom", null);
        } catch (ProjectFileException e) {
            return e;
        }
        throw new AssertionError("the hostile project loaded");
    }

    private static ObjectNode timeline(ObjectNode root) { return (ObjectNode) root.get("timeline"); }

    @Test
    void hugeFrameSizeIsRefusedAtLoad() {
        ProjectFileException e = loadAfter(t -> timeline(t).put("width", 100_000).put("height", 100_000));
        assertThat(e.kind()).isEqualTo(Kind.MODEL_RULES);
        assertThat(e.getMessage()).startsWith("hostile.cutroom: ").contains("100000x100000").contains("16384");
    }

    @Test
    void absurdFrameRateIsRefusedAtLoadNotInTheEncoder() {
        ProjectFileException e = loadAfter(t -> timeline(t).put("rate", "1000000/1"));
        assertThat(e.getMessage()).contains("rate 1000000 fps").contains("limit of 1000 fps");
    }

    @Test
    void channelCountAndSampleRateAreBounded() {
        assertThat(loadAfter(t -> timeline(t).put("channels", 100_000)).getMessage()).contains("100000 audio channels");
        assertThat(loadAfter(t -> timeline(t).put("sampleRate", 2_000_000_000)).getMessage()).contains("sample rate 2000000000 Hz");
    }

    @Test
    void clipPositionsBeyondTheLongestTimelineAreRefused() {
        ProjectFileException e = loadAfter(t -> {
            var clips = (com.fasterxml.jackson.databind.node.ArrayNode) t.at("/timeline/tracks/0/clips");
            ((ObjectNode) clips.get(1)).put("start", Long.MAX_VALUE - 10);
            ((ObjectNode) t.at("/timeline/tracks/0")).putArray("transitions");
        });
        assertThat(e.getMessage()).contains("clip clip-2").contains("100-hour limit");
        ProjectFileException marker = loadAfter(t -> ((ObjectNode) t.at("/timeline/markers/0")).put("frame", Long.MAX_VALUE));
        assertThat(marker.getMessage()).contains("marker marker-1 is too far along");
    }

    @Test
    void movingAClipToTheLargestLongIsRefusedNotSaved() {
        Project p = TestProjects.rich();
        // clip-2 has a transition on its cut; drop it so that the move itself is what is judged
        Project plain = p.withTimeline(p.timeline().withTracks(p.timeline().tracks().stream()
                .map(t -> t.withTransitions(java.util.List.of())).toList()));
        assertThatThrownBy(() -> new Move("clip-2", null, Long.MAX_VALUE).apply(plain))
                .isInstanceOf(EditException.class).hasMessageContaining("too far along");
        long last = Limits.maxFrames(plain.timeline().rate()) - 30;
        assertThat(new Move("clip-2", null, last).apply(plain).after().timeline().duration()).isEqualTo(last + 30);
    }

    @Test
    void twoClipsOfOneTrackSharingALinkBreakTheInvariants() {
        ProjectFileException e = loadAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/1")).put("linkId", "link-1"));
        assertThat(e.kind()).isEqualTo(Kind.MODEL_RULES);
        assertThat(e.getMessage()).contains("clips clip-1 and clip-2 on track track-v1 share link link-1");
        Invariants.check(TestProjects.rich()); // the same link across two tracks (picture and sound) is what links are for
    }
}

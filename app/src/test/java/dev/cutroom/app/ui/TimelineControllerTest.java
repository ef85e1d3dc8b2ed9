package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.TimelineController;
import dev.cutroom.app.ui.vm.TimelineViewport;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mouse gestures on the timeline by coordinates, without a window: 2 px per frame, no scroll. */
class TimelineControllerTest {
    private EditorModel model;
    private TimelineViewport vp;
    private TimelineController c;
    private static final double V1 = TimelineViewport.RULER + 20, A1 = TimelineViewport.RULER + TimelineViewport.VIDEO_TRACK + 10;

    @BeforeEach
    void setUp() {
        Project p = TestProjects.linked(3, 4);
        model = new EditorModel(Ids.seeded(5), Runnable::run, Runnable::run);
        model.execute(dev.cutroom.timeline.command.Restore.project("load", p));
        vp = new TimelineViewport();
        vp.pixelsPerFrameProperty().set(2);
        c = new TimelineController(model, vp);
    }

    private Clip v1(int i) { return model.project().timeline().tracks().get(0).clips().get(i); }

    @Test
    void dragMovesWithSnapToPlayhead() {
        // lift the last clip first so there is room, then drag it back: its head snaps to the playhead
        model.seek(250);
        model.select(v1(2).id(), false);
        model.deleteSelection();
        model.select(v1(1).id(), false);
        c.press(300, V1, false);        // frame 150, middle clip
        c.drag(340, V1);
        c.release(397, V1);             // +48.5 frames: the tail lands at 249, one frame from the playhead
        assertThat(v1(1).end()).isEqualTo(250); // tail snapped onto the playhead (within 8 px)
        assertThat(model.project().timeline().tracks().get(1).clips().get(1).start()).isEqualTo(v1(1).start());
    }

    @Test
    void trimTailByDraggingTheEdge() {
        double edge = vp.frameToX(v1(1).end());
        c.press(edge - 1, V1, false);
        assertThat(c.mode()).isEqualTo(TimelineController.Mode.TRIM);
        c.drag(edge - 40, V1);
        c.release(edge - 40, V1);
        assertThat(v1(1).duration()).isEqualTo(80);
        model.undo();
        assertThat(v1(1).duration()).isEqualTo(100);
    }

    @Test
    void dragsSayWhatTheyDoWhileUnderWay() {
        assertThat(c.feedback()).isEmpty();
        double edge = vp.frameToX(v1(1).end());
        c.press(edge - 1, V1, false);
        c.drag(edge - 40, V1);
        assertThat(c.feedback()).isEqualTo("Trim tail −00:00:00:20  →  00:00:03:05 long");
        c.release(edge - 40, V1);
        assertThat(c.feedback()).isEmpty();

        model.select(v1(2).id(), false);
        double middle = vp.frameToX(v1(2).start() + 10);
        c.press(middle, V1, false);
        c.drag(middle + 20, V1);
        assertThat(c.feedback()).startsWith("Move +00:00:00:10  →  starts ");
        c.release(middle, V1);
    }

    @Test
    void altDragRippleTrimsAndLaterClipsFollow() {
        long nextStart = v1(2).start();
        double edge = vp.frameToX(v1(1).end());
        c.press(edge - 1, V1, false, true);
        c.drag(edge - 30, V1);
        c.release(edge - 40, V1);
        assertThat(v1(1).duration()).isEqualTo(80);
        assertThat(v1(2).start()).isEqualTo(nextStart - 20);
        assertThat(model.project().timeline().tracks().get(1).clips().get(2).start()).isEqualTo(nextStart - 20);
    }

    @Test
    void markersAreSnapTargets() {
        model.seek(230);
        model.addMarker();
        model.seek(0);
        model.select(v1(2).id(), false);
        model.deleteSelection();          // room after clip 1
        model.select(v1(1).id(), false);
        double x = vp.frameToX(150);
        c.press(x, V1, false);
        c.drag(x + 30, V1);
        c.release(x + 55, V1);            // +27.5 frames: the tail (227/228) snaps onto the marker at 230
        assertThat(v1(1).end()).isEqualTo(230);
    }

    @Test
    void shiftClickAndMarquee() {
        c.press(50, V1, false);
        c.release(50, V1);
        c.press(250, A1, true);
        c.release(250, A1);
        assertThat(model.selection()).hasSize(2);
        c.press(10, TimelineViewport.RULER + 200, false); // empty space below the tracks
        c.drag(450, V1);
        c.release(450, V1);
        assertThat(model.selection()).hasSize(6); // all three clips on V1 and A1 touched by the box
        c.press(120, 5, false);                   // ruler: scrub
        assertThat(model.playhead()).isEqualTo(60);
    }

    @Test
    void ctrlDragOnACutRollsItWithTheLinkedSound() {
        handles();
        long cut = v1(1).end();                      // 200: between clip 1 and clip 2
        long start2 = v1(2).start(), end2 = v1(2).end(), start1 = v1(1).start();
        double x = vp.frameToX(cut);
        c.press(x - 1, V1, false, false, true);      // Ctrl on the tail of clip 1: a roll (clip 2 touches it)
        assertThat(c.mode()).isEqualTo(TimelineController.Mode.ROLL);
        c.drag(x - 20, V1);
        assertThat(c.preview().project()).isNotSameAs(model.project());
        c.release(x - 30, V1);                       // -15 frames
        assertThat(v1(1).end()).isEqualTo(cut - 15);
        assertThat(v1(2).start()).isEqualTo(cut - 15);
        assertThat(v1(2).end()).as("the right clip's end stays").isEqualTo(end2);
        assertThat(v1(1).start()).isEqualTo(start1);
        assertThat(v1(2).sourceIn()).as("the right clip shows 15 frames more of its head").isEqualTo(dev.cutroom.timeline.model.Rational.of(5, 25));
        var a1 = model.project().timeline().tracks().get(1).clips();
        assertThat(a1.get(1).end()).as("the linked sound's cut rolls too").isEqualTo(cut - 15);
        assertThat(a1.get(2).start()).isEqualTo(cut - 15);
        assertThat(model.project().timeline().duration()).isEqualTo(end2);
        model.undo();
        assertThat(v1(1).end()).isEqualTo(cut);
        assertThat(v1(2).start()).isEqualTo(start2);
        assertThat(model.project().timeline().tracks().get(1).clips().get(2).start()).isEqualTo(start2);
    }

    @Test
    void rollSnapsToThePlayheadAndAFreeEdgeTrimsInstead() {
        handles();
        long cut = v1(1).end();
        model.seek(cut + 12);
        double x = vp.frameToX(cut);
        c.press(x + 1, V1, false, false, true);      // Ctrl on the head of clip 2: the same cut
        assertThat(c.mode()).isEqualTo(TimelineController.Mode.ROLL);
        c.drag(x + 30, V1);
        c.release(x + 19, V1);                       // +9.5 frames: snaps onto the playhead at +12 (within 8 px)
        assertThat(v1(1).end()).isEqualTo(cut + 12);
        assertThat(v1(2).start()).isEqualTo(cut + 12);
        // past the media: clamped to the 20 frames of handle the left clip has
        c.press(vp.frameToX(cut + 12) - 1, V1, false, false, true);
        c.release(vp.frameToX(cut + 12) + 100, V1);
        assertThat(v1(1).end()).isEqualTo(cut + 20);
        // the last clip's tail touches nothing: Ctrl+drag there is an ordinary trim
        double tail = vp.frameToX(v1(2).end());
        c.press(tail - 1, V1, false, false, true);
        assertThat(c.mode()).isEqualTo(TimelineController.Mode.TRIM);
        long end = v1(2).end();
        c.release(tail - 21, V1);
        assertThat(v1(2).end()).isEqualTo(end - 10);
    }

    /** Clips 1 and 2 trimmed so that their cut (at 180) has 20 frames of media on either side to roll into. */
    private void handles() {
        var p = model.project();
        model.execute(dev.cutroom.timeline.command.LinkedEdits.rippleTrim(p, v1(1).id(), dev.cutroom.timeline.command.RippleTrim.Edge.OUT, -20));
        model.execute(dev.cutroom.timeline.command.LinkedEdits.rippleTrim(model.project(), v1(2).id(), dev.cutroom.timeline.command.RippleTrim.Edge.IN, 20));
        assertThat(v1(1).end()).isEqualTo(180);
        assertThat(v1(2).start()).isEqualTo(180);
        assertThat(v1(2).sourceIn()).isEqualTo(dev.cutroom.timeline.model.Rational.of(20, 25));
    }
}

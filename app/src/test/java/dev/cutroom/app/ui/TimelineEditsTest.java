package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.command.LinkedEdits;
import dev.cutroom.timeline.command.RippleTrim;
import dev.cutroom.timeline.command.SetTrackFlags;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The editor's gestures as the timeline commands it makes (the same commands the command line uses), without a
 * window. Clips are 100 frames (4 s at 25 fps).
 */
class TimelineEditsTest {
    private final Project p = TestProjects.linked(3, 4);
    private final Track v1 = p.timeline().tracks().get(0), a1 = p.timeline().tracks().get(1);

    @Test
    void splitCutsLinkedClipsAndKeepsSourceExact() {
        Project out = applied(p, LinkedEdits.split(p, v1.clips().get(1).id(), 130, Ids.seeded(1)));
        Track v = out.timeline().tracks().get(0), a = out.timeline().tracks().get(1);
        assertThat(v.clips()).hasSize(4);
        assertThat(a.clips()).hasSize(4);
        Clip tail = v.clips().get(2);
        assertThat(tail.start()).isEqualTo(130);
        assertThat(tail.sourceIn()).isEqualTo(Rational.of(30, 25));
        assertThat(tail.linkId()).isEqualTo(a.clips().get(2).linkId()).isNotEqualTo(v.clips().get(1).linkId());
        Invariants.check(out);
    }

    @Test
    void rippleDeleteClosesTheGapOnLinkedTracks() {
        Project out = applied(p, LinkedEdits.rippleDelete(p, v1.clips().get(0).id()));
        assertThat(out.timeline().tracks().get(0).clips()).extracting(Clip::start).containsExactly(0L, 100L);
        assertThat(out.timeline().tracks().get(1).clips()).extracting(Clip::start).containsExactly(0L, 100L);
        Project lifted = applied(p, LinkedEdits.lift(p, v1.clips().get(0).id()));
        assertThat(lifted.timeline().tracks().get(0).clips()).extracting(Clip::start).containsExactly(100L, 200L);
    }

    @Test
    void moveRefusesOverlapAndMovesAcrossTracks() {
        assertThatThrownBy(() -> applied(p, LinkedEdits.moveClips(p, List.of(v1.clips().get(0).id()), 50, 0, TrackKind.VIDEO)))
                .isInstanceOf(EditException.class).hasMessageContaining("overlap");
        Project end = applied(p, LinkedEdits.moveClips(p, List.of(v1.clips().get(2).id()), 100, 0, TrackKind.VIDEO));
        assertThat(end.timeline().tracks().get(0).clips().get(2).start()).isEqualTo(300);
        assertThat(end.timeline().tracks().get(1).clips().get(2).start()).isEqualTo(300); // linked audio follows
    }

    @Test
    void trimIsClampedToNeighboursAndMedia() {
        Clip middle = v1.clips().get(1);
        // the tail cannot grow: the media is exactly as long as the clip
        assertThatThrownBy(() -> applied(p, LinkedEdits.trimTo(p, middle.id(), RippleTrim.Edge.OUT, 260))).isInstanceOf(EditException.class);
        Project shorter = applied(p, LinkedEdits.trimTo(p, middle.id(), RippleTrim.Edge.OUT, 180));
        assertThat(shorter.timeline().tracks().get(0).clips().get(1).duration()).isEqualTo(80);
        assertThat(shorter.timeline().tracks().get(1).clips().get(1).duration()).isEqualTo(80);
        Project head = applied(p, LinkedEdits.trimTo(p, middle.id(), RippleTrim.Edge.IN, 120));
        Clip h = head.timeline().tracks().get(0).clips().get(1);
        assertThat(h.start()).isEqualTo(120);
        assertThat(h.sourceIn()).isEqualTo(Rational.of(20, 25));
        // and back out again only to the media's start
        Project back = applied(head, LinkedEdits.trimTo(head, middle.id(), RippleTrim.Edge.IN, 0));
        assertThat(back.timeline().tracks().get(0).clips().get(1).start()).isEqualTo(100);
    }

    @Test
    void lockedTracksRefuseEdits() {
        Project locked = applied(p, SetTrackFlags.lock(v1.id(), true));
        assertThatThrownBy(() -> applied(locked, LinkedEdits.lift(locked, v1.clips().get(0).id()))).isInstanceOf(EditException.class);
    }

    @Test
    void modelUndoRedoAndSelection() {
        EditorModel m = new EditorModel(Ids.seeded(3), Runnable::run, Runnable::run);
        m.execute(dev.cutroom.timeline.command.Restore.project("load", p));
        m.seek(50);
        m.select(v1.clips().get(0).id(), false);
        assertThat(m.splitAtPlayhead()).isTrue();
        assertThat(m.project().timeline().tracks().get(0).clips()).hasSize(4);
        m.select(m.project().timeline().tracks().get(0).clips().get(1).id(), false);
        assertThat(m.rippleDeleteSelection()).isTrue();
        assertThat(m.project().timeline().duration()).isEqualTo(250);
        assertThat(m.selection()).isEmpty();
        m.undo();
        assertThat(m.project().timeline().duration()).isEqualTo(300);
        m.undo();
        assertThat(m.project()).isEqualTo(p);
        m.redo();
        assertThat(m.project().timeline().tracks().get(0).clips()).hasSize(4);
        assertThat(m.canRedoProperty().get()).isTrue();
        m.select(null, false);
        assertThat(m.deleteSelection()).isFalse();
        assertThat(m.statusProperty().get()).contains("Nothing selected");
        assertThat(Set.copyOf(m.selection())).isEmpty();
    }

    /** The command applied, its exact inverse checked on the way. */
    private static Project applied(Project before, Command command) {
        Command.Applied a = command.apply(before);
        assertThat(a.inverse().apply(a.after()).after()).isEqualTo(before);
        return a.after();
    }
}

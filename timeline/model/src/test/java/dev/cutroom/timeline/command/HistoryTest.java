package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.cutroom.timeline.command.Fixtures.clipOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {
    @Test
    void performUndoRedoWithLabels() {
        Project p0 = CommandsTest.base();
        History h = new History(p0);
        List<String> events = new ArrayList<>();
        h.addListener((hist, change, current) -> events.add(change + ":" + hist.undoDepth() + "/" + hist.redoDepth()));
        assertThat(h.canUndo()).isFalse();
        assertThat(h.undoLabel()).isNull();
        assertThat(h.isModified()).isFalse();

        Project p1 = h.perform(new Split("c1", 50, "c1b", List.of("c1b-t0")));
        Project p2 = h.perform(new RippleDelete("c1b"));
        assertThat(h.undoLabel()).isEqualTo("Ripple delete");
        assertThat(h.undoLabels()).containsExactly("Ripple delete", "Split clip");
        assertThat(h.isModified()).isTrue();

        assertThat(h.undo()).isEqualTo(p1);
        assertThat(h.redoLabel()).isEqualTo("Ripple delete");
        assertThat(h.undoLabel()).isEqualTo("Split clip");
        assertThat(h.undo()).isEqualTo(p0);
        assertThat(h.isModified()).isFalse();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.redo()).isEqualTo(p1);
        assertThat(h.redo()).isEqualTo(p2);
        assertThat(h.canRedo()).isFalse();

        h.undo();
        h.perform(new SetVolume("c1", 0.5));
        assertThat(h.canRedo()).as("a new edit clears redo").isFalse();
        assertThat(h.undoLabels()).containsExactly("Change volume", "Split clip");
        assertThat(events).containsExactly("PERFORM:1/0", "PERFORM:2/0", "UNDO:1/1", "UNDO:0/2", "REDO:1/1", "REDO:2/0",
                "UNDO:1/1", "PERFORM:2/0");
        assertThatThrownBy(h::redo).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusedEditChangesNothing() {
        History h = new History(CommandsTest.base());
        Project before = h.current();
        List<String> events = new ArrayList<>();
        h.addListener((hist, change, current) -> events.add(change.name()));
        assertThatThrownBy(() -> h.perform(new Move("c3", 10))).isInstanceOf(EditException.class);
        assertThat(h.current()).isSameAs(before);
        assertThat(h.canUndo()).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void maxDepthDropsOldest() {
        History h = new History(CommandsTest.base(), 2);
        h.perform(new SetVolume("c1", 0.1));
        h.perform(new SetVolume("c1", 0.2));
        h.perform(new SetVolume("c1", 0.3));
        assertThat(h.undoDepth()).isEqualTo(2);
        h.undo();
        h.undo();
        assertThat(h.canUndo()).isFalse();
        assertThat(clipOf(h.current(), "c1").volume()).isEqualTo(0.1);
        h.markSaved();
        assertThat(h.isModified()).isFalse();
        h.reset(CommandsTest.base());
        assertThat(h.canRedo()).isFalse();
    }
}

package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.model.Project;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo as pairs of immutable project snapshots. Projects share unchanged parts, so a snapshot costs
 * only the changed tracks. Every user gesture (a drag, a split of several clips) is one entry.
 */
public final class History {
    /** One undoable step. */
    public record Entry(String label, Project before, Project after) {}

    private final int limit;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();

    public History(int limit) {
        this.limit = limit;
    }

    public void push(String label, Project before, Project after) {
        undo.push(new Entry(label, before, after));
        while (undo.size() > limit) undo.removeLast();
        redo.clear();
    }

    /** The entry undone, or null when there is nothing to undo; the caller restores {@code before}. */
    public Entry undo() {
        Entry e = undo.poll();
        if (e != null) redo.push(e);
        return e;
    }

    /** The entry redone, or null; the caller restores {@code after}. */
    public Entry redo() {
        Entry e = redo.poll();
        if (e != null) undo.push(e);
        return e;
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    public String undoLabel() { return undo.isEmpty() ? null : undo.peek().label(); }

    public String redoLabel() { return redo.isEmpty() ? null : redo.peek().label(); }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}

package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Holds the current project with its undo and redo stacks. {@link #perform} applies a command and records its
 * exact inverse; a new edit clears the redo stack; {@link #undo} and {@link #redo} replay the recorded inverses,
 * so undoing everything gives back a project {@code equals} to the first one. Optionally keeps at most
 * {@code maxDepth} undo entries (the oldest are dropped).
 *
 * <p>Not thread-safe: use it from one thread (the UI thread in the editor). Listeners are called on that thread
 * after every change.
 */
public final class History {
    /** What happened to the history. */
    public enum Change { PERFORM, UNDO, REDO, RESET }

    /** Told after every change, with the new current project. */
    @FunctionalInterface
    public interface Listener {
        void changed(History history, Change change, Project current);
    }

    /**
     * One undoable edit: the command, its exact inverse, and the project it was applied to ({@code before}) and
     * gave ({@code after}). Projects share unchanged parts, so keeping them costs only the changed tracks.
     */
    private record Entry(String label, Command command, Command inverse, Project before, Project after) {}

    private final int maxDepth;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Project current;
    private Project saved;

    /** A history without a depth limit. */
    public History(Project initial) { this(initial, Integer.MAX_VALUE); }

    public History(Project initial, int maxDepth) {
        if (maxDepth < 1) throw new IllegalArgumentException("maxDepth must be at least 1, got " + maxDepth);
        this.current = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
        this.maxDepth = maxDepth;
    }

    public Project current() { return current; }

    /** Applies {@code command} to the current project; on {@link EditException} nothing changes. Returns the new project. */
    public Project perform(Command command) {
        Command.Applied applied = command.apply(current);
        undo.push(new Entry(command.label(), command, applied.inverse(), current, applied.after()));
        current = applied.after();
        while (undo.size() > maxDepth) undo.removeLast();
        redo.clear();
        fire(Change.PERFORM);
        return current;
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** Label of the edit {@link #undo} would undo, or null. */
    public String undoLabel() { return undo.isEmpty() ? null : undo.peek().label(); }

    /** Label of the edit {@link #redo} would redo, or null. */
    public String redoLabel() { return redo.isEmpty() ? null : redo.peek().label(); }

    /** Labels of the undo stack, most recent first. */
    public List<String> undoLabels() { return undo.stream().map(Entry::label).toList(); }

    /** Labels of the redo stack, next first. */
    public List<String> redoLabels() { return redo.stream().map(Entry::label).toList(); }

    /** Undoes the last edit; throws {@link IllegalStateException} when there is none. */
    public Project undo() {
        if (undo.isEmpty()) throw new IllegalStateException("nothing to undo");
        Entry e = undo.peek();
        Command.Applied applied = e.inverse().apply(current);
        undo.pop();
        Project was = current;
        current = same(applied.after(), e.before());
        redo.push(new Entry(e.label(), applied.inverse(), e.inverse(), current, was));
        fire(Change.UNDO);
        return current;
    }

    /** Redoes the last undone edit; throws {@link IllegalStateException} when there is none. */
    public Project redo() {
        if (redo.isEmpty()) throw new IllegalStateException("nothing to redo");
        Entry e = redo.peek();
        Command.Applied applied = e.command().apply(current);
        redo.pop();
        Project was = current;
        current = same(applied.after(), e.after());
        undo.push(new Entry(e.label(), e.command(), applied.inverse(), was, current));
        while (undo.size() > maxDepth) undo.removeLast();
        fire(Change.REDO);
        return current;
    }

    /** Replaces the project (e.g. after opening a file) and forgets both stacks. */
    public void reset(Project project) {
        current = Objects.requireNonNull(project, "project");
        saved = project;
        undo.clear();
        redo.clear();
        fire(Change.RESET);
    }

    /**
     * Takes {@code project} as the current one without an undo step, keeping both stacks: for the same edit state
     * written in other words (media paths rebased when the project is saved into another folder). Listeners hear
     * {@link Change#RESET}.
     */
    public void adopt(Project project) {
        current = Objects.requireNonNull(project, "project");
        fire(Change.RESET);
    }

    /** Remembers the current project as saved; {@link #isModified()} compares against it. */
    public void markSaved() { saved = current; }

    /** True when the current project differs from the one last saved (or loaded). */
    public boolean isModified() { return current != saved && !current.equals(saved); }

    /**
     * The recorded project when the replayed one equals it, so that undo gives back the very project the editor
     * had (views keyed on identity stay valid); the replayed one otherwise (after {@link #adopt}).
     */
    private static Project same(Project replayed, Project recorded) { return replayed.equals(recorded) ? recorded : replayed; }

    public int undoDepth() { return undo.size(); }

    public int redoDepth() { return redo.size(); }

    public int maxDepth() { return maxDepth; }

    public void addListener(Listener l) { listeners.add(Objects.requireNonNull(l)); }

    public void removeListener(Listener l) { listeners.remove(l); }

    private void fire(Change change) {
        for (Listener l : new ArrayList<>(listeners)) l.changed(this, change, current);
    }
}

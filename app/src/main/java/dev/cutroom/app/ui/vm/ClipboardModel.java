package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.command.ClipboardEdits;
import dev.cutroom.timeline.command.EditException;

import java.util.List;
import java.util.Set;

/**
 * Cut, copy and paste of clips in the editor: what is copied (clips with their linked sound), pasted at the
 * playhead over what is there or pushing the rest later, each paste one undo step. FX thread.
 */
public final class ClipboardModel {
    private final EditorModel model;
    private ClipboardEdits.Copy copied = new ClipboardEdits.Copy(List.of());

    public ClipboardModel(EditorModel model) {
        this.model = model;
    }

    /** Copies the selected clips and their partners; says how many. */
    public boolean copy() {
        if (model.selection().isEmpty()) {
            model.statusProperty().set("Copy: Nothing selected");
            return false;
        }
        copied = ClipboardEdits.copy(model.project(), List.copyOf(model.selection()));
        model.statusProperty().set("Copied " + count(copied.clips().size()));
        return true;
    }

    /** Copies the selection, then removes it leaving a gap (as Delete does). */
    public boolean cut() {
        return copy() && model.deleteSelection();
    }

    /** Pastes at the playhead; the pasted clips become the selection. */
    public boolean paste(boolean insert) {
        String label = insert ? "Paste insert" : "Paste";
        if (copied.isEmpty()) {
            model.statusProperty().set(label + ": nothing copied yet");
            return false;
        }
        Set<String> before = model.project().timeline().clipIds();
        try {
            model.performOrThrow(label, ClipboardEdits.paste(model.project(), copied, model.playhead(), insert, model.ids()));
        } catch (EditException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
        // the pasted clips are the new ones inside the pasted span (a clip split by the paste keeps its tail after it)
        long from = model.playhead(), to = from + copied.length();
        List<String> mine = model.project().timeline().clipIds().stream().filter(id -> !before.contains(id))
                .filter(id -> { long start = model.project().timeline().find(id).clip().start(); return start >= from && start < to; }).toList();
        model.selectAll(mine, false);
        model.statusProperty().set(label + ": " + count(copied.clips().size()) + " at the playhead");
        return true;
    }

    public boolean hasCopy() { return !copied.isEmpty(); }

    private static String count(int n) { return n == 1 ? "1 clip" : n + " clips"; }
}

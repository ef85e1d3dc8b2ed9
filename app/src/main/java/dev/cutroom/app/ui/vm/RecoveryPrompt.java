package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.io.Recovery;

import java.util.concurrent.CompletableFuture;

/**
 * The crash-recovery question, without a window: what to say and what each answer does. The user's save is never
 * overwritten: restoring opens the autosave as an unsaved project (the file changes only when they save);
 * discarding deletes the autosave and opens the save; "open last save" opens the save and keeps the autosave, so
 * it is offered again next time.
 */
public final class RecoveryPrompt {
    public enum Choice { RESTORE, DISCARD, OPEN_SAVE }

    private final EditorModel model;
    private final Recovery recovery;
    private final EditorModel.Opened save;

    /**
     * @param save the project file as read, or null for an untitled project (nothing to open instead)
     */
    public RecoveryPrompt(EditorModel model, Recovery recovery, EditorModel.Opened save) {
        this.model = model;
        this.recovery = recovery;
        this.save = save;
    }

    public Recovery recovery() { return recovery; }

    public String title() { return "Recover unsaved changes?"; }

    public String message() {
        String what = save == null ? "an untitled project" : save.file().getFileName().toString();
        return "Cutroom did not close cleanly. An autosave of " + what + " from " + recovery.autosavedAt() + " is newer than "
                + (recovery.savedAt() == null ? "any save" : "the last save (" + recovery.savedAt() + ")")
                + ".\n\nRestoring opens the autosave; your saved file is only replaced when you save.";
    }

    public String label(Choice c) {
        return switch (c) {
            case RESTORE -> "Restore autosave";
            case DISCARD -> "Discard autosave";
            case OPEN_SAVE -> save == null ? "Not now" : "Open last save";
        };
    }

    /** Carries out the answer; completes with true when the autosave was restored. */
    public CompletableFuture<Boolean> choose(Choice choice) {
        return switch (choice) {
            case RESTORE -> model.restoreAsync(recovery).thenApply(v -> true);
            case DISCARD -> model.discardRecoveryAsync(recovery).handle((v, e) -> {
                if (e != null) model.statusProperty().set("Could not delete the autosave: " + e.getMessage());
                openSave();
                return false;
            });
            case OPEN_SAVE -> {
                openSave();
                yield CompletableFuture.completedFuture(false);
            }
        };
    }

    private void openSave() {
        if (save != null) model.show(save);
    }
}

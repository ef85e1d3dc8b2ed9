package dev.cutroom.app.ui.vm;

import dev.cutroom.app.cli.OutsideMedia;
import java.util.List;
import java.util.Optional;

/**
 * The question the editor asks before opening a project whose media climb out of its folder with {@code ../} or
 * point into system folders (the same check as the command line's {@code --allow-outside}, {@link OutsideMedia}).
 * Asked before the project is shown, so nothing probes, decodes or draws those files until the user agrees.
 * Immutable; any thread.
 *
 * @param items each such media item, "id: stored path (resolved file)"
 */
public record OutsideMediaQuestion(String projectName, List<String> items) {
    public OutsideMediaQuestion {
        items = List.copyOf(items);
    }

    /** The question for a project read by {@link EditorModel#loadAsync}, or empty when all its media are fine. */
    public static Optional<OutsideMediaQuestion> about(EditorModel.Opened opened) {
        List<String> items = OutsideMedia.of(opened.file(), opened.loaded().project());
        return items.isEmpty() ? Optional.empty() : Optional.of(new OutsideMediaQuestion(opened.file().getFileName().toString(), items));
    }

    public String title() { return "Use media outside the project folder?"; }

    public String message() {
        return projectName + " uses media outside its folder or in system folders:\n\n  " + String.join("\n  ", items)
                + "\n\nOpen it only if you trust where this project came from. Cutroom reads these files to show them.";
    }

    /** The status line after the user said no. */
    public String refusedStatus() {
        return "Not opened: " + projectName + " uses media outside its folder";
    }
}

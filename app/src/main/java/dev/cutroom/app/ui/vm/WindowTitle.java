package dev.cutroom.app.ui.vm;

import java.nio.file.Path;

/** The window title and status-bar file label: "● " marks unsaved changes. */
public final class WindowTitle {
    private WindowTitle() {}

    public static String fileLabel(EditorModel model) {
        Path f = model.projectFile();
        String name = f == null ? "Untitled" : f.getFileName().toString();
        var tl = model.project().timeline();
        return (model.isDirty() ? "● " : "") + name + "  ·  " + tl.width() + "×" + tl.height() + " " + tl.rate() + " fps";
    }

    public static String title(EditorModel model) { return "Cutroom — " + fileLabel(model); }
}

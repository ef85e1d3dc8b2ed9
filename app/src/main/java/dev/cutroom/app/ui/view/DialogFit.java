package dev.cutroom.app.ui.view;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog on its screen: a long header wraps instead of widening the dialog, the content scrolls inside
 * it, and the window is no larger than the screen it opens on, with its buttons always reachable. FX thread.
 */
public final class DialogFit {
    /** Share of the screen's usable area a dialog may take. */
    private static final double SCREEN_SHARE = 0.9;
    /** Widest a header line gets before it wraps, in pixels. */
    private static final double HEADER_WIDTH = 640;

    private DialogFit() {}

    /** Fits {@code dialog} to the screen of its owner (or the primary screen) when it is shown; returns it. */
    public static <T> Dialog<T> toScreen(Dialog<T> dialog) {
        DialogPane pane = dialog.getDialogPane();
        String header = pane.getHeaderText();
        if (header != null && !header.isBlank()) {
            Label text = new Label(header);
            text.setWrapText(true);
            text.setMaxWidth(HEADER_WIDTH);
            text.setId("dialog-header-text");
            StackPane box = new StackPane(text);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getStyleClass().add("header-panel");
            pane.setHeader(box);
        }
        if (pane.getContent() != null && !(pane.getContent() instanceof ScrollPane)) {
            ScrollPane scroll = new ScrollPane(pane.getContent());
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("dialog-scroll");
            pane.setContent(scroll);
        }
        dialog.setResizable(true);
        dialog.setOnShown(e -> clamp(dialog));
        return dialog;
    }

    /** Shrinks the shown dialog to its screen and moves it fully onto it. */
    static void clamp(Dialog<?> dialog) {
        Rectangle2D screen = screenOf(dialog.getOwner(), dialog.getX(), dialog.getY()).getVisualBounds();
        double maxW = Math.floor(screen.getWidth() * SCREEN_SHARE), maxH = Math.floor(screen.getHeight() * SCREEN_SHARE);
        if (dialog.getWidth() > maxW) dialog.setWidth(maxW);
        if (dialog.getHeight() > maxH) dialog.setHeight(maxH);
        double x = Math.min(Math.max(dialog.getX(), screen.getMinX()), screen.getMaxX() - dialog.getWidth());
        double y = Math.min(Math.max(dialog.getY(), screen.getMinY()), screen.getMaxY() - dialog.getHeight());
        dialog.setX(x);
        dialog.setY(y);
    }

    private static Screen screenOf(Window owner, double x, double y) {
        if (owner != null) {
            var found = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
            if (!found.isEmpty()) return found.getFirst();
        }
        var at = Screen.getScreensForRectangle(x, y, 1, 1);
        return at.isEmpty() ? Screen.getPrimary() : at.getFirst();
    }
}

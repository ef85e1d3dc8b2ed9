package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.FrameService;
import dev.cutroom.app.ui.vm.PlaybackEngine;
import dev.cutroom.app.ui.vm.SourceMonitorModel;
import dev.cutroom.app.ui.vm.ViewerModel;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.ProjectFactory;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The source monitor: a window with its own viewer for one media item (Space plays, I and O mark), and Insert (,)
 * and Overwrite (.) that place the marked part in the timeline at the program's playhead. FX thread.
 */
public final class SourceMonitorWindow {
    private final SourceMonitorModel monitor;
    private final Stage stage = new Stage();
    private final FrameService frames = new FrameService(640, 360, Platform::runLater);
    private final PlaybackEngine playback = PlaybackEngine.forApp();
    private final ViewerModel viewer;

    public SourceMonitorWindow(SourceMonitorModel monitor, Window owner, List<String> stylesheets) {
        this.monitor = monitor;
        this.viewer = new ViewerModel(monitor.source(), frames, playback);
        stage.initOwner(owner);
        ViewerPane pane = new ViewerPane(monitor.source(), viewer);
        Button insert = button("Insert  ,", "Insert the marked part at the timeline's playhead, pushing later clips", "source-insert", monitor::insert);
        Button overwrite = button("Overwrite  .", "Overwrite the timeline at its playhead with the marked part", "source-overwrite", monitor::overwrite);
        HBox edits = new HBox(6, insert, overwrite);
        edits.setAlignment(Pos.CENTER_RIGHT);
        edits.setPadding(new Insets(4, 6, 6, 6));
        BorderPane root = new BorderPane(pane);
        root.setBottom(edits);
        root.getStyleClass().add("editor");
        Scene scene = new Scene(root, 680, 470);
        scene.getStylesheets().addAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setOnHidden(e -> viewer.pause());
    }

    /** Shows {@code item} in the window and brings it to the front. */
    public void show(MediaItem item) {
        viewer.pause();
        monitor.open(item);
        stage.setTitle("Source: " + ProjectFactory.displayName(item.path()));
        stage.show();
        stage.toFront();
    }

    public Stage stage() { return stage; }

    public ViewerModel viewer() { return viewer; }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) return;
        boolean handled = true;
        switch (e.getCode()) {
            case SPACE -> viewer.togglePlay();
            case I -> monitor.source().markIn();
            case O -> monitor.source().markOut();
            case LEFT -> { viewer.pause(); monitor.source().step(-1); }
            case RIGHT -> { viewer.pause(); monitor.source().step(1); }
            case COMMA -> monitor.insert();
            case PERIOD -> monitor.overwrite();
            default -> handled = false;
        }
        if (handled) e.consume();
    }

    /** Stops playback and frees the decoders (the editor closes). */
    public void close() {
        viewer.pause();
        frames.close();
        playback.close();
        stage.hide();
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}

package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.ViewerModel;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The viewer: the picture under the playhead, audio meters beside it, timecode, transport buttons and a playback stats overlay. */
public final class ViewerPane extends BorderPane {
    private final ViewerModel viewer;
    private final ImageView picture = new ImageView();
    private final AnimationTimer timer;

    public ViewerPane(EditorModel model, ViewerModel viewer) {
        this.viewer = viewer;
        getStyleClass().add("viewer");
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        picture.setId("viewer-image");
        picture.imageProperty().bind(viewer.imageProperty());
        StackPane screen = new StackPane(picture);
        screen.getStyleClass().add("viewer-screen");
        screen.setMinSize(160, 90);
        picture.fitWidthProperty().bind(screen.widthProperty().subtract(8));
        picture.fitHeightProperty().bind(screen.heightProperty().subtract(8));
        Label error = new Label();
        error.getStyleClass().add("viewer-error");
        error.setWrapText(true);
        error.textProperty().bind(viewer.errorProperty());
        error.visibleProperty().bind(viewer.errorProperty().isNotNull());
        Label stats = new Label();
        stats.getStyleClass().add("viewer-stats");
        stats.setId("viewer-stats");
        stats.textProperty().bind(viewer.statsProperty());
        stats.visibleProperty().bind(viewer.statsProperty().isNotEmpty());
        StackPane.setAlignment(stats, Pos.TOP_RIGHT);
        StackPane.setMargin(stats, new Insets(6));
        screen.getChildren().addAll(error, stats);
        setCenter(screen);
        setRight(new AudioMeterView(viewer));

        Label timecode = new Label();
        timecode.setId("timecode");
        timecode.getStyleClass().add("timecode");
        timecode.textProperty().bind(viewer.timecodeProperty());
        Button start = button("|◀◀", "Go to start (Home)", () -> model.seek(0));
        Button back = button("◀|", "Previous frame (Left)", () -> model.step(-1));
        Button play = button("▶", "Play / pause (Space)", viewer::togglePlay);
        play.setId("play");
        viewer.playingProperty().addListener((o, a, b) -> play.setText(b ? "❚❚" : "▶"));
        Button fwd = button("|▶", "Next frame (Right)", () -> model.step(1));
        Button end = button("▶▶|", "Go to end (End)", () -> model.seek(model.duration()));
        Button in = button("I", "Mark in (I)", model::markIn);
        Button out = button("O", "Mark out (O)", model::markOut);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(4, timecode, spring, start, back, play, fwd, end, new Region(), in, out);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("transport");
        setBottom(bar);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!viewer.tick(now)) stop();
            }
        };
        viewer.playingProperty().addListener((o, a, b) -> { if (b) timer.start(); else timer.stop(); });
    }

    public ViewerModel viewer() { return viewer; }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("transport-button");
        return b;
    }
}

package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.app.ui.vm.Timecode;
import dev.cutroom.engine.cache.ThumbnailCache;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Rational;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The media bin: every item with a thumbnail (loaded in the background), duration and format; items that failed
 * to probe show their error. Files dropped on it are imported; items drag onto the timeline or are added with a
 * double click.
 */
public final class MediaBinView extends BorderPane {
    private final EditorModel model;
    private final ThumbnailCache thumbnails;
    private final ListView<MediaItem> list = new ListView<>();
    private final ObservableList<MediaItem> items = FXCollections.observableArrayList();
    private final Map<String, Image> thumbs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> loading = new HashMap<>();

    private java.util.function.Consumer<MediaItem> onOpen;

    public MediaBinView(EditorModel model, ThumbnailCache thumbnails) {
        onOpen = model::appendToTimeline;
        this.model = model;
        this.thumbnails = thumbnails;
        getStyleClass().add("media-bin");
        Label title = new Label("Media");
        title.getStyleClass().add("panel-title");
        setTop(title);
        list.setId("media-bin");
        list.setItems(items);
        list.setCellFactory(v -> new Cell());
        list.setPlaceholder(new Label("Drop media files here\nor use File ▸ Import media…"));
        setCenter(list);
        model.projectProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.media() != b.media()) items.setAll(b.media());
        });
        items.setAll(model.project().media());

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files != null && !files.isEmpty()) {
                model.importMedia(files.stream().map(File::toPath).toList());
                e.setDropCompleted(true);
            }
            e.consume();
        });
        MenuItem append = new MenuItem("Add to end of timeline");
        append.setOnAction(e -> { var m = list.getSelectionModel().getSelectedItem(); if (m != null) model.appendToTimeline(m); });
        MenuItem relink = new MenuItem("Relink…");
        relink.setOnAction(e -> {
            var m = list.getSelectionModel().getSelectedItem();
            if (m == null) return;
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setTitle("Relink " + ProjectFactory.displayName(m.path()));
            File f = fc.showOpenDialog(getScene().getWindow());
            if (f != null) model.relink(m.id(), f.toPath());
        });
        MenuItem source = new MenuItem("Open in source monitor");
        source.setOnAction(e -> { var m = list.getSelectionModel().getSelectedItem(); if (m != null) onOpen.accept(m); });
        list.setContextMenu(new ContextMenu(source, append, relink));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) { var m = list.getSelectionModel().getSelectedItem(); if (m != null) onOpen.accept(m); }
        });
    }

    public ListView<MediaItem> list() { return list; }

    /** What a double-click on a usable item does (the editor: open it in the source monitor; until set: append it). */
    public void setOnOpen(java.util.function.Consumer<MediaItem> open) { onOpen = open; }

    private Image thumbnail(MediaItem item) {
        Image img = thumbs.get(item.id());
        if (img != null || !item.isUsable() || !item.info().hasVideo()) return img;
        if (loading.putIfAbsent(item.id(), true) == null) {
            Path file = model.resolver().resolve(item);
            Rational at = item.info().duration().times(Rational.of(1, 3));
            model.background().execute(() -> {
                try {
                    if (!Files.isRegularFile(file)) return;
                    Image fx = SwingFXUtils.toFXImage(thumbnails.thumbnail(file, at, 96, 54), null);
                    thumbs.put(item.id(), fx);
                    model.uiThread().execute(list::refresh);
                } catch (RuntimeException ignored) {
                    // no thumbnail; the item still shows its details
                }
            });
        }
        return null;
    }

    static String describe(MediaItem m) {
        if (!m.isUsable()) return "Cannot be used: " + (m.error() == null ? "not probed" : m.error());
        MediaInfo i = m.info();
        StringBuilder s = new StringBuilder(Timecode.duration(i.duration()));
        if (i.hasVideo()) {
            var v = i.video();
            s.append("  ").append(v.width()).append('×').append(v.height()).append("  ")
                    .append(String.format("%.3f", v.frameRate().toDouble()).replaceAll("\\.?0+$", "")).append(" fps  ").append(v.codec());
        }
        if (i.hasAudio()) s.append(i.hasVideo() ? "\n" : "  ").append(i.audio().sampleRate() / 1000.0).append(" kHz ").append(i.audio().channels() == 1 ? "mono" : i.audio().channels() == 2 ? "stereo" : i.audio().channels() + " ch");
        return s.toString();
    }

    private final class Cell extends ListCell<MediaItem> {
        private final ImageView image = new ImageView();
        private final Label name = new Label(), details = new Label(), note = new Label();
        private final HBox box;

        Cell() {
            image.setFitWidth(96);
            image.setFitHeight(54);
            image.setPreserveRatio(true);
            StackPane frame = new StackPane(image);
            frame.getStyleClass().add("thumb");
            frame.setMinSize(96, 54);
            frame.setPrefSize(96, 54);
            name.getStyleClass().add("media-name");
            details.getStyleClass().add("media-details");
            details.setWrapText(true);
            VBox text = new VBox(2, name, details);
            note.getStyleClass().add("thumb-note");
            frame.getChildren().add(note);
            box = new HBox(8, frame, text);
            text.setMinWidth(0);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(list.widthProperty().subtract(28));
            box.maxWidthProperty().bind(list.widthProperty().subtract(28));
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(2));
            setOnDragDetected(e -> {
                if (getItem() == null || !getItem().isUsable()) return;
                var db = startDragAndDrop(TransferMode.COPY);
                ClipboardContent c = new ClipboardContent();
                c.putString("media:" + getItem().id());
                db.setContent(c);
                e.consume();
            });
        }

        @Override
        protected void updateItem(MediaItem m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                return;
            }
            name.setText(ProjectFactory.displayName(m.path()));
            boolean missing = m.isUsable() && model.isMissing(m);
            details.setText(missing ? "Missing: " + model.resolver().resolve(m) + "\nRight-click ▸ Relink…" : describe(m));
            details.getStyleClass().remove("error");
            if (!m.isUsable() || missing) details.getStyleClass().add("error");
            image.setImage(thumbnail(m));
            note.setText(m.isUsable() ? (m.info().hasVideo() ? "" : "♪") : "⚠");
            setGraphic(box);
        }
    }
}

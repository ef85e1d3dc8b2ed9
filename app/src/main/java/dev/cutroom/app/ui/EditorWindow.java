package dev.cutroom.app.ui;

import dev.cutroom.app.ui.plugins.PluginCatalog;
import dev.cutroom.app.ui.plugins.PluginJobs;
import dev.cutroom.app.ui.plugins.PluginsUi;
import dev.cutroom.app.ui.soundtrack.SoundtrackPanel;
import dev.cutroom.app.ui.view.InspectorView;
import dev.cutroom.app.ui.view.MediaBinView;
import dev.cutroom.app.ui.view.TimelineView;
import dev.cutroom.app.ui.view.ViewerPane;
import dev.cutroom.app.ui.vm.ClipboardModel;
import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.ExportDialogModel;
import dev.cutroom.app.ui.vm.FrameService;
import dev.cutroom.app.ui.vm.JobsModel;
import dev.cutroom.app.ui.vm.OtioTransfer;
import dev.cutroom.app.ui.vm.TimelineFormat;
import dev.cutroom.app.ui.vm.OutsideMediaQuestion;
import dev.cutroom.app.ui.vm.PlaybackEngine;
import dev.cutroom.app.ui.vm.RecoveryPrompt;
import dev.cutroom.app.ui.vm.MarkersModel;
import dev.cutroom.app.ui.view.MarkersPanel;
import dev.cutroom.app.ui.vm.SourceMonitorModel;
import dev.cutroom.app.ui.view.SourceMonitorWindow;
import dev.cutroom.app.ui.vm.TransitionModel;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Transition;
import dev.cutroom.app.ui.vm.WindowTitle;
import dev.cutroom.app.ui.vm.ViewerModel;
import dev.cutroom.engine.cache.ThumbnailCache;
import dev.cutroom.engine.render.ExportResult;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.Recovery;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.TaskProgressView;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The editor window: menus, media bin, viewer, inspector, timeline, jobs panel and status bar, with the keyboard
 * shortcuts editors expect. State lives in the view-models ({@link EditorModel}, {@link ViewerModel},
 * {@link JobsModel}); this class wires them to controls and dialogs.
 */
public final class EditorWindow {
    public static final double AUTOSAVE_SECONDS = 60;

    private final Stage stage;
    private final EditorSettings settings;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> Thread.ofPlatform().daemon().name("cutroom-bg").unstarted(r));
    private final ExecutorService jobsExecutor = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("cutroom-job").unstarted(r));
    private final EditorModel model;
    private final OtioTransfer otio;
    private final ClipboardModel clipboard;
    private final MarkersModel markers;
    private final SourceMonitorModel sourceMonitor;
    private SourceMonitorWindow sourceWindow;
    private final TransitionModel transitions;
    private final FrameService frames;
    private final PlaybackEngine playback;
    private final ViewerModel viewer;
    private final JobsModel jobs;
    private final PluginsUi plugins;
    /** Asked before a project with media outside its folder is shown; true opens it. A dialog unless a test replaces it. */
    private java.util.function.Predicate<OutsideMediaQuestion> confirmOutsideMedia = this::askOutsideMedia;
    private final TimelineView timeline;
    private final MediaBinView bin;
    private final InspectorView inspector;
    private final ViewerPane viewerPane;
    private final SplitPane top, main, right;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Scene scene;
    private final Timeline autosave;

    public EditorWindow(Stage stage, EditorSettings settings, Path cacheFolder) {
        this.stage = stage;
        this.settings = settings;
        this.model = EditorModel.forApp(background);
        this.otio = new OtioTransfer(model);
        this.clipboard = new ClipboardModel(model);
        this.sourceMonitor = new SourceMonitorModel(model, background, Platform::runLater);
        this.transitions = new TransitionModel(model);
        this.markers = new MarkersModel(model);
        this.frames = new FrameService(960, 540, Platform::runLater);
        this.playback = PlaybackEngine.forApp();
        this.viewer = new ViewerModel(model, frames, playback);
        this.jobs = new JobsModel(jobsExecutor);
        this.plugins = new PluginsUi(() -> stage, model, catalog -> PluginJobs.forApp(model, jobs, catalog));
        ThumbnailCache thumbnails = new ThumbnailCache(cacheFolder.resolve("thumbnails"), 512);
        this.timeline = new TimelineView(model, thumbnails, new dev.cutroom.engine.cache.WaveformCache(cacheFolder.resolve("waveforms")));
        this.bin = new MediaBinView(model, thumbnails);
        bin.setOnOpen(this::openSource);
        this.inspector = new InspectorView(model);
        this.viewerPane = new ViewerPane(model, viewer);

        TaskProgressView<Task<?>> progress = new TaskProgressView<>();
        progress.setId("jobs");
        Bindings.bindContent(progress.getTasks(), jobs.running());
        ListView<String> finished = new ListView<>(jobs.finished());
        finished.setId("jobs-finished");
        finished.setPrefHeight(90);
        finished.setPlaceholder(new Label("No finished jobs"));
        Label jobsTitle = new Label("Jobs");
        jobsTitle.getStyleClass().add("panel-title");
        VBox jobsPane = new VBox(jobsTitle, progress, finished);
        VBox.setVgrow(progress, Priority.ALWAYS);
        jobsPane.getStyleClass().add("jobs");

        VBox inspectorColumn = new VBox(inspector, SoundtrackPanel.forEditor(model, plugins, background, () -> stage));
        VBox.setVgrow(inspector, Priority.ALWAYS);
        right = new SplitPane(inspectorColumn, jobsPane);
        right.setOrientation(Orientation.VERTICAL);
        SplitPane left = new SplitPane(bin, new MarkersPanel(markers, () -> model.project().timeline().rate()));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        top = new SplitPane(left, viewerPane, right);
        main = new SplitPane(top, timeline);
        main.setOrientation(Orientation.VERTICAL);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(this::fileLabel, model.projectFileProperty(), model.dirtyProperty(), model.projectProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, spring, file);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(3, 8, 3, 8));

        BorderPane root = new BorderPane(main);
        root.setTop(menus());
        root.setBottom(statusBar);
        root.getStyleClass().add("editor");
        WindowLayout layout = WindowLayout.load(settings);
        scene = new Scene(root, layout.width(), layout.height());
        scene.getStylesheets().add(EditorWindow.class.getResource("cutroom.css").toExternalForm());
        plugins.stylesheets().addAll(scene.getStylesheets());
        plugins.discover(background, Platform::runLater, PluginCatalog::discover);
        MenuItem instruct = new MenuItem("Instruct edit…");
        instruct.setId("clip-menu-instruct");
        instruct.setAccelerator(PluginsUi.INSTRUCT_SHORTCUT);
        instruct.setOnAction(e -> plugins.openInstructDialog());
        timeline.setClipContextMenu(new javafx.scene.control.ContextMenu(instruct));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> WindowTitle.title(model), model.projectFileProperty(), model.dirtyProperty(), model.projectProperty()));
        restoreLayout(layout);
        model.projectFileProperty().addListener((o, a, b) -> { if (b != null) { settings.addRecent(b); rebuildRecent(); } });
        model.playheadProperty().addListener((o, a, b) -> { if (viewer.playingProperty().get()) timeline.viewport().reveal(b.longValue()); });
        stage.setOnCloseRequest(e -> {
            if (!model.isDirty()) return;
            e.consume();
            confirmDiscard(stage::close);
        });
        stage.setOnHidden(e -> shutdown());
        autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS), e -> model.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        model.statusProperty().set("Ready");
    }

    public Stage stage() { return stage; }
    public Scene scene() { return scene; }
    public EditorModel model() { return model; }
    public ClipboardModel clipboard() { return clipboard; }
    public SourceMonitorModel sourceMonitor() { return sourceMonitor; }

    /** Opens {@code item} in the source monitor for a three-point edit (an unusable file says why). */
    public SourceMonitorWindow openSource(MediaItem item) {
        if (!item.isUsable()) {
            model.statusProperty().set("Cannot open " + item.path() + ": " + item.error());
            return sourceWindow;
        }
        if (sourceWindow == null) sourceWindow = new SourceMonitorWindow(sourceMonitor, stage, scene.getStylesheets());
        sourceWindow.show(item);
        return sourceWindow;
    }
    public TransitionModel transitions() { return transitions; }
    public MarkersModel markers() { return markers; }
    public ViewerModel viewer() { return viewer; }
    public JobsModel jobs() { return jobs; }
    public PluginsUi plugins() { return plugins; }
    public TimelineView timeline() { return timeline; }
    public MediaBinView bin() { return bin; }

    private String fileLabel() { return WindowTitle.fileLabel(model); }

    // ------------------------------------------------------------------ menus and shortcuts

    private MenuBar menus() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("New", "Shortcut+N", () -> confirmDiscard(model::newProject)),
                item("Open…", "Shortcut+O", this::openDialog),
                recentMenu,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", () -> save(() -> { })),
                item("Save As…", "Shortcut+Shift+S", () -> saveAsDialog(() -> { })),
                new SeparatorMenuItem(),
                item("Import media…", "Shortcut+I", this::importDialog),
                item("Export…", "Shortcut+E", this::exportDialog),
                new SeparatorMenuItem(),
                item("Import OTIO…", null, () -> importTimelineDialog(TimelineFormat.OTIO)),
                item("Export OTIO…", null, () -> exportTimelineDialog(TimelineFormat.OTIO)),
                item("Import EDL…", null, () -> importTimelineDialog(TimelineFormat.EDL)),
                item("Export EDL…", null, () -> exportTimelineDialog(TimelineFormat.EDL)),
                item("Import FCPXML…", null, () -> importTimelineDialog(TimelineFormat.FCPXML)),
                item("Export FCPXML…", null, () -> exportTimelineDialog(TimelineFormat.FCPXML)),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> confirmDiscard(stage::close)));
        rebuildRecent();
        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> model.undoLabelProperty().get().isEmpty() ? "Undo" : "Undo " + model.undoLabelProperty().get(), model.undoLabelProperty()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.textProperty().bind(Bindings.createStringBinding(() -> model.redoLabelProperty().get().isEmpty() ? "Redo" : "Redo " + model.redoLabelProperty().get(), model.redoLabelProperty()));
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", clipboard::cut),
                item("Copy", "Shortcut+C", clipboard::copy),
                item("Paste  (over, at the playhead)", "Shortcut+V", () -> clipboard.paste(false)),
                item("Paste insert  (push later clips)", "Shortcut+Shift+V", () -> clipboard.paste(true)),
                new SeparatorMenuItem(),
                item("Add cross-dissolve  (nearest cut)", "Shortcut+T", () -> transitions.add(Transition.CROSS_DISSOLVE)),
                item("Add dip to black  (nearest cut)", "Shortcut+Shift+T", () -> transitions.add(Transition.DIP_TO_BLACK)),
                item("Transition length…", null, this::transitionLengthDialog),
                item("Remove transition", null, transitions::remove),
                new SeparatorMenuItem(),
                item("Split at playhead  (S)", "Shortcut+B", model::splitAtPlayhead),
                item("Delete  (Delete)", null, model::deleteSelection),
                item("Ripple delete  (Shift+Delete)", null, model::rippleDeleteSelection),
                new SeparatorMenuItem(),
                item("Mark in  (I)", null, model::markIn),
                item("Mark out  (O)", null, model::markOut),
                item("Clear marks", null, model::clearMarks),
                item("Add marker  (M)", null, model::addMarker),
                item("Add clip marker  (Shift+M, on the selected clip's source)", null, markers::addClipMarker));
        CheckMenuItem snap = new CheckMenuItem("Snapping  (N)");
        snap.selectedProperty().bindBidirectional(model.snappingProperty());
        Menu view = new Menu("View");
        view.getItems().addAll(item("Zoom in  (+)", null, timeline::zoomIn), item("Zoom out  (−)", null, timeline::zoomOut),
                item("Zoom to fit  (\\)", null, timeline::zoomToFit), new SeparatorMenuItem(), snap, new SeparatorMenuItem(), previewMenu());
        Menu help = new Menu("Help");
        help.getItems().addAll(item("Keyboard shortcuts", "F1", this::showShortcuts), item("About Cutroom", null, this::about));
        MenuBar bar = new MenuBar(file, edit, view, plugins.menu(), help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Preview resolution: frames made smaller than the viewer play large media in time (export is always full size). */
    private Menu previewMenu() {
        Menu preview = new Menu("Preview resolution");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (double scale : new double[] {1, 0.5, 0.25}) {
            javafx.scene.control.RadioMenuItem r = new javafx.scene.control.RadioMenuItem(scale == 1 ? "Full" : scale == 0.5 ? "Half" : "Quarter");
            r.setId("preview-" + (int) Math.round(1 / scale));
            r.setToggleGroup(group);
            r.setSelected(scale == frames.previewScale());
            r.setOnAction(e -> {
                frames.setPreviewScale(scale);
                viewer.refresh();
            });
            preview.getItems().add(r);
        }
        return preview;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : settings.recent()) recentMenu.getItems().add(item(p.getFileName() + "  —  " + p.getParent(), null, () -> confirmDiscard(() -> open(p))));
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    static final String[][] SHORTCUTS = {
            {"Space", "Play / pause"}, {"J / K / L", "Shuttle backward / stop / forward (press again for faster)"},
            {"Left / Right", "Previous / next frame (Shift: 10 frames)"}, {"Home / End", "Start / end of the timeline"},
            {"I / O", "Mark in / out"}, {"S or Ctrl+B", "Split at the playhead (selected clips, or all under it)"},
            {"Delete / Backspace", "Delete (leave a gap)"}, {"Shift+Delete", "Ripple delete (close the gap)"},
            {"Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"}, {"+ / −", "Zoom in / out"}, {"\\", "Zoom to fit"}, {"N", "Snapping on / off"}, {"M / Shift+M", "Add a marker at the playhead / on the selected clip's source (it moves with the clip)"},
            {"Alt+drag an edge", "Ripple trim (later clips follow)"}, {"Ctrl+drag a cut", "Roll edit (move the cut between two touching clips)"},
            {"Ctrl+S / Ctrl+Shift+S", "Save / save as"}, {"Ctrl+O / Ctrl+N", "Open / new"}, {"Ctrl+I / Ctrl+E", "Import media / export"}, {"Ctrl+Shift+I", "Instruct edit: type what to do to the selected clips"},
            {"Ctrl+X / Ctrl+C", "Cut / copy the selected clips (with their linked sound)"}, {"Ctrl+V / Ctrl+Shift+V", "Paste at the playhead over what is there / pushing later clips"},
            {"Ctrl+T / Ctrl+Shift+T", "Cross-dissolve / dip to black on the cut nearest the playhead (one second; Edit → Transition length… changes it)"},
            {"Double-click media in the bin", "Open it in the source monitor: I / O mark its part, ',' inserts and '.' overwrites it at the timeline's playhead"},
            {"Shift+click, drag on empty space", "Add to selection, marquee select"}, {"Drag a clip / an edge", "Move / trim (snaps to edges, playhead, marks)"},
            {"Ctrl+wheel", "Zoom around the pointer"}, {"Wheel / Shift+wheel", "Scroll tracks (when they do not fit) / scroll in time"},
            {"Playback", "Sound at 1x forward only; J/L at other speeds play silently"}};

    private void shortcut(KeyEvent e) {
        Node focus = scene.getFocusOwner();
        if (focus instanceof TextInputControl) return;
        if (e.isShortcutDown() || e.isAltDown()) return; // menu accelerators
        boolean shift = e.isShiftDown();
        KeyCode k = e.getCode();
        boolean handled = true;
        switch (k) {
            case SPACE -> viewer.togglePlay();
            case J -> viewer.shuttleBackward();
            case K -> viewer.pause();
            case L -> viewer.shuttleForward();
            case LEFT -> { viewer.pause(); model.step(shift ? -10 : -1); }
            case RIGHT -> { viewer.pause(); model.step(shift ? 10 : 1); }
            case HOME -> model.seek(0);
            case END -> model.seek(model.duration());
            case I -> model.markIn();
            case O -> model.markOut();
            case S -> model.splitAtPlayhead();
            case DELETE, BACK_SPACE -> { if (shift) model.rippleDeleteSelection(); else model.deleteSelection(); }
            case PLUS, EQUALS, ADD -> timeline.zoomIn();
            case MINUS, SUBTRACT -> timeline.zoomOut();
            case BACK_SLASH -> timeline.zoomToFit();
            case N -> model.snappingProperty().set(!model.snappingProperty().get());
            case M -> { if (shift) markers.addClipMarker(); else model.addMarker(); }
            case ESCAPE -> model.select(null, false);
            default -> handled = false;
        }
        if (handled) e.consume();
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        Alert a = alert(Alert.AlertType.INFORMATION, "Keyboard shortcuts", null);
        a.getDialogPane().setContent(grid);
        a.show();
    }

    private void about() {
        alert(Alert.AlertType.INFORMATION, "About Cutroom", "Cutroom — an open-source non-linear video editor.").show();
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type, text == null ? "" : text);
        a.initOwner(stage);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        return a;
    }

    // ------------------------------------------------------------------ files

    /**
     * Opens a project: the file is read off the FX thread; when its autosave is newer the user is asked first.
     * On failure an error dialog, and the current project stays.
     */
    public java.util.concurrent.CompletableFuture<Boolean> open(Path file) {
        return model.loadAsync(file).handle((opened, error) -> {
            if (error != null) {
                alert(Alert.AlertType.ERROR, "Cannot open project", cause(error).getMessage()).show();
                return false;
            }
            var outside = OutsideMediaQuestion.about(opened);
            if (outside.isPresent() && !confirmOutsideMedia.test(outside.get())) {
                model.statusProperty().set(outside.get().refusedStatus()); // the current project stays as it was
                return false;
            }
            if (opened.recovery().isPresent()) {
                offerRecovery(new RecoveryPrompt(model, opened.recovery().get(), opened));
            } else {
                model.show(opened);
                timeline.zoomToFit();
            }
            return true;
        });
    }

    /** Replaces the outside-media question (tests answer it without a dialog). FX thread. */
    public void setOutsideMediaConfirmation(java.util.function.Predicate<OutsideMediaQuestion> confirm) {
        this.confirmOutsideMedia = java.util.Objects.requireNonNull(confirm, "confirm");
    }

    private boolean askOutsideMedia(OutsideMediaQuestion q) {
        ButtonType open = new ButtonType("Open and use them", ButtonBar.ButtonData.YES);
        ButtonType dont = new ButtonType("Don't open", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, q.title(), q.message());
        a.getButtonTypes().setAll(dont, open);
        return a.showAndWait().orElse(dont) == open;
    }

    /** Offers the autosave left by a previous run of an untitled project, if any; completes with true when restored. */
    public java.util.concurrent.CompletableFuture<Boolean> checkUntitledRecovery() {
        return model.findRecovery(model.untitledAutosaveTarget())
                .map(r -> offerRecovery(new RecoveryPrompt(model, r, null)))
                .orElse(java.util.concurrent.CompletableFuture.completedFuture(false));
    }

    /** Asks whether to restore an autosave (see {@link RecoveryPrompt}). The user's save is never overwritten. */
    private java.util.concurrent.CompletableFuture<Boolean> offerRecovery(RecoveryPrompt prompt) {
        ButtonType restore = new ButtonType(prompt.label(RecoveryPrompt.Choice.RESTORE), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(prompt.label(RecoveryPrompt.Choice.DISCARD), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(prompt.label(RecoveryPrompt.Choice.OPEN_SAVE), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, prompt.title(), prompt.message());
        a.getButtonTypes().setAll(restore, discard, keep);
        ButtonType answer = a.showAndWait().orElse(keep);
        RecoveryPrompt.Choice choice = answer == restore ? RecoveryPrompt.Choice.RESTORE : answer == discard ? RecoveryPrompt.Choice.DISCARD : RecoveryPrompt.Choice.OPEN_SAVE;
        return prompt.choose(choice).handle((restored, error) -> {
            if (error != null) alert(Alert.AlertType.ERROR, "Cannot restore the autosave", cause(error).getMessage()).show();
            else timeline.zoomToFit();
            return error == null && restored;
        });
    }

    private static Throwable cause(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private void openDialog() {
        confirmDiscard(() -> {
            FileChooser fc = projectChooser("Open project");
            File f = fc.showOpenDialog(stage);
            if (f != null) open(f.toPath());
        });
    }

    private FileChooser projectChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cutroom projects", "*.cutroom"));
        Path f = model.projectFile();
        if (f != null) fc.setInitialDirectory(f.getParent().toFile());
        return fc;
    }

    /** Saves off the FX thread, then runs {@code then}; a failure shows a dialog and leaves the project unsaved. */
    public void save(Runnable then) {
        if (model.projectFile() == null) { saveAsDialog(then); return; }
        saveTo(model.projectFile(), then);
    }

    /** Saves to {@code target} off the FX thread (tests call it without the file chooser). */
    public java.util.concurrent.CompletableFuture<Path> saveTo(Path target, Runnable then) {
        return model.saveAsAsync(target).whenComplete((file, error) -> {
            if (error == null) then.run();
            else if (cause(error) instanceof ProjectFileException e && e.kind() == ProjectFileException.Kind.CHANGED_ON_DISK) offerReloadOrSaveAs(target, e, then);
            else alert(Alert.AlertType.ERROR, "Cannot save", cause(error).getMessage()).show();
        });
    }

    /** Another program saved the project since it was opened: never overwrite it; reload it or save elsewhere. */
    private void offerReloadOrSaveAs(Path target, ProjectFileException e, Runnable then) {
        ButtonType reload = new ButtonType("Reload from disk (drops my changes)", ButtonBar.ButtonData.LEFT);
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, "The project changed on disk", e.getMessage());
        a.getButtonTypes().setAll(reload, saveAs, cancel);
        ButtonType answer = a.showAndWait().orElse(cancel);
        if (answer == reload) open(target);
        else if (answer == saveAs) saveAsDialog(then);
    }

    private void saveAsDialog(Runnable then) {
        FileChooser fc = projectChooser("Save project as");
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        Path target = f.toPath().getFileName().toString().endsWith(".cutroom") ? f.toPath() : Path.of(f.getPath() + ".cutroom");
        saveTo(target, then);
    }

    /** Runs {@code proceed} when there is nothing unsaved, or once the user chose what to do with it (and saving worked). */
    private void confirmDiscard(Runnable proceed) {
        if (!model.isDirty()) { proceed.run(); return; }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dont = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to " + fileLabel().replace("● ", "") + "?");
        a.getButtonTypes().setAll(save, dont, ButtonType.CANCEL);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) save(proceed);
        else if (answer == dont) proceed.run();
    }

    private void importDialog() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import media");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Video and audio", "*.mp4", "*.mov", "*.mkv", "*.webm", "*.avi", "*.m4v", "*.wav", "*.mp3", "*.m4a", "*.aac", "*.flac", "*.ogg"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) model.importMedia(files.stream().map(File::toPath).toList());
    }

    // ------------------------------------------------------------------ OpenTimelineIO

    /**
     * Imports an .otio file as a new project saved to {@code projectFile} and opens it, off the FX thread; then shows
     * the import report. Answering "Link media outside the folder" imports again with that media linked.
     */
    public java.util.concurrent.CompletableFuture<OtioTransfer.Imported> importOtio(Path otioFile, Path projectFile, boolean allowOutside) {
        return otio.importAsync(otioFile, projectFile, allowOutside).whenComplete((imported, error) -> {
            if (error != null) {
                alert(Alert.AlertType.ERROR, "Cannot import " + otioFile.getFileName(), cause(error).getMessage()).show();
                return;
            }
            timeline.zoomToFit();
            Alert report = ImportReportDialog.build(stage, imported, scene.getStylesheets());
            report.setOnHidden(e -> {
                if (report.getResult() == ImportReportDialog.LINK_OUTSIDE) importOtio(otioFile, projectFile, true);
            });
            report.show();
        });
    }

    /** Writes the timeline to {@code otioFile} off the FX thread; a failure shows why. */
    public java.util.concurrent.CompletableFuture<Path> exportOtio(Path otioFile) {
        return otio.exportAsync(otioFile).whenComplete((file, error) -> {
            if (error != null) alert(Alert.AlertType.ERROR, "Cannot export " + otioFile.getFileName(), cause(error).getMessage()).show();
        });
    }

    private void importTimelineDialog(TimelineFormat format) {
        confirmDiscard(() -> {
            FileChooser in = otioChooser("Import " + format.title, format);
            File otioFile = in.showOpenDialog(stage);
            if (otioFile == null) return;
            // the import becomes a project file first (like Save As), so that its media paths have a folder
            FileChooser out = projectChooser("Save the imported project as");
            out.setInitialDirectory(otioFile.getParentFile());
            out.setInitialFileName(otioFile.getName().replaceFirst("\\." + format.extension + "$", "") + ".cutroom");
            File projectFile = out.showSaveDialog(stage);
            if (projectFile == null) return;
            Path target = projectFile.getName().endsWith(".cutroom") ? projectFile.toPath() : Path.of(projectFile.getPath() + ".cutroom");
            importOtio(otioFile.toPath(), target, false);
        });
    }

    private void exportTimelineDialog(TimelineFormat format) {
        FileChooser fc = otioChooser("Export " + format.title, format);
        Path f = model.projectFile();
        String ext = "." + format.extension;
        fc.setInitialFileName((f == null ? "Untitled" : f.getFileName().toString().replaceFirst("\\.cutroom$", "")) + ext);
        File target = fc.showSaveDialog(stage);
        if (target != null) exportOtio(target.getName().endsWith(ext) ? target.toPath() : Path.of(target.getPath() + ext));
    }

    private FileChooser otioChooser(String title, TimelineFormat format) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.title, "*." + format.extension));
        Path f = model.projectFile();
        if (f != null) fc.setInitialDirectory(f.getParent().toFile());
        return fc;
    }

    // ------------------------------------------------------------------ export

    /** Starts an export job (no dialog); the jobs panel shows progress and cancel. */
    public Task<ExportResult> export(Path target, ExportSettings settings) {
        Task<ExportResult> task = JobsModel.exportTask(model.project(), model.resolver(), target, settings);
        // an export can take minutes in the background: say when it is done, or why not, where the editor looks
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            ExportResult r = task.getValue();
            if (r != null) model.statusProperty().set(exportFinished(r));
        });
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED,
                e -> model.statusProperty().set("Export of " + target.getFileName() + " failed: " + task.getException().getMessage()));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_CANCELLED,
                e -> model.statusProperty().set("Export of " + target.getFileName() + " cancelled; nothing was written"));
        return jobs.submit(task);
    }

    /** The status line of a finished export. */
    static String exportFinished(ExportResult r) {
        return String.format(java.util.Locale.ROOT, "Export finished: %s (%d frames in %.1f s)", r.file(), r.videoFrames(), r.elapsed().toMillis() / 1000.0);
    }

    /** Asks for the length in seconds of the transition on the cut nearest the playhead. */
    private void transitionLengthDialog() {
        var current = transitions.current();
        if (current.isEmpty()) {
            model.statusProperty().set("Transition length: the cut nearest the playhead has no transition");
            return;
        }
        var rate = model.project().timeline().rate();
        double seconds = (current.get().inOffset() + current.get().outOffset()) / rate.fps().toDouble();
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(String.format(java.util.Locale.ROOT, "%.2f", seconds));
        d.initOwner(stage);
        d.setTitle("Transition length");
        d.setHeaderText("Length of the transition in seconds");
        d.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        dev.cutroom.app.ui.view.DialogFit.toScreen(d).showAndWait().ifPresent(text -> {
            try {
                long frames = rate.nearestFrame(dev.cutroom.timeline.model.Rational.parse(text.strip()));
                transitions.setLength(Math.max(1, frames));
            } catch (IllegalArgumentException | ArithmeticException e) {
                model.statusProperty().set("Transition length: not a number of seconds: " + text);
            }
        });
    }

    private void exportDialog() {
        if (model.duration() == 0) {
            alert(Alert.AlertType.INFORMATION, "Export", "The timeline is empty.").show();
            return;
        }
        ExportDialogModel vm = new ExportDialogModel(model.project(), model.markInProperty().get(), model.markOutProperty().get(), model.projectFile());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Export");
        d.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        ChoiceBox<ExportDialogModel.Range> range = new ChoiceBox<>();
        range.getItems().setAll(vm.ranges());
        range.valueProperty().bindBidirectional(vm.rangeProperty());
        ChoiceBox<ExportDialogModel.Resolution> size = new ChoiceBox<>();
        size.getItems().setAll(vm.resolutions());
        size.valueProperty().bindBidirectional(vm.resolutionProperty());
        TextField w = intField(vm.customWidthProperty()), h = intField(vm.customHeightProperty());
        HBox custom = new HBox(4, w, new Label("×"), h);
        custom.visibleProperty().bind(vm.resolutionProperty().isEqualTo(ExportDialogModel.Resolution.CUSTOM));
        ChoiceBox<ExportSettings.Quality> quality = new ChoiceBox<>();
        quality.getItems().addAll(ExportSettings.Quality.values());
        quality.valueProperty().bindBidirectional(vm.qualityProperty());
        TextField target = new TextField();
        target.textProperty().bindBidirectional(vm.targetProperty());
        target.setPrefColumnCount(34);
        javafx.scene.control.Button browse = new javafx.scene.control.Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("MP4 video", "*.mp4"));
            File f = fc.showSaveDialog(stage);
            if (f != null) target.setText(f.getPath());
        });
        Label error = new Label();
        error.getStyleClass().add("dialog-error");
        error.textProperty().bind(vm.errorProperty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Range"), range);
        g.addRow(1, new Label("Resolution"), new HBox(6, size, custom));
        g.addRow(2, new Label("Quality"), quality);
        g.addRow(3, new Label("File"), new HBox(6, target, browse));
        g.add(error, 0, 4, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType go = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(go).disableProperty().bind(vm.validProperty().not());
        if (dev.cutroom.app.ui.view.DialogFit.toScreen(d).showAndWait().orElse(ButtonType.CANCEL) != go || !vm.validProperty().get()) return;
        export(vm.targetFile(), vm.settings());
    }

    private static TextField intField(javafx.beans.property.IntegerProperty value) {
        TextField f = new TextField(String.valueOf(value.get()));
        f.setPrefColumnCount(5);
        f.textProperty().addListener((o, a, b) -> {
            try { value.set(Integer.parseInt(b.strip())); } catch (NumberFormatException e) { value.set(-1); }
        });
        return f;
    }

    // ------------------------------------------------------------------ layout

    private void restoreLayout(WindowLayout l) {
        if (l.hasPosition()) { stage.setX(l.x()); stage.setY(l.y()); }
        stage.setMaximized(l.maximized());
        top.setDividerPositions(l.top0(), l.top1());
        main.setDividerPositions(l.main());
        right.setDividerPositions(l.right());
    }

    /** The layout as it is now. */
    public WindowLayout currentLayout() {
        return new WindowLayout(stage.getX(), stage.getY(), scene.getWidth(), scene.getHeight(), stage.isMaximized(),
                top.getDividerPositions()[0], top.getDividerPositions()[1], main.getDividerPositions()[0], right.getDividerPositions()[0]);
    }

    /** Remembers window bounds and split positions. */
    public void saveLayout() {
        currentLayout().save(settings);
    }

    private void shutdown() {
        if (sourceWindow != null) sourceWindow.close();
        saveLayout();
        model.discardCurrentAutosave();
        model.releaseLock();
        autosave.stop();
        viewer.pause();
        playback.close();
        frames.close();
        background.shutdownNow();
        jobsExecutor.shutdownNow();
        plugins.close();
    }
}

package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.plugin.instruct.InstructPlugin;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The editor's plugin menus and dialogs: a "Plugins" menu with one entry per discovered plugin (a refused one is
 * greyed out, says "(refused)" and gives the reason as its tooltip), "Plugins…" listing id, version, API
 * version, origin and refusal, and for each runnable plugin a dialog with its form that starts it on the
 * selected clips. Discovery reads jars, so it runs off the FX thread ({@link #discover}). FX thread otherwise.
 */
public final class PluginsUi implements AutoCloseable {
    private final Supplier<Window> owner;
    private final EditorModel model;
    private final Function<PluginCatalog, PluginJobs> jobsFactory;
    private final Menu menu = new Menu("Plugins");
    private final List<String> stylesheets = new ArrayList<>();
    private PluginJobs jobs;

    /**
     * @param jobsFactory makes the job service once plugins are discovered (the app: {@link PluginJobs#forApp})
     */
    public PluginsUi(Supplier<Window> owner, EditorModel model, Function<PluginCatalog, PluginJobs> jobsFactory) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.model = Objects.requireNonNull(model, "model");
        this.jobsFactory = Objects.requireNonNull(jobsFactory, "jobsFactory");
        menu.setId("plugins-menu");
        MenuItem looking = new MenuItem("Looking for plugins…");
        looking.setDisable(true);
        menu.getItems().setAll(looking);
    }

    public Menu menu() { return menu; }

    public List<String> stylesheets() { return stylesheets; }

    /** The job service, once plugins were found (else empty). */
    public Optional<PluginJobs> jobs() { return Optional.ofNullable(jobs); }

    public Optional<PluginCatalog> catalog() { return jobs().map(PluginJobs::catalog); }

    /** Discovers on {@code background}, then fills the menu on {@code uiThread}. FX thread. */
    public CompletableFuture<PluginCatalog> discover(Executor background, Executor uiThread, Supplier<PluginCatalog> discovery) {
        CompletableFuture<PluginCatalog> found = new CompletableFuture<>();
        background.execute(() -> {
            try {
                PluginCatalog c = discovery.get();
                uiThread.execute(() -> {
                    show(c);
                    found.complete(c);
                });
            } catch (RuntimeException | LinkageError e) {
                uiThread.execute(() -> {
                    MenuItem failed = new MenuItem("Plugins could not be loaded");
                    failed.setDisable(true);
                    menu.getItems().setAll(failed);
                    model.statusProperty().set("Plugins could not be loaded: " + e.getMessage());
                    found.completeExceptionally(e);
                });
            }
        });
        return found;
    }

    /** Uses these plugins (replacing earlier ones) and fills the menu. FX thread. */
    public void show(PluginCatalog catalog) {
        if (jobs != null) jobs.close();
        jobs = jobsFactory.apply(catalog);
        // accelerators are set before the items enter the menu: the menu bar registers them with the scene only
        // when an item is added, so one set afterwards never fires
        menu.getItems().setAll(menuItems(catalog, row -> open(row.id()), this::showPluginsDialog,
                Map.of(InstructPlugin.ID, INSTRUCT_SHORTCUT)));
    }

    /** Shortcut of "Instruct edit…" (Ctrl+I alone is Import media). */
    public static final KeyCombination INSTRUCT_SHORTCUT = KeyCombination.keyCombination("Shortcut+Shift+I");

    /** The instruct plugin gets its instruction box; every other plugin the form built from its descriptor. */
    private void open(String pluginId) {
        if (pluginId.equals(InstructPlugin.ID)) openInstructDialog();
        else openRunDialog(pluginId);
    }

    /**
     * "Instruct edit…": the instruction box for the selected clips, in its own window so the timeline stays
     * usable while a plan is made. Says why not when the plugin is missing or cannot take the selection. FX thread.
     */
    public void openInstructDialog() {
        if (jobs == null) return;
        PluginCatalog.Row row = jobs.catalog().rows().stream().filter(r -> r.id().equals(InstructPlugin.ID)).findFirst().orElse(null);
        if (row == null) {
            alert(Alert.AlertType.INFORMATION, "Instruct edit", "The instruct plugin (" + InstructPlugin.ID + ") was not found").show();
            return;
        }
        List<String> clips = jobs.clipsFor(row.descriptor(), model.selection());
        String whyNot = row.whyNot(clips.size());
        if (!whyNot.isEmpty()) {
            alert(Alert.AlertType.INFORMATION, row.name(), whyNot).show();
            return;
        }
        showInstructWindow(new InstructModel(new PluginInstructJobs(jobs), javafx.application.Platform::runLater, clips));
    }

    /** A window with the instruction box of {@code instruct}; it closes after a successful apply. FX thread. */
    public Stage showInstructWindow(InstructModel instruct) {
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle("Instruct edit");
        InstructView view = new InstructView(instruct, stage::close);
        javafx.scene.Scene scene = new javafx.scene.Scene(view);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The menu's entries: runnable plugins, refused ones (inert, reason as tooltip), then "Plugins…". */
    static List<MenuItem> menuItems(PluginCatalog catalog, Consumer<PluginCatalog.Row> run, Runnable list,
                                    Map<String, KeyCombination> shortcuts) {
        List<MenuItem> items = new ArrayList<>();
        for (PluginCatalog.Row row : catalog.rows()) {
            Label label = new Label(row.menuText());
            Tooltip.install(label, new Tooltip(row.tooltip()));
            KeyCombination shortcut = row.loadable() ? shortcuts.get(row.id()) : null;
            CustomMenuItem item = new CustomMenuItem(shortcut == null ? label : withShortcut(label, shortcut));
            item.setId("plugin-" + row.id());
            item.setUserData(row);
            if (row.loadable()) {
                item.setAccelerator(shortcut);
                item.setOnAction(e -> run.accept(row));
            } else {
                // a disabled node shows no tooltip, so a refused plugin looks disabled and does nothing instead
                label.getStyleClass().add("plugin-refused");
                label.setOpacity(0.5);
                item.setHideOnClick(false);
            }
            items.add(item);
        }
        if (catalog.rows().isEmpty()) {
            MenuItem none = new MenuItem("No plugins found");
            none.setDisable(true);
            items.add(none);
        }
        items.add(new SeparatorMenuItem());
        MenuItem all = new MenuItem("Plugins…");
        all.setId("plugins-list");
        all.setOnAction(e -> list.run());
        items.add(all);
        return items;
    }

    /** The entry's name with its shortcut at the right, as plain menu items show it (a custom item shows only its node). */
    private static javafx.scene.Node withShortcut(Label name, KeyCombination shortcut) {
        Label keys = new Label(shortcut.getDisplayText());
        keys.getStyleClass().add("accelerator-text");
        keys.setId("shortcut-text");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        gap.setMinWidth(24);
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        return new javafx.scene.layout.HBox(name, gap, keys);
    }

    /** Whether a menu entry runs its plugin (false for a refused one). */
    static boolean isRunnable(MenuItem item) {
        return item.getUserData() instanceof PluginCatalog.Row r && r.loadable() && item.getOnAction() != null;
    }

    // ------------------------------------------------------------------ dialogs

    /**
     * Asks for the plugin's parameters and starts it on the selected clips; says why not when it cannot run on
     * the selection. FX thread.
     */
    public void openRunDialog(String pluginId) {
        if (jobs == null) return;
        PluginCatalog.Row row = jobs.catalog().row(pluginId);
        List<String> clips = jobs.clipsFor(row.descriptor(), model.selection());
        String whyNot = row.whyNot(clips.size());
        if (!whyNot.isEmpty()) {
            alert(Alert.AlertType.INFORMATION, row.name(), whyNot).show();
            return;
        }
        ParameterForm form = new ParameterForm(row.descriptor());
        Dialog<ButtonType> d = runDialog(form, clips);
        if (d.showAndWait().orElse(ButtonType.CANCEL).getButtonData() != ButtonBar.ButtonData.OK_DONE) return;
        start(form, clips);
    }

    /**
     * The dialog for a form on these clips, not shown yet; for a plugin that estimates its jobs
     * ({@link PluginEstimates#supports}) it shows the time it will take, with a warning when long on a CPU, and
     * stops estimating when it closes. FX thread.
     */
    Dialog<ButtonType> runDialog(ParameterForm form, List<String> clips) {
        Dialog<ButtonType> d = runDialog(form, clips.size());
        if (jobs != null && PluginEstimates.supports(form.descriptor())) {
            RunEstimate estimate = new RunEstimate(values -> jobs.estimates().estimate(form.descriptor().id(), clips, values, form.instruction()),
                    javafx.application.Platform::runLater);
            d.getDialogPane().setContent(new VBox(10, new RunEstimateView(form, estimate), d.getDialogPane().getContent()));
            d.setOnHidden(e -> estimate.cancel());
        }
        return d;
    }

    /** The dialog for a form, not shown yet. */
    public Dialog<ButtonType> runDialog(ParameterForm form, int clipCount) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(form.descriptor().name());
        d.setHeaderText(form.descriptor().name() + " on " + (clipCount == 1 ? "1 clip" : clipCount + " clips")
                + (form.descriptor().description().isBlank() ? "" : "\n" + form.descriptor().description()));
        d.getDialogPane().getStylesheets().addAll(stylesheets);
        d.getDialogPane().setContent(new ParameterFormView(form));
        ButtonType run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        ButtonType reset = new ButtonType("Defaults", ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().addAll(reset, run, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(run).disableProperty().bind(form.validProperty().not());
        d.getDialogPane().lookupButton(reset).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            form.reset();
            e.consume();
        });
        return dev.cutroom.app.ui.view.DialogFit.toScreen(d);
    }

    /** Starts the plugin with the form's values; a job that cannot start says why. FX thread. */
    public Optional<PluginJobTask> start(ParameterForm form, List<String> clips) {
        try {
            Map<String, Object> values = form.values();
            return Optional.of(jobs.run(form.descriptor().id(), clips, values, form.instruction()));
        } catch (IllegalArgumentException e) {
            model.statusProperty().set(form.descriptor().name() + ": " + e.getMessage());
            alert(Alert.AlertType.ERROR, "Cannot run " + form.descriptor().name(), e.getMessage()).show();
            return Optional.empty();
        }
    }

    /** "Plugins…": every plugin found, with why a refused one cannot run. FX thread. */
    public void showPluginsDialog() {
        Alert a = alert(Alert.AlertType.INFORMATION, "Plugins", null);
        a.getDialogPane().setContent(pluginTable());
        a.setResizable(true);
        a.show();
    }

    /** The table of the "Plugins…" dialog. */
    VBox pluginTable() {
        TableView<PluginCatalog.Row> table = new TableView<>();
        table.setId("plugins-table");
        table.getColumns().add(column("Name", PluginCatalog.Row::name, 150));
        table.getColumns().add(column("Id", PluginCatalog.Row::id, 200));
        table.getColumns().add(column("Version", PluginCatalog.Row::version, 70));
        table.getColumns().add(column("API", PluginCatalog.Row::apiVersion, 45));
        table.getColumns().add(column("From", PluginCatalog.Row::origin, 200));
        table.getColumns().add(column("Status", r -> r.loadable() ? "ready" : "refused: " + r.refusal(), 260));
        catalog().ifPresent(c -> table.getItems().setAll(c.rows()));
        table.setPlaceholder(new Label("No plugins found"));
        table.setPrefSize(940, 260);
        String folder = catalog().map(PluginCatalog::folder).map(f -> "Plugins folder: " + f).orElse("");
        return new VBox(8, table, new Label(folder + "   (install a plugin by copying its jar there; see docs/PLUGINS.md)"));
    }

    private static TableColumn<PluginCatalog.Row, String> column(String title, Function<PluginCatalog.Row, String> value, double width) {
        TableColumn<PluginCatalog.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        return c;
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type, text == null ? "" : text);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().getStylesheets().addAll(stylesheets);
        return a;
    }

    @Override
    public void close() {
        if (jobs != null) jobs.close();
    }
}

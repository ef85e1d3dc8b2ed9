package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.JobsModel;
import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.onFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.runFx;
import static dev.cutroom.app.ui.plugins.PluginUiTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plugins run from the editor's view-models (no window, in process): the example shot-cut plugin splits a demo
 * clip as one undo entry made on the FX thread; a plugin that throws leaves the project as it was and the jobs
 * panel shows its error; a refused plugin is listed with the reason.
 */
class PluginJobsTest {
    @TempDir
    static Path dir;

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final ExecutorService jobThread = Executors.newSingleThreadExecutor();
    private EditorModel model;
    private JobsModel jobs;
    private PluginJobs plugins;

    @BeforeAll
    static void fx() throws Exception {
        PluginUiTestSupport.startFx();
    }

    private void open(Path project, PluginCatalog catalog) throws Exception {
        model = new EditorModel(Ids.random(), background, Platform::runLater);
        model.setUntitledFolder(dir.resolve("home"));
        jobs = new JobsModel(jobThread);
        runFx(() -> {
            try {
                model.open(project);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        plugins = new PluginJobs(model, jobs, catalog, Platform::runLater,
                b -> b.mode(ExecutionMode.IN_PROCESS).timeout(Duration.ofMinutes(2)).workRoot(dir.resolve("jobs")));
    }

    private static PluginCatalog catalogWithTestJars() throws Exception {
        Path folder = PluginUiTestSupport.pluginsFolder(dir.resolve("p" + System.nanoTime()));
        return new PluginCatalog(PluginRegistry.discover(PluginJobsTest.class.getClassLoader(), folder, ApiVersion.CURRENT), folder);
    }

    @AfterEach
    void close() {
        if (plugins != null) plugins.close();
        background.shutdownNow();
        jobThread.shutdownNow();
    }

    private Track v1() { return model.project().timeline().tracks().getFirst(); }

    @Test
    void shotCutSplitsTheDemoClipAsOneUndoableEdit() throws Exception {
        Path project = PluginUiTestSupport.copyOfDemo("shotcut");
        open(project, new PluginCatalog(PluginRegistry.discover(PluginJobsTest.class.getClassLoader(), null, ApiVersion.CURRENT), null));
        Project before = model.project();
        Clip city = v1().clips().getFirst(); // a hard cut at 2 s
        int v1Clips = v1().clips().size(), a1Clips = model.project().timeline().tracks().get(1).clips().size();
        byte[] saved = Files.readAllBytes(project);

        PluginJobTask task = onFx(() -> {
            model.select(city.id(), false);
            PluginCatalog.Row row = plugins.catalog().row(PluginUiTestSupport.SHOTCUT);
            List<String> clips = plugins.clipsFor(row.descriptor(), model.selection());
            ParameterForm form = new ParameterForm(row.descriptor());
            form.field("sensitivity").set("0.5");
            return plugins.run(row.id(), clips, form.values(), form.instruction());
        });
        assertThat(onFx(() -> jobs.running().contains(task))).as("shown in the jobs panel").isTrue();
        waitFor("the job", 120_000, () -> task.getState() == Worker.State.SUCCEEDED || task.getState() == Worker.State.FAILED);
        assertThat(onFx(task::getState)).as(String.valueOf(onFx(task::getException))).isEqualTo(Worker.State.SUCCEEDED);

        Clip first = v1().clips().getFirst();
        assertThat(v1().clips()).hasSize(v1Clips + 1);
        assertThat(first.id()).isEqualTo(city.id());
        assertThat(first.duration()).isEqualTo(50); // the cut at 2 s, 25 fps
        assertThat(v1().clips().get(1).start()).isEqualTo(city.start() + 50);
        assertThat(model.project().timeline().tracks().get(1).clips()).as("linked sound split too").hasSize(a1Clips + 1);
        assertThat(model.undoLabelProperty().get()).isEqualTo("Detect shot cuts");
        assertThat(model.isDirty()).isTrue();
        assertThat(onFx(() -> jobs.running().isEmpty() && jobs.finished().getFirst().startsWith("Detect shot cuts on 1 clip done"))).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Detect shot cuts: Found 1 cut");
        assertThat(Files.readAllBytes(project)).as("the editor saves only when asked").isEqualTo(saved);

        runFx(model::undo); // one Ctrl+Z
        assertThat(model.project()).isSameAs(before);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aFailingPluginLeavesTheProjectAsItWasAndTheJobsPanelShowsWhy() throws Exception {
        Path project = PluginUiTestSupport.copyOfDemo("fails");
        open(project, catalogWithTestJars());
        Project before = model.project();
        String clip = v1().clips().getFirst().id();

        PluginJobTask task = onFx(() -> plugins.run(PluginUiTestSupport.THROWS, List.of(clip), Map.of("level", 4L), null));
        waitFor("the failure", 60_000, () -> task.getState() == Worker.State.FAILED);

        assertThat(onFx(task::getException)).hasMessageContaining("PLUGIN_ERROR").hasMessageContaining("model output had the wrong shape");
        assertThat(model.project()).isSameAs(before);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.isDirty()).isFalse();
        assertThat(onFx(() -> jobs.running().isEmpty())).isTrue();
        assertThat(onFx(() -> jobs.finished().getFirst()))
                .startsWith("Always fails on 1 clip FAILED: PLUGIN_ERROR").contains("model output had the wrong shape");
        assertThat(model.statusProperty().get()).contains("failed").contains("the project was not changed");
        Path generated = project.getParent().resolve("generated").resolve(PluginUiTestSupport.THROWS);
        assertThat(Files.exists(generated) ? Stream.of(generated.toFile().list()).toList() : List.of()).isEmpty();
        try (Stream<Path> left = Files.walk(dir.resolve("jobs"))) {
            assertThat(left.filter(Files::isRegularFile).toList()).as("partial outputs removed").isEmpty();
        }
    }

    @Test
    void cancellingInTheJobsPanelStopsTheJobAndLeavesTheProjectAsItWas() throws Exception {
        Path project = PluginUiTestSupport.copyOfDemo("cancel");
        open(project, catalogWithTestJars());
        Project before = model.project();
        String clip = v1().clips().getFirst().id();

        PluginJobTask task = onFx(() -> plugins.run(PluginUiTestSupport.SLOW, List.of(clip), Map.of(), null));
        waitFor("progress with an ETA", 30_000, () -> task.getProgress() > 0.02 && task.getMessage().contains("left)"));
        assertThat(onFx(task::getMessage)).startsWith("step ").contains("(about ");
        runFx(task::cancel); // the panel's cancel button
        waitFor("the job to stop", 10_000, () -> task.handle().state() == dev.cutroom.plugin.host.job.JobState.CANCELLED);

        assertThat(model.project()).isSameAs(before);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(onFx(() -> jobs.finished().getFirst())).startsWith("Slow on 1 clip cancelled");
        try (Stream<Path> left = Files.walk(dir.resolve("jobs"))) {
            assertThat(left.filter(Files::isRegularFile).toList()).as("partial outputs removed").isEmpty();
        }
    }

    @Test
    void aRefusedPluginIsListedWithItsReasonAndCannotRun() throws Exception {
        PluginCatalog catalog = catalogWithTestJars();
        PluginCatalog.Row tooNew = catalog.row(PluginUiTestSupport.TOO_NEW);
        assertThat(tooNew.loadable()).isFalse();
        assertThat(tooNew.refusal()).contains("1.9").contains(dev.cutroom.plugin.api.ApiVersion.CURRENT_TEXT);
        assertThat(tooNew.menuText()).isEqualTo("From the future (refused)");
        assertThat(tooNew.tooltip()).startsWith("Cannot run: ");
        assertThat(tooNew.origin()).endsWith("toonew.jar");
        assertThat(catalog.rows().getLast().id()).as("refused ones last").isEqualTo(PluginUiTestSupport.TOO_NEW);
        assertThat(catalog.row(PluginUiTestSupport.THROWS).loadable()).isTrue();
        assertThat(catalog.row(PluginUiTestSupport.SHOTCUT).origin()).isEqualTo("classpath");

        var items = onFx(() -> PluginsUi.menuItems(catalog, r -> { }, () -> { }, java.util.Map.of()));
        var refusedItem = items.stream().filter(i -> ("plugin-" + PluginUiTestSupport.TOO_NEW).equals(i.getId())).findFirst().orElseThrow();
        assertThat(PluginsUi.isRunnable(refusedItem)).isFalse();
        var shotcutItem = items.stream().filter(i -> ("plugin-" + PluginUiTestSupport.SHOTCUT).equals(i.getId())).findFirst().orElseThrow();
        assertThat(PluginsUi.isRunnable(shotcutItem)).isTrue();
        assertThat(items.getLast().getText()).isEqualTo("Plugins…");

        Path project = PluginUiTestSupport.copyOfDemo("refused");
        open(project, catalog);
        String clip = v1().clips().getFirst().id();
        assertThat(onFx(() -> {
            try {
                plugins.run(PluginUiTestSupport.TOO_NEW, List.of(clip), Map.of(), null);
                return "ran";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        })).contains("cannot run").contains("1.9");
    }
}

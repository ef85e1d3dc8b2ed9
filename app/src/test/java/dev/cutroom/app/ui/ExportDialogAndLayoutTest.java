package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.ExportDialogModel;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export dialog's view-model (range, resolution, quality, file validation) and the window-layout memory. */
class ExportDialogAndLayoutTest {
    @TempDir
    Path dir;

    private final Project project = TestProjects.linked(3, 4); // 300 frames, 640x360

    @Test
    void wholeTimelineAtItsOwnSizeByDefault() {
        Path file = dir.resolve("film.cutroom");
        ExportDialogModel vm = new ExportDialogModel(project, -1, -1, file);
        assertThat(vm.ranges()).containsExactly(ExportDialogModel.Range.WHOLE);
        assertThat(vm.targetProperty().get()).isEqualTo(dir.resolve("film.mp4").toAbsolutePath().toString());
        assertThat(vm.validProperty().get()).isTrue();
        ExportSettings s = vm.settings();
        assertThat(s.range()).isNull();
        assertThat(s.width()).isZero();
        assertThat(s.quality()).isEqualTo(ExportSettings.Quality.MEDIUM);
        assertThat(vm.resolutions().getFirst().label()).contains("640×360");
        assertThat(vm.resolutions()).extracting(ExportDialogModel.Resolution::label).doesNotContain("640×360");
    }

    @Test
    void inToOutRangeAndItsValidation() {
        ExportDialogModel vm = new ExportDialogModel(project, 50, 120, dir.resolve("a.cutroom"));
        assertThat(vm.ranges()).containsExactly(ExportDialogModel.Range.WHOLE, ExportDialogModel.Range.IN_TO_OUT);
        assertThat(vm.rangeProperty().get()).as("marks set: in to out is offered first").isEqualTo(ExportDialogModel.Range.IN_TO_OUT);
        assertThat(vm.settings().range()).isEqualTo(new FrameRange(50, 70));
        // only an in mark: to the end; only an out mark: from the start
        assertThat(new ExportDialogModel(project, 250, -1, null).frames()).isEqualTo(new FrameRange(250, 50));
        assertThat(new ExportDialogModel(project, -1, 30, null).frames()).isEqualTo(new FrameRange(0, 30));
        ExportDialogModel past = new ExportDialogModel(project, 400, -1, dir.resolve("a.cutroom"));
        assertThat(past.errorProperty().get()).contains("past the end");
        past.rangeProperty().set(ExportDialogModel.Range.WHOLE);
        assertThat(past.validProperty().get()).isTrue();
        ExportDialogModel backwards = new ExportDialogModel(project, 120, 50, dir.resolve("a.cutroom"));
        assertThat(backwards.errorProperty().get()).contains("after the in mark");
        assertThatThrownBy(backwards::settings).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFolderAsTheTargetIsRefusedInWords() {
        ExportDialogModel vm = new ExportDialogModel(project, -1, -1, dir.resolve("a.cutroom"));
        for (String folder : List.of("/", dir.toString(), dir + "/")) {
            vm.targetProperty().set(folder);
            assertThat(vm.errorProperty().get()).as(folder).isEqualTo("That is a folder; choose a file name.");
            assertThat(vm.validProperty().get()).isFalse();
        }
    }

    @Test
    void resolutionAndQuality() {
        ExportDialogModel vm = new ExportDialogModel(project, -1, -1, dir.resolve("a.cutroom"));
        var hd = vm.resolutions().stream().filter(r -> r.width() == 1280).findFirst().orElseThrow();
        vm.resolutionProperty().set(hd);
        vm.qualityProperty().set(ExportSettings.Quality.HIGH);
        assertThat(vm.settings().width()).isEqualTo(1280);
        assertThat(vm.settings().height()).isEqualTo(720);
        assertThat(vm.settings().quality()).isEqualTo(ExportSettings.Quality.HIGH);
        vm.resolutionProperty().set(ExportDialogModel.Resolution.CUSTOM);
        assertThat(vm.validProperty().get()).as("custom starts at the timeline size").isTrue();
        vm.customWidthProperty().set(641);
        assertThat(vm.errorProperty().get()).contains("even");
        vm.customWidthProperty().set(0);
        assertThat(vm.errorProperty().get()).contains("positive");
        vm.customWidthProperty().set(20_000);
        assertThat(vm.errorProperty().get()).contains("largest");
        vm.customWidthProperty().set(320);
        vm.customHeightProperty().set(180);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.settings().width()).isEqualTo(320);
        vm.qualityProperty().set(null);
        assertThat(vm.errorProperty().get()).contains("quality");
    }

    @Test
    void targetFileValidation() throws Exception {
        Path projectFile = Files.writeString(dir.resolve("a.cutroom"), "{}");
        ExportDialogModel vm = new ExportDialogModel(project, -1, -1, projectFile);
        vm.targetProperty().set("  ");
        assertThat(vm.errorProperty().get()).contains("Choose a file");
        vm.targetProperty().set(dir.resolve("out.mov").toString());
        assertThat(vm.errorProperty().get()).contains(".mp4");
        vm.targetProperty().set(dir.resolve("missing/out.mp4").toString());
        assertThat(vm.errorProperty().get()).contains("does not exist");
        Files.createDirectory(dir.resolve("folder.mp4"));
        vm.targetProperty().set(dir.resolve("folder.mp4").toString());
        assertThat(vm.errorProperty().get()).contains("folder");
        vm.targetProperty().set(dir.resolve("out.MP4").toString());
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.targetFile()).isEqualTo(dir.resolve("out.MP4").toAbsolutePath());
        ExportDialogModel empty = new ExportDialogModel(TestProjects.linked(0, 1), -1, -1, null);
        assertThat(empty.errorProperty().get()).contains("empty");
    }

    @Test
    void windowLayoutRoundTripThroughPreferences() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/cutroom/test/layout-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            assertThat(WindowLayout.load(new EditorSettings(node))).as("nothing stored: defaults").isEqualTo(WindowLayout.DEFAULT);
            assertThat(WindowLayout.DEFAULT.hasPosition()).isFalse();
            WindowLayout l = new WindowLayout(120, 80, 1300, 820, false, 0.2, 0.7, 0.6, 0.65);
            l.save(new EditorSettings(node));
            assertThat(WindowLayout.load(new EditorSettings(node))).isEqualTo(l);
            // maximised: the bounds to come back to are kept
            new WindowLayout(0, 0, 2560, 1400, true, 0.3, 0.8, 0.5, 0.7).save(new EditorSettings(node));
            WindowLayout max = WindowLayout.load(new EditorSettings(node));
            assertThat(max.maximized()).isTrue();
            assertThat(max.width()).isEqualTo(1300);
            assertThat(max.x()).isEqualTo(120);
            assertThat(max.top0()).isEqualTo(0.3);
            // damaged values cannot hide a panel or shrink the window to nothing
            EditorSettings bad = new EditorSettings(node);
            bad.put("split.top.0", 0.9);
            bad.put("split.top.1", 0.1);
            bad.put("split.main", 1.0);
            bad.put("window.w", 10);
            bad.put("window.h", Double.NaN);
            WindowLayout fixed = WindowLayout.load(bad);
            assertThat(fixed.top0()).isLessThan(fixed.top1());
            assertThat(fixed.main()).isEqualTo(0.95);
            assertThat(fixed.width()).isEqualTo(WindowLayout.MIN_WIDTH);
            assertThat(fixed.height()).isEqualTo(WindowLayout.DEFAULT.height());
        } finally {
            node.removeNode();
        }
    }
}

package dev.cutroom.app.ui.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutroom.app.ui.vm.JobsModel;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.plugin.host.project.ExportProvenance;
import dev.cutroom.timeline.command.AddTake;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Take;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's export task says so when the render contains generated takes: container tags and a provenance manifest. */
class ExportProvenanceTaskTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        PluginUiTestSupport.startFx();
    }

    @Test
    void anExportWithAGeneratedTakeIsTaggedAndGetsAManifest() throws Exception {
        Path file = PluginUiTestSupport.demoProject();
        Project demo = new ProjectStore().load(file).project();
        MediaResolver resolver = new MediaResolver(file.getParent());
        Clip first = demo.timeline().tracks().getFirst().clips().getFirst();
        Provenance provenance = new Provenance("org.example.upscale", "1.2.0", "realesr-x2", "3", "ab".repeat(32),
                Map.of("scale", "2"), "", "cd".repeat(32), "2026-01-01T00:00:00Z");
        Take generated = new Take("take-gen", first.activeTake().mediaId(), first.activeTake().offset(), "Upscaled", provenance);
        Project project = new AddTake(first.id(), generated, true).apply(demo).after();

        Path withGenerated = dir.resolve("generated.mp4");
        var task = JobsModel.exportTask(project, resolver, withGenerated, ExportSettings.defaults().withRange(new FrameRange(0, 10)).withSize(160, 90));
        task.run();
        assertThat(task.get().file()).isEqualTo(withGenerated);

        Path manifest = ExportProvenance.manifestOf(withGenerated);
        assertThat(manifest).exists();
        JsonNode json = new ObjectMapper().readTree(manifest.toFile());
        assertThat(json.get("containsGeneratedMaterial").asBoolean()).isTrue();
        assertThat(json.at("/generatedClips/0/clipId").asText()).isEqualTo(first.id());
        assertThat(json.at("/generatedClips/0/provenance/pluginId").asText()).isEqualTo("org.example.upscale");
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(withGenerated.toFile())) {
            grabber.start();
            assertThat(grabber.getMetadata().get("comment")).startsWith("Contains generated material").contains("org.example.upscale 1.2.0");
            grabber.stop();
        }

        // the same export of the plain project: no manifest, no tag
        Path plain = dir.resolve("plain.mp4");
        var plainTask = JobsModel.exportTask(demo, resolver, plain, ExportSettings.defaults().withRange(new FrameRange(0, 10)).withSize(160, 90));
        plainTask.run();
        plainTask.get();
        assertThat(ExportProvenance.manifestOf(plain)).doesNotExist();
        assertThat(Files.size(plain)).isPositive();
    }
}

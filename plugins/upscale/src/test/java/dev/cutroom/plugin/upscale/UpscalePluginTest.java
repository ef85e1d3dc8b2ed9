package dev.cutroom.plugin.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.api.AudioSampleReader;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.FeatureId;
import dev.cutroom.plugin.api.ext.Estimate;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.api.ModelInfo;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobListener;
import dev.cutroom.plugin.host.job.JobProgress;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import dev.cutroom.plugin.testkit.PluginRun;
import dev.cutroom.plugin.testkit.PluginTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin through the real host (descriptor, binding, media, models, result checks) on tiny generated clips. */
class UpscalePluginTest {
    static final Fps FPS = new Fps(25, 1);
    @TempDir
    static Path dir;
    static PluginTestKit kit;
    /** 64x48 ground truth, slowly panning; the input is its 2x2 area average (32x24). */
    static List<Frames.Image> truth;
    static Path input;

    @BeforeAll
    static void setUp() throws IOException {
        kit = PluginTestKit.create(dir.resolve("kit"));
        truth = new ArrayList<>();
        List<Frames.Image> low = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Frames.Image t = Frames.scene(64, 48, i * 0.5);
            truth.add(t);
            low.add(Frames.areaDown(t, 2));
        }
        input = Frames.video(dir.resolve("media/low.mp4"), FPS, low, 48000);
    }

    @AfterAll
    static void tearDown() {
        kit.close();
    }

    @Test
    void theDescriptorIsFoundAndDeclaresFeatureModelsAndParameters() {
        var d = kit.descriptor(UpscalePlugin.ID);
        assertThat(d.hasFeature(FeatureId.parse("cutroom.upscale/1"))).isTrue();
        assertThat(d.accepts()).containsExactlyInAnyOrder(SelectionKind.VIDEO_CLIP, SelectionKind.MULTIPLE_CLIPS);
        assertThat(d.models()).containsExactly("realesr-animevideov3-x2", "realesr-animevideov3-x3", "realesr-animevideov3-x4", "realesrgan-x4plus");
        assertThat(d.parameter("mode").orElseThrow().choices()).containsExactly("camera", "animation", "enhance-photo", "fidelity");
        assertThat(d.parameter("mode").orElseThrow().defaultValue()).isEqualTo("camera");
        assertThat(d.parameter("scale")).hasValueSatisfying(p -> {
            assertThat(p.type()).isEqualTo(ParameterType.CHOICE);
            assertThat(p.choices()).containsExactly("2", "3", "4");
            assertThat(p.defaultValue()).isEqualTo("2");
        });
        assertThat(d.parameter("targetHeight").orElseThrow().choices()).containsExactly("none", "720", "1080", "2160");
        assertThat(d.parameter("temporalSmoothing").orElseThrow().max()).isEqualTo(1.0);
        assertThat(d.parameter("tileSize").orElseThrow().type()).isEqualTo(ParameterType.INTEGER);
        assertThatThrownBy(() -> d.parameter("scale").orElseThrow().coerce("5")).hasMessageContaining("not one of");
    }

    @Test
    void animationX2MakesA64x48TakeWithTheSameFramesAndAudioCloserToTheTruthThanNearestNeighbour() throws IOException {
        ClipRef clip = kit.clip("clip-1", input);
        PluginRun run = kit.run(UpscalePlugin.ID, kit.job(clip, "scale", "2", "mode", "animation"));

        List<Output.NewTake> takes = run.outputs(Output.NewTake.class);
        assertThat(takes).hasSize(1);
        Output.NewTake take = takes.getFirst();
        assertThat(take.clipId()).isEqualTo("clip-1");
        assertThat(take.label()).isEqualTo("Upscaled x2 (animation)");
        var info = MediaProbe.probe(take.file());
        assertThat(info.video().width()).isEqualTo(64);
        assertThat(info.video().height()).isEqualTo(48);
        assertThat(info.duration().toDouble()).isCloseTo(MediaProbe.probe(input).duration().toDouble(), within(0.05));

        ClipRef out = kit.clip("out", take.file());
        List<Frames.Image> upscaled = Frames.decode(out);
        List<Frames.Image> decodedInput = Frames.decode(clip);
        assertThat(upscaled).hasSize(8);
        double model = 0, nearest = 0;
        for (int i = 0; i < 8; i++) {
            model += Frames.mse(upscaled.get(i), truth.get(i));
            nearest += Frames.mse(Frames.nearest(decodedInput.get(i), 2), truth.get(i));
        }
        System.out.printf("x2 vs truth: model %.1f dB, nearest %.1f dB%n", psnr(model / 8), psnr(nearest / 8));
        assertThat(model).isLessThan(nearest);

        // the original audio: a 440 Hz tone at amplitude 0.5, all of it
        assertThat(out.hasAudio()).isTrue();
        float[] sound = readAll(out);
        assertThat(sound.length / 2).isCloseTo(48000 * 8 / 25, within(1024));
        assertThat(rms(sound)).isCloseTo(0.5 / Math.sqrt(2), within(0.05));
        assertThat(tone(sound, 440)).isGreaterThan(5 * tone(sound, 880));

        // provenance, progress, estimate
        assertThat(run.provenance().models()).extracting(ModelInfo::id).containsExactly("realesr-animevideov3-x2");
        assertThat(run.provenance().models().getFirst().sha256()).hasSize(64);
        assertThat(run.provenance().notes()).containsEntry("mode", "animation").containsEntry("scale", "2")
                .containsEntry("outputSize", "64x48").containsKey("models").containsKey("device");
        assertThat(run.progress()).isNotEmpty().last().isEqualTo(1.0);
        assertThat(run.logged("for 8 frames")).isTrue();
        assertThat(run.result().summary()).isEqualTo("Upscaled 1 clip x2 (animation)");
    }

    @Test
    void fidelityModeIsLanczosOfTheDecodedInput() throws IOException {
        ClipRef clip = kit.clip("clip-f", input);
        PluginRun run = kit.run(UpscalePlugin.ID, kit.job(clip, "mode", "fidelity", "scale", "2"));
        Output.NewTake take = run.outputs(Output.NewTake.class).getFirst();
        List<Frames.Image> upscaled = Frames.decode(kit.clip("out-f", take.file()));
        List<Frames.Image> decodedInput = Frames.decode(clip);
        double lanczos = 0, nearest = 0;
        for (int i = 0; i < upscaled.size(); i++) {
            lanczos += Frames.psnr(upscaled.get(i), Frames.lanczos(decodedInput.get(i), 64, 48));
            nearest += Frames.psnr(upscaled.get(i), Frames.nearest(decodedInput.get(i), 2));
        }
        lanczos /= upscaled.size();
        nearest /= upscaled.size();
        System.out.printf("fidelity output vs Lanczos reference %.1f dB, vs nearest %.1f dB%n", lanczos, nearest);
        assertThat(lanczos).isGreaterThan(32); // only the H.264 round trip (4:2:0 chroma at 64x48) stands between them
        assertThat(lanczos).isGreaterThan(nearest + 5);
        assertThat(run.provenance().models()).isEmpty();
        assertThat(run.provenance().notes()).containsEntry("mode", "fidelity").containsEntry("resampler", "lanczos3");
        // and in memory, without the codec, fidelity is exactly the resampler
        Frames.Image f = decodedInput.getFirst();
        UpscalePlan plan = UpscalePlan.of(ParameterValues.of("mode", "fidelity"), 32, 24);
        float[] planes = new UpscalePlugin.FrameUpscaler(plan, null).upscale(f.rgb(), 32, 24, () -> {});
        assertThat(Planes.toRgb(planes, 64, 48, null)).containsExactly(Frames.lanczos(f, 64, 48).rgb());
    }

    @Test
    void severalClipsEachGetATakeOfTheirOwnRange() {
        ClipRef whole = kit.clip("a", input);
        ClipRef part = kit.clip("b", input, 2, 4); // frames 2..5
        PluginRun run = kit.run(UpscalePlugin.ID, kit.job(List.of(whole, part), "scale", "3", "mode", "animation", "temporalSmoothing", 0.0));
        List<Output.NewTake> takes = run.outputs(Output.NewTake.class);
        assertThat(takes).extracting(Output.NewTake::clipId).containsExactly("a", "b");
        var b = MediaProbe.probe(takes.get(1).file());
        assertThat(b.video().width()).isEqualTo(96);
        assertThat(b.video().height()).isEqualTo(72);
        assertThat(b.duration().toDouble()).isCloseTo(4 / 25.0, within(0.03));
        assertThat(run.provenance().models()).extracting(ModelInfo::id).containsExactly("realesr-animevideov3-x3");
    }

    @Test
    void cancellingLeavesNoOutput() throws Exception {
        List<Frames.Image> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) many.add(Frames.areaDown(Frames.scene(64, 48, i), 2));
        Path longer = Frames.video(dir.resolve("media/longer.mp4"), FPS, many, 48000);
        Path kitDir = dir.resolve("cancel-kit");
        try (PluginTestKit k = PluginTestKit.create(kitDir)) {
            JobHandle h = k.start(UpscalePlugin.ID, k.job(k.clip("long", longer)));
            h.addListener(new JobListener() {
                @Override
                public void onProgress(JobHandle handle, JobProgress p) {
                    if (p.fraction() > 0) handle.cancel();
                }
            });
            assertThatThrownBy(() -> h.result().orTimeout(60, TimeUnit.SECONDS).join())
                    .isInstanceOf(CompletionException.class)
                    .satisfies(e -> assertThat(((JobFailedException) e.getCause()).kind()).isEqualTo(FailureKind.CANCELLED));
            try (Stream<Path> files = Files.walk(kitDir)) {
                assertThat(files.filter(p -> p.toString().endsWith(".mp4")).toList()).isEmpty();
            }
        }
    }

    @Test
    void aMissingModelFailsWithAClearMessage() throws IOException {
        ClipRef clip = kit.clip("clip-m", input);
        JobContext context = new FakeContext(dir.resolve("fake"), new ModelAccess() {
            @Override
            public ModelInfo describe(String modelId) {
                return new ModelInfo(modelId, "1", "");
            }

            @Override
            public InferenceSession open(String modelId) throws IOException {
                throw new IOException("model " + modelId + " is not installed; run: cutroom models pull " + modelId);
            }
        });
        assertThatThrownBy(() -> new UpscalePlugin().run(Job.onClips(ParameterValues.of("scale", "4", "mode", "animation"), clip), context))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Upscale needs the model realesr-animevideov3-x4")
                .hasMessageContaining("cutroom models pull realesr-animevideov3-x4")
                .hasMessageContaining("fidelity mode");
    }

    @Test
    void enhancePhotoWithoutThePulledModelSaysHowToPullItAndItsLicence() {
        ClipRef clip = kit.clip("clip-p", input);
        JobContext context = new FakeContext(dir.resolve("fake-photo"), new HostModelAccess(List.of(UpscalePlan.PHOTO_MODEL),
                dev.cutroom.models.Models::createDefault, ModelSources.standard(dir.resolve("no-pulled-models"))));
        assertThatThrownBy(() -> new UpscalePlugin().run(Job.onClips(ParameterValues.of("mode", "enhance-photo"), clip), context))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("run 'cutroom models pull realesrgan-x4plus'")
                .hasMessageContaining("AGPL-3.0")
                .hasMessageContaining("camera, animation or fidelity mode");
    }

    @Test
    void theEstimateHelperTimesATileAndScalesByFrames() throws IOException {
        ClipRef clip = kit.clip("clip-e", input);
        UpscaleEstimate e = UpscaleEstimate.forClips(List.of(clip, clip), ParameterValues.of("scale", "2", "mode", "animation"), TestModels.access(), "OnnxRuntime on cpu()");
        assertThat(e.frames()).isEqualTo(16);
        assertThat(e.secondsPerFrame()).isPositive().isLessThan(5);
        assertThat(e.describe()).contains("for 16 frames").contains("cpu()");
        assertThat(new UpscaleEstimate(3000, 2.0, "OnnxRuntime on cpu()").longOnCpu()).isTrue();
        assertThat(new UpscaleEstimate(3000, 2.0, "OnnxRuntime on gpu(0)").longOnCpu()).isFalse();
        assertThat(new UpscaleEstimate(3000, 2.0, "cpu").warning()).contains("1 h 40 min");
    }

    @Test
    void estimateMeasuresTheDeviceAndMakesNothing() {
        assertThat(kit.descriptor(UpscalePlugin.ID).hasFeature(FeatureId.parse("cutroom.estimate/1"))).isTrue();
        Estimate estimate = kit.estimate(UpscalePlugin.ID, kit.job(kit.clip("clip-only", input), "scale", "2", "mode", "animation")); // fails on any output
        assertThat(estimate.frames()).isEqualTo(8);
        assertThat(estimate.seconds()).isPositive().isLessThan(40);
        assertThat(estimate.device()).containsIgnoringCase("cpu");
        assertThat(estimate.onCpu()).isTrue();

        Estimate fidelity = kit.estimate(UpscalePlugin.ID, kit.job(kit.clip("clip-only", input), "mode", "fidelity"));
        assertThat(fidelity.device()).isEqualTo(UpscaleEstimate.FIDELITY_DEVICE);
        assertThat(fidelity.onCpu()).isTrue();

        Estimate camera = kit.estimate(UpscalePlugin.ID, kit.job(kit.clip("clip-only", input)));
        assertThat(camera.device()).isEqualTo(UpscaleEstimate.CAMERA_DEVICE);
        assertThat(camera.seconds()).isPositive();
    }

    static double psnr(double mse) {
        return 10 * Math.log10(255.0 * 255.0 / mse);
    }

    static float[] readAll(ClipRef clip) throws IOException {
        try (AudioSampleReader r = new EngineMediaAccess().readAudio(clip, 48000, 2)) {
            float[] all = new float[(int) r.totalFrames() * 2];
            float[] buf = new float[2 * 4096];
            int at = 0;
            for (int n; (n = r.read(buf, 4096)) > 0 && at < all.length; ) {
                int copy = Math.min(2 * n, all.length - at);
                System.arraycopy(buf, 0, all, at, copy);
                at += copy;
            }
            return all;
        }
    }

    static double rms(float[] s) {
        double sum = 0;
        for (int i = s.length / 4; i < 3 * s.length / 4; i++) sum += s[i] * s[i];
        return Math.sqrt(sum / (s.length / 2.0));
    }

    /** Magnitude of one frequency in the left channel (Goertzel). */
    static double tone(float[] s, double hz) {
        double w = 2 * Math.PI * hz / 48000, re = 0, im = 0;
        for (int i = 0; i < s.length / 2; i++) {
            re += s[2 * i] * Math.cos(w * i);
            im += s[2 * i] * Math.sin(w * i);
        }
        return Math.hypot(re, im);
    }

    /** A bare job context: real media access, the given models. */
    record FakeContext(Path dir, ModelAccess models) implements JobContext {
        @Override public void progress(double fraction, String message) {}
        @Override public boolean isCancelled() { return false; }
        @Override public void log(LogLevel level, String message) {}
        @Override public Path scratchDir() { return dir.resolve("scratch"); }
        @Override public Path newOutputFile(String fileName) { return dir.resolve(fileName); }
        @Override public MediaAccess media() { return new EngineMediaAccess(); }
        @Override public String device() { return "test"; }
    }
}

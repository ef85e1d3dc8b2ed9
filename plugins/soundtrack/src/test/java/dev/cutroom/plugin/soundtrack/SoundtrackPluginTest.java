package dev.cutroom.plugin.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.soundtrack.generate.AlgorithmicGenerator;
import dev.cutroom.plugin.soundtrack.generate.MusicGenerators;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.FeatureId;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.soundtrack.analysis.PictureAnalyzer;
import dev.cutroom.plugin.soundtrack.compose.TempoSearch;
import dev.cutroom.plugin.soundtrack.loudness.LoudnessMeter;
import dev.cutroom.plugin.soundtrack.render.WavFile;
import dev.cutroom.plugin.testkit.PluginRun;
import dev.cutroom.plugin.testkit.PluginTestKit;
import dev.cutroom.plugin.testkit.TestMedia;
import java.nio.file.Path;
import java.util.List;
import javax.sound.midi.MidiSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin through the real host on tiny generated media whose cuts are known. */
class SoundtrackPluginTest {
    static final Fps FPS = new Fps(25, 1);
    @TempDir
    static Path dir;
    static PluginTestKit kit;
    /** 4 s: a moving shot, a cut at frame 40 (1.6 s) to a still, a cut at frame 70 (2.8 s) to another moving shot. */
    static Path video;

    @BeforeAll
    static void setUp() {
        kit = PluginTestKit.create(dir.resolve("kit"));
        video = TestMedia.video(dir.resolve("media/shots.mp4"), 64, 36, FPS,
                TestMedia.moving(40, 0x304060, 0xf0e0a0), TestMedia.solid(30, 0xc08040), TestMedia.moving(30, 0x204020, 0xffffff));
    }

    @AfterAll
    static void tearDown() {
        kit.close();
    }

    @Test
    void theDescriptorDeclaresFeatureSelectionsAndParameters() {
        var d = kit.descriptor(SoundtrackPlugin.ID);
        assertThat(d.hasFeature(FeatureId.parse("cutroom.soundtrack/1"))).isTrue();
        assertThat(d.accepts()).contains(SelectionKind.VIDEO_CLIP, SelectionKind.MULTIPLE_CLIPS, SelectionKind.RANGE, SelectionKind.TIMELINE);
        assertThat(d.takesInstruction()).isTrue();
        assertThat(d.parameters()).extracting(p -> p.id()).contains("seed", "variation", "loudness", "soundfont", "fadeIn", "fadeOut",
                "regenerateFrom", "regenerateTo", "sectionVariation", "stems");
        assertThat(d.parameter("loudness").orElseThrow().defaultValue()).isEqualTo(-16.0);
    }

    @Test
    void shotCutsAreFoundInThePixels() throws Exception {
        ClipRef clip = kit.clip("c", video);
        var analysis = PictureAnalyzer.analyse(new Selection.Clips(List.of(clip)), new dev.cutroom.plugin.host.media.EngineMediaAccess(), null);
        assertThat(analysis.shotCuts()).hasSize(2);
        assertThat(analysis.shotCuts().get(0)).isCloseTo(1.6, within(0.001));
        assertThat(analysis.shotCuts().get(1)).isCloseTo(2.8, within(0.001));
        assertThat(analysis.editPoints()).isEmpty();
        assertThat(analysis.energy().mean(1.8, 2.6)).isLessThan(analysis.energy().mean(0.2, 1.4)); // the still shot has no motion
        assertThat(analysis.warmth()).isPositive(); // the orange still
    }

    @Test
    void twoClipsOnTheTimelineGetAMusicClipSpanningThemWithMidiStemsAndProvenance() throws Exception {
        // clip a: frames 0..69 at timeline 10 s; clip b: frames 70..99 right after it -> edit point at 2.8 s, shot cut at 1.6 s
        ClipRef a = at(kit.clip("a", video, 0, 70), 10);
        ClipRef b = at(kit.clip("b", video, 70, 30), 10 + 2.8);
        Job job = new Job(new Selection.Clips(List.of(a, b)), ParameterValues.of("seed", 3L, "fadeOut", 0.5, "soundfont", "builtin"),
                "upbeat piano and drums with kazoo, 100 bpm");
        PluginRun run = kit.run(SoundtrackPlugin.ID, job);

        Output.NewClip clip = run.outputs(Output.NewClip.class).getFirst();
        assertThat(clip.track().name()).isEqualTo("Music");
        assertThat(clip.timelineStart()).isEqualTo(ExactTime.of(10, 1));
        int[] rate = new int[1];
        float[][] mix = WavFile.read(clip.file(), rate);
        assertThat(rate[0]).isEqualTo(48000);
        assertThat(mix).hasDimensions(2, 4 * 48000); // exactly the selection
        assertThat(MediaProbe.probe(clip.file()).duration().toDouble()).isCloseTo(4.0, within(0.01));
        assertThat(LoudnessMeter.integrated(mix, 48000)).isCloseTo(-16, within(0.5));

        List<Output.SideFile> sides = run.outputs(Output.SideFile.class);
        assertThat(sides).extracting(Output.SideFile::mediaType).containsExactly("audio/midi", "audio/wav", "audio/wav");
        MidiFacts midi = MidiFacts.of(MidiSystem.getSequence(sides.getFirst().file().toFile()));
        assertThat(midi.tempos().getLast()[1]).isCloseTo(100, within(0.01));
        assertThat(midi.trackNames()).contains("piano", "drums");
        assertThat(midi.markers()).hasSize(2);
        assertThat(midi.markers().get(0)).isCloseTo(1.6, within(0.002));
        assertThat(midi.markers().get(1)).isCloseTo(2.8, within(0.002));
        double[] beatsAndAccents = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(midi.beats(4)),
                midi.cues().stream().mapToDouble(Double::doubleValue)).sorted().toArray();
        assertThat(TempoSearch.share(List.of(1.6, 2.8), beatsAndAccents)).isEqualTo(1.0);
        float[][] stem = WavFile.read(sides.get(1).file(), null);
        assertThat(stem[0]).hasSize(4 * 48000);

        assertThat(run.provenance().notes()).containsEntry("tempo", "100.00").containsEntry("seed", "3").containsEntry("soundfont", "builtin")
                .containsKeys("key", "soundfontSha256", "loudnessIntegrated", "instruments");
        assertThat(run.logged("kazoo")).isTrue(); // unknown words are reported
        assertThat(run.progress()).last().isEqualTo(1.0);
    }

    @Test
    void aRangeOfTheWholeTimelineWorksAndTheSameSeedGivesTheSameMusic() throws Exception {
        ClipRef c = kit.clip("w", video);
        var range = new Selection.Range(new TimeSpan(ExactTime.ZERO, ExactTime.of(4, 1)), FPS, true, List.of(c));
        Job job = new Job(range, ParameterValues.of("seed", 5L, "stems", false), "calm strings");
        PluginRun one = kit.run(SoundtrackPlugin.ID, job);
        PluginRun two = kit.run(SoundtrackPlugin.ID, job);
        byte[] midiOne = java.nio.file.Files.readAllBytes(one.outputs(Output.SideFile.class).getFirst().file());
        byte[] midiTwo = java.nio.file.Files.readAllBytes(two.outputs(Output.SideFile.class).getFirst().file());
        assertThat(midiOne).isEqualTo(midiTwo);
        assertThat(one.outputs(Output.SideFile.class)).hasSize(1);
        assertThat(one.provenance().notes().get("instruments")).isEqualTo("strings");
    }

    @Test
    void regenerateIntoTheSoundtrackClipMakesANewTakeOfExactlyItsLengthAndProvenanceNamesTheSideFiles() throws Exception {
        ClipRef picture = kit.clip("v", video);
        PluginRun first = kit.run(SoundtrackPlugin.ID, new Job(new Selection.Clips(List.of(picture)),
                ParameterValues.of("seed", 2L, "soundfont", "builtin"), "calm piano and strings"));
        List<Output.SideFile> sides = first.outputs(Output.SideFile.class);
        var notes = first.provenance().notes();
        assertThat(notes.get(SoundtrackPlugin.NOTE_MIDI)).isEqualTo(sides.getFirst().file().getFileName().toString());
        assertThat(notes.get(SoundtrackPlugin.NOTE_STEMS).split(", "))
                .containsExactlyElementsOf(sides.stream().skip(1).map(f -> f.file().getFileName().toString()).toList());
        assertThat(notes).containsEntry("generator", "algorithmic (Cutroom composer 1) + Gervill");

        java.nio.file.Path music = java.nio.file.Files.copy(first.outputs(Output.NewClip.class).getFirst().file(), dir.resolve("media/music.wav"));
        ClipRef musicClip = kit.clip("music", music);
        Job again = new Job(new Selection.Clips(List.of(picture, musicClip)),
                ParameterValues.of("seed", 2L, "variation", 1L, "soundfont", "builtin", "intoClip", "music"), "calm piano and strings");
        PluginRun second = kit.run(SoundtrackPlugin.ID, again);
        assertThat(second.outputs(Output.NewClip.class)).isEmpty();
        Output.NewTake take = second.outputs(Output.NewTake.class).getFirst();
        assertThat(take.clipId()).isEqualTo("music");
        assertThat(take.label()).startsWith("Soundtrack (");
        assertThat(WavFile.read(take.file(), null)[0]).hasSize(4 * 48000);
        assertThat(second.outputs(Output.SideFile.class).getFirst().file().getFileName().toString())
                .isNotEqualTo(sides.getFirst().file().getFileName().toString()); // each run's files have their own names

        JobFailedException wrong = kit.runExpectingFailure(SoundtrackPlugin.ID, new Job(new Selection.Clips(List.of(picture, musicClip)),
                ParameterValues.of("intoClip", "v"), "piano"));
        assertThat(wrong.getMessage()).contains("has a picture");
    }

    @Test
    void autoPicksTheAlgorithmicGeneratorAndAnUnknownOneIsRefused() {
        assertThat(MusicGenerators.choose("auto", null).id()).isEqualTo("algorithmic");
        assertThat(MusicGenerators.choose("algorithmic", null)).isInstanceOf(AlgorithmicGenerator.class);
        assertThatThrownBy(() -> MusicGenerators.choose("neural", null)).hasMessageContaining("no music generator 'neural'");
    }

    static ClipRef at(ClipRef c, double timelineSeconds) {
        return new ClipRef(c.clipId(), c.trackId(), c.mediaFile(), c.sourceRange(), ExactTime.of(Math.round(timelineSeconds * 1000), 1000),
                c.frameRate(), c.width(), c.height(), c.sampleRate(), c.channels());
    }
}

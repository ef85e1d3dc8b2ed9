package dev.cutroom.app.ui.soundtrack;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Soundtrack panel without a window, on a project with two 4 s shots on V1 and an 8 s soundtrack clip on a
 * Music track holding two generated takes: what each action asks the plugin for, and the exports.
 */
class SoundtrackPanelModelTest {
    @TempDir
    Path folder;
    private EditorModel model;
    private final List<SoundtrackRerun> launched = new ArrayList<>();
    private SoundtrackPanelModel panel;

    private static Provenance provenance(long variation, Long sectionVariation) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("seed", "7");
        p.put("variation", Long.toString(variation));
        p.put("loudness", "-16.0");
        p.put("stems", "true");
        p.put("regenerateFrom", sectionVariation == null ? "0.0" : "2.0");
        p.put("regenerateTo", sectionVariation == null ? "0.0" : "4.0");
        p.put("sectionVariation", sectionVariation == null ? "1" : Long.toString(sectionVariation));
        p.put("intoClip", "");
        p.put("note:tempo", "100.00");
        p.put("note:key", "D major");
        p.put("note:bars", "14");
        p.put("note:instruments", "piano, strings");
        p.put("note:midiFile", "soundtrack-a.mid");
        p.put("note:stemFiles", "soundtrack-a-stem-1-piano.wav, soundtrack-a-stem-2-strings.wav");
        return new Provenance(SoundtrackTake.PLUGIN, "1.0.0", null, null, null, p, "calm piano and strings", "abc", "2026-11-24T12:00:00Z");
    }

    @BeforeEach
    void setUp() throws Exception {
        Ids ids = Ids.seeded(3);
        List<MediaItem> shots = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            MediaInfo info = new MediaInfo("mov", Rational.of(4), new MediaInfo.VideoStreamInfo(640, 360, FrameRate.FPS_25, 0, "h264", 100),
                    new MediaInfo.AudioStreamInfo(48_000, 2, "aac"));
            shots.add(MediaItem.probed(ids.next("media"), "shot" + i + ".mp4", info));
        }
        Project base = new ProjectFactory(ids).fromMedia("Test", shots, new ProjectFormat(FrameRate.FPS_25, 640, 360, 48_000, 2));
        MediaItem wav = MediaItem.probed("media-music", "soundtrack-a.wav", new MediaInfo("wav", Rational.of(8), null, new MediaInfo.AudioStreamInfo(48_000, 2, "pcm")));
        Take first = new Take("take-m1", wav.id(), Rational.ZERO, "Soundtrack (100 bpm, D major)", provenance(0, null));
        Take second = new Take("take-m2", wav.id(), Rational.ZERO, "Soundtrack (100 bpm, D major)", provenance(3, 2L));
        Clip music = new Clip("clip-music", "Soundtrack", 0, 200, Rational.ZERO, Rational.ONE, 1.0, true, List.of(first, second), "take-m2", null);
        List<Track> tracks = new ArrayList<>(base.timeline().tracks());
        tracks.add(new Track("track-music", TrackKind.AUDIO, "Music", List.of(music), List.of(), false, false, false, false));
        List<MediaItem> media = new ArrayList<>(base.media());
        media.add(wav);
        Project project = base.withMedia(media).withTimeline(base.timeline().withTracks(tracks));

        model = new EditorModel(Ids.seeded(5), Runnable::run, Runnable::run);
        model.setUntitledFolder(folder);
        model.execute(dev.cutroom.timeline.command.Restore.project("load", project));
        for (String f : List.of("soundtrack-a.wav", "soundtrack-a.mid", "soundtrack-a-stem-1-piano.wav", "soundtrack-a-stem-2-strings.wav")) {
            Files.writeString(folder.resolve(f), f);
        }
        panel = new SoundtrackPanelModel(model, launched::add, Runnable::run);
    }

    private List<String> videoClipIds() {
        return model.project().timeline().tracks().getFirst().clips().stream().map(Clip::id).toList();
    }

    @Test
    void thePanelAppearsOnlyForASoundtrackTakeAndFillsThePromptAndSection() {
        model.focusedClipProperty().set(videoClipIds().getFirst());
        assertThat(panel.take()).isNull();
        model.focusedClipProperty().set("clip-music");
        assertThat(panel.take()).isNotNull();
        assertThat(panel.take().describe()).isEqualTo("100 bpm, D major, 14 bars, piano, strings");
        assertThat(panel.promptProperty().get()).isEqualTo("calm piano and strings");
        assertThat(panel.sectionFromProperty().get()).isEqualTo("0");
        assertThat(panel.sectionToProperty().get()).isEqualTo("8");
        assertThat(panel.take().parameters()).doesNotContainKey("note:tempo").containsEntry("seed", "7");
    }

    @Test
    void regenerateAsksForTheNextUnusedVariationAsANewTakeOfThisClipOverItsPicture() {
        model.focusedClipProperty().set("clip-music");
        SoundtrackRerun r = panel.regenerate();
        assertThat(launched).containsExactly(r);
        assertThat(r.clipIds()).containsExactlyElementsOf(concat("clip-music", videoClipIds()));
        assertThat(r.values()).containsEntry("variation", 4L).containsEntry("seed", "7").containsEntry("intoClip", "clip-music")
                .doesNotContainKeys("regenerateFrom", "regenerateTo", "sectionVariation");
        assertThat(r.prompt()).isEqualTo("calm piano and strings");
    }

    @Test
    void regenerateSectionKeepsSeedAndVariationAndRefusesARangeOutsideTheClip() {
        model.focusedClipProperty().set("clip-music");
        panel.sectionFromProperty().set("2");
        panel.sectionToProperty().set("5.5 s");
        SoundtrackRerun r = panel.regenerateSection();
        assertThat(r.values()).containsEntry("variation", 3L).containsEntry("regenerateFrom", 2.0).containsEntry("regenerateTo", 5.5)
                .containsEntry("sectionVariation", 3L).containsEntry("intoClip", "clip-music");
        assertThat(r.what()).isEqualTo("Regenerate 2.0–5.5 s");

        panel.sectionToProperty().set("9");
        assertThatThrownBy(panel::regenerateSection).hasMessageContaining("inside the clip (0 – 8.00 s)");
        panel.sectionToProperty().set("1");
        assertThatThrownBy(panel::regenerateSection).hasMessageContaining("end after it starts");
        panel.sectionToProperty().set("soon");
        assertThatThrownBy(panel::regenerateSection).hasMessageContaining("not a number of seconds");
        assertThat(launched).hasSize(1);
    }

    @Test
    void rerunWithAnEditedPromptKeepsTheVariationAndRefusesAnEmptyPrompt() {
        model.focusedClipProperty().set("clip-music");
        panel.promptProperty().set("   ");
        assertThatThrownBy(panel::rerunWithPrompt).hasMessageContaining("prompt is empty");
        panel.promptProperty().set("tense minimal piano, 90 bpm");
        SoundtrackRerun r = panel.rerunWithPrompt();
        assertThat(r.prompt()).isEqualTo("tense minimal piano, 90 bpm");
        assertThat(r.values()).containsEntry("variation", "3").doesNotContainKey("regenerateFrom");
    }

    @Test
    void exportsCopyTheMidiFileAndTheStemsWithTheMixListedInTheTakesProvenance() throws Exception {
        model.focusedClipProperty().set("clip-music");
        Path out = folder.resolve("export");
        assertThat(panel.exportMidi(out).join()).containsExactly(out.resolve("soundtrack-a.mid"));
        assertThat(panel.exportStems(out).join()).extracting(p -> p.getFileName().toString())
                .containsExactly("soundtrack-a-stem-1-piano.wav", "soundtrack-a-stem-2-strings.wav", "soundtrack-a.wav");
        assertThat(Files.readString(out.resolve("soundtrack-a.mid"))).isEqualTo("soundtrack-a.mid");
        assertThat(model.statusProperty().get()).startsWith("Exported 3 files to ");

        Files.delete(folder.resolve("soundtrack-a.mid"));
        assertThatThrownBy(() -> panel.exportMidi(folder.resolve("again")).join()).isInstanceOf(CompletionException.class)
                .hasMessageContaining("missing beside the take");
        assertThat(model.statusProperty().get()).startsWith("Export failed");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}

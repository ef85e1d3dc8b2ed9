package dev.cutroom.plugin.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.plugin.soundtrack.analysis.EnergyCurve;
import dev.cutroom.plugin.soundtrack.analysis.PictureAnalysis;
import dev.cutroom.plugin.soundtrack.compose.Composer;
import dev.cutroom.plugin.soundtrack.compose.Composition;
import dev.cutroom.plugin.soundtrack.compose.TempoSearch;
import dev.cutroom.plugin.soundtrack.prompt.PromptParser;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.sound.midi.MidiSystem;
import org.junit.jupiter.api.Test;

class ComposerTest {
    /** 24 s of picture, edit points on a 104 bpm grid (with a phase), energy rising. */
    static PictureAnalysis picture() {
        double beat = 60 / 104.0;
        List<Double> edits = List.of(0.37 + 4 * beat, 0.37 + 10 * beat, 0.37 + 17 * beat, 0.37 + 24 * beat, 0.37 + 33 * beat);
        double[] e = new double[240];
        for (int i = 0; i < e.length; i++) e[i] = i / 240.0;
        return new PictureAnalysis(24, edits, List.of(0.37 + 40 * beat), new EnergyCurve(0.1, e), 0.7, 0.5, 0.2, 8);
    }

    static byte[] bytes(Composition c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MidiSystem.write(c.sequence(), 1, out);
        return out.toByteArray();
    }

    @Test
    void theTempoSearchPutsEveryCutOnABeatOfTheWrittenTempoMap() {
        Composition c = Composer.compose(new Composer.Request(picture(), PromptParser.parse("upbeat marimba"), 1, 0));
        assertThat(c.tempo().share()).isEqualTo(1.0);
        MidiFacts m = MidiFacts.of(c.sequence());
        double[] beats = m.beats(24);
        assertThat(TempoSearch.share(c.cuts(), beats)).isEqualTo(1.0);
        assertThat(m.markers()).hasSize(6);
        for (int i = 0; i < 6; i++) assertThat(m.markers().get(i)).isCloseTo(c.cuts().get(i), within(0.002));
        assertThat(m.cues()).hasSize(6); // an accent at each cut
    }

    @Test
    void theRequestedTempoKeyAndInstrumentsAreInTheMidi() {
        Composition c = Composer.compose(new Composer.Request(picture(), PromptParser.parse("tense minimal piano and cello in D minor, 90 bpm"), 3, 0));
        MidiFacts m = MidiFacts.of(c.sequence());
        assertThat(m.tempos().getLast()[1]).isCloseTo(90, within(0.01));
        assertThat(m.keySignature()).containsExactly(-1, 1); // one flat, minor
        assertThat(m.trackNames()).containsExactly("Cutroom soundtrack", "piano", "cello");
        assertThat(m.programs()).containsEntry("piano", 0).containsEntry("cello", 42);
        assertThat(m.noteCounts().get("piano")).isGreaterThan(20);
        assertThat(m.noteCounts().get("cello")).isGreaterThan(4);
        assertThat(m.inKey(2, true)).isGreaterThan(0.97);
        assertThat(c.accents()).hasSize(6);
    }

    @Test
    void compositionIsDeterministicPerSeedAndDiffersPerVariation() throws Exception {
        var prompt = PromptParser.parse("calm strings and piano");
        byte[] a = bytes(Composer.compose(new Composer.Request(picture(), prompt, 42, 0)));
        byte[] b = bytes(Composer.compose(new Composer.Request(picture(), prompt, 42, 0)));
        byte[] v = bytes(Composer.compose(new Composer.Request(picture(), prompt, 42, 1)));
        assertThat(a).isEqualTo(b);
        assertThat(v).isNotEqualTo(a);
    }

    @Test
    void regeneratingASectionKeepsTheRestAndChangesItAtBarLines() {
        var prompt = PromptParser.parse("upbeat piano, bass and drums, 120 bpm");
        PictureAnalysis pic = new PictureAnalysis(24, List.of(), List.of(), EnergyCurve.constant(0.8), 0.7, 0.5, 0.2, 8);
        Composition base = Composer.compose(new Composer.Request(pic, prompt, 9, 0));
        Composition redo = Composer.compose(new Composer.Request(pic, prompt, 9, 0, new double[] {8.3, 12.1}, 1));
        assertThat(redo.section()).containsExactly(4, 7); // 2 s bars: 8.3 s lies in bar 4, 12.1 s in bar 6
        double from = 8.0, to = 14.0;
        var before = MidiFacts.of(base.sequence()).notes();
        var after = MidiFacts.of(redo.sequence()).notes();
        List<String> outsideA = before.stream().filter(n -> n[4] < from - 1e-6 || n[4] >= to - 1e-6).map(ComposerTest::key).toList();
        List<String> outsideB = after.stream().filter(n -> n[4] < from - 1e-6 || n[4] >= to - 1e-6).map(ComposerTest::key).toList();
        assertThat(outsideB).isEqualTo(outsideA);
        List<String> insideA = before.stream().filter(n -> n[4] >= from && n[4] < to).map(ComposerTest::key).toList();
        List<String> insideB = after.stream().filter(n -> n[4] >= from && n[4] < to).map(ComposerTest::key).toList();
        assertThat(insideB).isNotEqualTo(insideA);
        assertThat(redo.tempo().bpm()).isEqualTo(base.tempo().bpm());
        assertThat(redo.key()).isEqualTo(base.key());
    }

    static String key(double[] n) {
        return (int) n[0] + ":" + (int) n[2] + ":" + (int) n[3] + ":" + (long) n[5];
    }

    @Test
    void theLastChordIsTheTonicAndAnyLengthWorks() {
        PictureAnalysis pic = new PictureAnalysis(300, List.of(30.0, 95.5, 200.0), List.of(), EnergyCurve.constant(0.5), 0.3, 0.2, -0.1, 2);
        Composition c = Composer.compose(new Composer.Request(pic, PromptParser.parse("sad piano in C minor"), 5, 0));
        assertThat(c.bars()).isGreaterThan(80);
        MidiFacts m = MidiFacts.of(c.sequence());
        double lastOn = m.notes().stream().mapToDouble(n -> n[4]).max().orElseThrow();
        var finalNotes = m.notes().stream().filter(n -> n[4] >= lastOn - 0.3 && (int) n[1] != 9).toList();
        assertThat(finalNotes).isNotEmpty().allSatisfy(n -> assertThat(Math.floorMod((int) n[2], 12)).isIn(0, 3, 7)); // C minor triad
        assertThat(300 - lastOn).isBetween(0.5, 6.0);
    }
}

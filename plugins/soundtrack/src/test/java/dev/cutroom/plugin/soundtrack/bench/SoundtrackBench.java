package dev.cutroom.plugin.soundtrack.bench;

import dev.cutroom.plugin.soundtrack.MidiFacts;
import dev.cutroom.plugin.soundtrack.analysis.EnergyCurve;
import dev.cutroom.plugin.soundtrack.analysis.PictureAnalysis;
import dev.cutroom.plugin.soundtrack.compose.Composer;
import dev.cutroom.plugin.soundtrack.compose.Composition;
import dev.cutroom.plugin.soundtrack.compose.Instrument;
import dev.cutroom.plugin.soundtrack.compose.TempoSearch;
import dev.cutroom.plugin.soundtrack.loudness.LoudnessMeter;
import dev.cutroom.plugin.soundtrack.prompt.Prompt;
import dev.cutroom.plugin.soundtrack.prompt.PromptParser;
import dev.cutroom.plugin.soundtrack.render.GervillRenderer;
import dev.cutroom.plugin.soundtrack.render.Mixdown;
import dev.cutroom.plugin.soundtrack.render.SoundFontChoice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;

/**
 * Prints the issue's figures: cut alignment over several cut lists, prompt adherence, render speed and
 * loudness against the target. Run with the test class path and
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}; argument: seconds of music for the
 * render rows (default 60).
 */
public final class SoundtrackBench {
    public static void main(String[] args) throws Exception {
        double renderSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        Locale.setDefault(Locale.ROOT);
        cutAlignment();
        promptAdherence();
        render(renderSeconds);
    }

    /** Cut lists: edited to a hidden tempo (frame-quantised at 25 fps), random cuts, and documentary-style long takes. */
    static void cutAlignment() {
        System.out.println("== Cut alignment (cuts within 25 ms of a beat / of a beat or an accent, from the MIDI) ==");
        System.out.printf("%-34s %5s %8s %9s %14s%n", "cut list", "cuts", "bpm", "on beat", "beat|accent");
        SplittableRandom r = new SplittableRandom(2026);
        List<Object[]> lists = new ArrayList<>();
        for (double bpm : new double[] {92, 118, 76}) {
            List<Double> cuts = new ArrayList<>();
            double t = 0.4, beat = 60 / bpm;
            while (t < 55) { t += beat * (2 + r.nextInt(6)); cuts.add(Math.round(t * 25) / 25.0); }
            cuts.removeIf(c -> c >= 59);
            lists.add(new Object[] {"cut to a " + (int) bpm + " bpm track (25 fps)", cuts});
        }
        for (int k = 0; k < 3; k++) {
            List<Double> cuts = new ArrayList<>();
            double t = 0;
            while (true) { t += 0.6 + 4 * r.nextDouble(); if (t >= 59) break; cuts.add(Math.round(t * 25) / 25.0); }
            lists.add(new Object[] {"random cuts 0.6-4.6 s apart #" + (k + 1), cuts});
        }
        List<Double> longTakes = new ArrayList<>();
        double t = 0;
        while (true) { t += 5 + 8 * r.nextDouble(); if (t >= 59) break; longTakes.add(Math.round(t * 25) / 25.0); }
        lists.add(new Object[] {"long takes 5-13 s apart", longTakes});
        double sumBeat = 0, sumAny = 0;
        int n = 0;
        for (Object[] l : lists) {
            @SuppressWarnings("unchecked") List<Double> cuts = (List<Double>) l[1];
            PictureAnalysis pic = new PictureAnalysis(60, cuts, List.of(), EnergyCurve.constant(0.5), 0.5, 0.3, 0, 4);
            Composition c = Composer.compose(new Composer.Request(pic, Prompt.empty(), 1, 0));
            MidiFacts m = MidiFacts.of(c.sequence());
            double[] beats = m.beats(60);
            double[] any = DoubleStream.concat(Arrays.stream(beats), m.cues().stream().mapToDouble(Double::doubleValue)).sorted().toArray();
            double onBeat = TempoSearch.share(cuts, beats), onAny = TempoSearch.share(cuts, any);
            System.out.printf("%-34s %5d %8.2f %8.0f%% %13.0f%%%n", l[0], cuts.size(), c.tempo().bpm(), 100 * onBeat, 100 * onAny);
            sumBeat += onBeat; sumAny += onAny; n++;
        }
        System.out.printf("%-34s %5s %8s %8.0f%% %13.0f%%%n%n", "mean", "", "", 100 * sumBeat / n, 100 * sumAny / n);
    }

    static void promptAdherence() {
        System.out.println("== Prompt adherence (requested tempo, key and instruments found in the MIDI) ==");
        String[] prompts = {
                "tense minimal piano, 90 bpm", "upbeat ukulele in D major", "slow orchestral swell", "sad cello and piano in A minor, 70 bpm",
                "epic brass and drums building in F# minor", "calm strings in Eb major, 80 bpm", "happy marimba and bass at 128 bpm",
                "dark synth pad and electric piano in B minor", "gentle harp and flute in G major, 66 bpm", "driving drums, electric guitar and synth bass, 140 bpm"};
        System.out.printf("%-52s %-7s %-7s %-12s%n", "prompt", "tempo", "key", "instruments");
        int asked = 0, met = 0;
        PictureAnalysis pic = new PictureAnalysis(30, List.of(3.1, 7.9, 12.4, 18.0, 25.3), List.of(), EnergyCurve.constant(0.6), 0.55, 0.4, 0.1, 6);
        for (String text : prompts) {
            Prompt p = PromptParser.parse(text);
            Composition c = Composer.compose(new Composer.Request(pic, p, 1, 0));
            MidiFacts m = MidiFacts.of(c.sequence());
            String tempo = "-", key = "-";
            if (p.tempo().isPresent()) {
                boolean ok = Math.abs(m.tempos().getLast()[1] - p.tempo().getAsDouble()) < 0.05;
                tempo = ok ? "yes" : "NO"; asked++; if (ok) met++;
            }
            if (p.key().isPresent()) {
                var k = p.key().get();
                boolean ok = Arrays.equals(m.keySignature(), k.keySignature()) && m.inKey(k.tonic(), k.minor()) > 0.95;
                key = ok ? "yes" : "NO"; asked++; if (ok) met++;
            } else if (p.modeOnly().isPresent()) {
                boolean ok = (m.keySignature()[1] == 1) == p.modeOnly().get();
                key = ok ? "mode" : "NO"; asked++; if (ok) met++;
            }
            int found = 0;
            for (Instrument i : p.instruments()) {
                boolean ok = m.noteCounts().getOrDefault(i.name(), 0) > 0 && (i.isDrums() || m.programs().getOrDefault(i.name(), -1) == i.program());
                if (ok) found++;
            }
            asked += p.instruments().size(); met += found;
            System.out.printf("%-52s %-7s %-7s %d/%d%n", text, tempo, key, found, p.instruments().size());
        }
        System.out.printf("adherence: %d of %d requested properties found (%.0f%%)%n%n", met, asked, 100.0 * met / asked);
    }

    static void render(double seconds) throws Exception {
        System.out.println("== Render speed and loudness (" + seconds + " s of music, stems + mix + normalisation, 2 threads) ==");
        System.out.printf("%-12s %-34s %7s %9s %10s %8s %9s%n", "soundfont", "prompt", "parts", "wall s", "x realtime", "LUFS", "target");
        List<SoundFontChoice> fonts = new ArrayList<>();
        fonts.add(SoundFontChoice.builtin());
        for (var e : SoundFontChoice.installed().entrySet()) fonts.add(new SoundFontChoice(e.getKey(), e.getValue(), SoundFontChoice.sha256(e.getValue())));
        List<Double> cuts = new ArrayList<>();
        for (double t = 3.7; t < seconds - 1; t += 4.3) cuts.add(t);
        double[] e = new double[(int) (seconds * 10)];
        for (int i = 0; i < e.length; i++) e[i] = 0.3 + 0.6 * i / e.length;
        PictureAnalysis pic = new PictureAnalysis(seconds, cuts, List.of(), new EnergyCurve(0.1, e), 0.6, 0.4, 0.1, 6);
        for (SoundFontChoice font : fonts) {
            for (String[] pt : new String[][] {{"upbeat piano, bass and drums", "-16"}, {"slow orchestral swell", "-23"}}) {
                Composition c = Composer.compose(new Composer.Request(pic, PromptParser.parse(pt[0]), 1, 0));
                GervillRenderer renderer = new GervillRenderer(font);
                Mixdown.produce(c, renderer, 1, 2, Double.parseDouble(pt[1]), null, null); // warm up (bank load, JIT)
                Mixdown.Result res = Mixdown.produce(c, renderer, 1, 2, Double.parseDouble(pt[1]), null, null);
                double lufs = LoudnessMeter.integrated(res.mix(), 48000);
                System.out.printf("%-12s %-34s %7d %9.2f %10.1f %8.2f %9s%n", font.name(), pt[0], c.parts().size(), res.renderSeconds(),
                        seconds / res.renderSeconds(), lufs, pt[1]);
            }
        }
    }
}

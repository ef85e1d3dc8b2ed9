package dev.cutroom.plugin.soundtrack.compose;

import dev.cutroom.plugin.soundtrack.analysis.PictureAnalysis;
import dev.cutroom.plugin.soundtrack.prompt.Mood;
import dev.cutroom.plugin.soundtrack.prompt.Prompt;
import dev.cutroom.plugin.soundtrack.prompt.StructureHint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Algorithmic composition for a picture: tempo (asked for, or searched so that cuts land on beats), key
 * and mode (asked for, or from the mood and the picture's brightness), a chord progression per phrase from
 * the mood, and pad, arpeggio, bass, melody, pitched hits and drum parts for the instruments. Density and
 * velocity follow the motion energy; an intro opens sparsely; the last bars cadence V-I on the tonic at the
 * end of the selection; every cut gets an accent (crash and kick, a timpani hit, or a chord stab).
 *
 * <p>Deterministic: the same request gives the same score. Every random choice of bar {@code b} comes from
 * a generator seeded by (seed of that bar, bar or phrase, purpose), so regenerating a section with another
 * seed changes only the bars inside it. Any thread.
 */
public final class Composer {
    public static final int PPQ = 960;
    static final int ACCENT_VELOCITY = 118;
    static final int DRUM_CHANNEL = 9;

    /**
     * What to compose.
     *
     * @param picture   cuts, energy and mood of the picture
     * @param prompt    the parsed prompt
     * @param seed      the base seed
     * @param variation re-rolls everything when changed
     * @param section   seconds [from, to) to regenerate with {@code sectionVariation}, or null for none
     */
    public record Request(PictureAnalysis picture, Prompt prompt, long seed, long variation, double[] section, long sectionVariation) {
        public Request(PictureAnalysis picture, Prompt prompt, long seed, long variation) {
            this(picture, prompt, seed, variation, null, 0);
        }
    }

    private Composer() {}

    // ---- chord progressions (scale degrees, 0 = tonic) per mood and mode ----
    private static final Map<String, int[][]> PROGRESSIONS = new LinkedHashMap<>();
    static {
        PROGRESSIONS.put("major", new int[][] {{0, 4, 5, 3}, {0, 3, 5, 4}, {0, 5, 3, 4}});
        PROGRESSIONS.put("major-UPBEAT", new int[][] {{0, 4, 5, 3}, {0, 3, 4, 3}, {3, 4, 0, 5}, {0, 5, 3, 4}});
        PROGRESSIONS.put("major-CALM", new int[][] {{0, 5, 3, 4}, {0, 3, 0, 4}, {0, 2, 3, 4}, {3, 0, 3, 4}});
        PROGRESSIONS.put("major-EPIC", new int[][] {{0, 4, 5, 3}, {5, 3, 0, 4}, {0, 3, 5, 4}});
        PROGRESSIONS.put("major-MINIMAL", new int[][] {{0, 0, 3, 3}, {0, 0, 5, 5}, {3, 3, 0, 0}});
        PROGRESSIONS.put("minor", new int[][] {{0, 5, 2, 6}, {0, 3, 4, 0}, {0, 5, 3, 4}});
        PROGRESSIONS.put("minor-SAD", new int[][] {{0, 5, 2, 6}, {0, 3, 5, 4}, {0, 5, 3, 4}, {5, 3, 0, 4}});
        PROGRESSIONS.put("minor-TENSE", new int[][] {{0, 0, 5, 4}, {0, 3, 0, 4}, {0, 1, 4, 0}, {0, 5, 1, 4}});
        PROGRESSIONS.put("minor-EPIC", new int[][] {{0, 5, 2, 6}, {5, 6, 0, 0}, {0, 6, 5, 6}, {0, 3, 5, 4}});
        PROGRESSIONS.put("minor-MINIMAL", new int[][] {{0, 0, 5, 5}, {0, 0, 3, 3}, {5, 5, 0, 0}});
        PROGRESSIONS.put("minor-CALM", new int[][] {{0, 5, 2, 6}, {0, 3, 0, 3}});
    }
    private static final int[] COMFORTABLE_TONICS = {0, 2, 3, 5, 7, 9, 10, 4};
    /** Melody rhythms in eighths per bar. */
    private static final int[][] RHYTHMS = {{2, 2, 2, 2}, {3, 1, 2, 2}, {2, 1, 1, 4}, {1, 1, 2, 1, 1, 2}, {4, 2, 2}, {6, 2}, {2, 2, 4}, {1, 1, 1, 1, 2, 2}};
    /** Arpeggio shapes over chord-tone indexes (0 root, 1 third, 2 fifth, 3 octave). */
    private static final int[][] SHAPES = {{0, 1, 2, 3}, {0, 2, 1, 2}, {0, 1, 2, 1}, {0, 2, 3, 2}, {3, 2, 1, 0}};

    /** Composes. Any thread. */
    public static Composition compose(Request request) {
        PictureAnalysis pic = request.picture();
        Prompt prompt = request.prompt();
        long seed = mix(request.seed(), request.variation());
        SplittableRandom global = new SplittableRandom(seed);
        double duration = pic.duration();
        List<Double> cuts = pic.cuts();
        Mood mood = primaryMood(prompt, pic);

        // tempo
        double[] range = tempoRange(mood, prompt, pic);
        TempoSearch.Choice tempo = prompt.tempo().isPresent()
                ? TempoSearch.fixed(cuts, prompt.tempo().getAsDouble())
                : TempoSearch.search(cuts, range[0], range[1], range[2]);
        if (prompt.tempo().isEmpty() && tempo.share() < 0.999) { // a tempo a little outside the mood's range may fit the cut far better
            TempoSearch.Choice wide = TempoSearch.search(cuts, range[0] * 0.8, range[1] * 1.3, range[2]);
            if (wide.share() >= tempo.share() + 0.25) tempo = wide;
        }
        TimeMap map = TimeMap.of(PPQ, tempo.bpm(), tempo.phase());

        // key
        boolean minor = prompt.modeOnly().orElseGet(() -> switch (mood) {
            case TENSE, SAD -> true;
            case UPBEAT, CALM -> false;
            default -> !pic.bright() || (mood == Mood.EPIC && pic.warmth() < 0);
        });
        int tonic = prompt.key().map(Key::tonic).orElse(COMFORTABLE_TONICS[global.nextInt(COMFORTABLE_TONICS.length)]);
        Key key = new Key(tonic, minor);

        // instruments
        List<Part> parts = arrange(prompt, mood, pic);

        // bars and sections
        double barSeconds = 4 * map.beatSeconds();
        int bars = Math.max(1, (int) Math.ceil((duration - map.pickupSeconds()) / barSeconds - 1e-9));
        int[] section = sectionBars(request.section(), map, bars);
        long sectionSeed = mix(seed, 0x5EC7_1000L + request.sectionVariation());
        long[] barSeed = new long[bars];
        for (int b = 0; b < bars; b++) barSeed[b] = section != null && b >= section[0] && b < section[1] ? sectionSeed : seed;

        // harmony: a main and an alternate progression from the global seed; each phrase picks A or B from its bars' seed
        String modeName = minor ? "minor" : "major";
        int[][] options = PROGRESSIONS.getOrDefault(modeName + "-" + mood.name(), PROGRESSIONS.get(modeName));
        int[] progA = options[global.nextInt(options.length)];
        int[] progB = options[global.nextInt(options.length)];
        // the final tonic falls on the last downbeat that leaves at least 1.5 beats before the end
        int finalBar = bars - 1;
        while (finalBar > 0 && duration - map.seconds(map.barTick(finalBar)) < 1.5 * map.beatSeconds()) finalBar--;
        int[] chords = new int[bars];
        for (int b = 0; b < bars; b++) {
            int phrase = b / 4;
            SplittableRandom r = rng(barSeed[b], phrase, 1);
            int[] prog = phrase % 4 == 2 || r.nextInt(5) == 0 ? progB : progA;
            chords[b] = prog[b % 4];
        }
        if (finalBar >= 1) chords[finalBar - 1] = 4;
        for (int b = finalBar; b < bars; b++) chords[b] = 0;
        if (finalBar == 0) chords[0] = 0;

        // density levels from the energy curve, the intro, hints and mood
        int[] levels = levels(pic, prompt, mood, map, bars, finalBar);

        // notes
        Notes notes = new Notes();
        long endTick = map.tick(duration);
        long pickupEnd = map.pickupTicks();
        if (pickupEnd > 0) { // a soft pad on the tonic during the pickup
            for (Part p : parts) if (p.plays(Role.PAD)) chordNotes(notes, p, key, 0, 0, pickupEnd, 38, register(p, Role.PAD), false);
        }
        for (int b = 0; b < bars; b++) {
            long t0 = map.barTick(b);
            long t1 = Math.min(map.barTick(b + 1), endTick);
            if (t0 >= endTick) break;
            double e = pic.energy().mean(map.seconds(t0), map.seconds(t1));
            boolean last = b == finalBar;
            if (b > finalBar) continue; // the final chord is held to the end
            if (last) t1 = endTick;
            int level = levels[b];
            for (Part p : parts) {
                SplittableRandom r = rng(barSeed[b], b, 100 + p.track());
                int velocityBase = 50 + (int) Math.round(40 * e);
                if (p.plays(Role.PAD)) pad(notes, p, key, chords[b], t0, t1, level, velocityBase, last);
                if (p.plays(Role.ARPEGGIO)) arpeggio(notes, p, key, chords[b], t0, t1, level, velocityBase, last, rng(barSeed[b], b / 4, 200 + p.track()), r, parts);
                if (p.plays(Role.BASS) && level >= 1) bass(notes, p, key, chords[b], t0, t1, level, velocityBase, last, mood, r);
                if (p.plays(Role.MELODY) && level >= 2 && !last) melody(notes, p, key, chords[b], t0, t1, level, velocityBase, b, barSeed[b], r);
                if (p.plays(Role.HITS) && (level >= 3 || (level >= 2 && b % 4 == 0) || last)) hits(notes, p, key, chords[b], t0, velocityBase);
                if (p.plays(Role.DRUMS) && level >= 1 && !last) drums(notes, p, t0, t1, level, velocityBase, b, mood, r);
                if (p.plays(Role.DRUMS) && last) notes.add(p, 49, t0, t0 + PPQ * 2, 96);
            }
        }

        // accents on cuts
        List<Double> accents = new ArrayList<>();
        double[] beats = map.beats(duration);
        for (double c : cuts) {
            long tick = map.tick(c);
            double nearestBeat = nearest(beats, c);
            if (Math.abs(nearestBeat - c) <= TempoSearch.TOLERANCE) tick = map.tick(nearestBeat);
            accents.add(map.seconds(tick));
            int b = Math.max(0, Math.min(bars - 1, barOf(map, tick)));
            accent(notes, parts, key, chords[b], tick, endTick);
        }

        Sequence sequence = write(notes, parts, key, map, tempo, cuts, accents, endTick, duration, levels, finalBar);
        return new Composition(sequence, duration, tempo, key, map, parts, cuts, accents, bars, levels, section, seed);
    }

    // ---------------------------------------------------------------- decisions

    static Mood primaryMood(Prompt prompt, PictureAnalysis pic) {
        for (Mood m : List.of(Mood.TENSE, Mood.EPIC, Mood.SAD, Mood.UPBEAT, Mood.CALM, Mood.MINIMAL)) if (prompt.has(m)) return m;
        if (pic.motion() > 6 && pic.bright()) return Mood.UPBEAT;
        if (pic.motion() > 6) return Mood.TENSE;
        return pic.bright() ? Mood.CALM : Mood.SAD;
    }

    /** {lo, hi, preferred} bpm. */
    static double[] tempoRange(Mood mood, Prompt prompt, PictureAnalysis pic) {
        double[] r = switch (mood) {
            case CALM -> new double[] {66, 92, 78};
            case SAD -> new double[] {60, 84, 70};
            case TENSE -> new double[] {80, 112, 96};
            case MINIMAL -> new double[] {70, 100, 84};
            case UPBEAT -> new double[] {104, 136, 120};
            case EPIC -> new double[] {84, 120, 100};
        };
        if (prompt.has(StructureHint.SLOW)) r = new double[] {r[0] * 0.8, r[1] * 0.85, r[2] * 0.82};
        if (prompt.has(StructureHint.FAST)) r = new double[] {r[0] * 1.15, r[1] * 1.2, r[2] * 1.18};
        return r;
    }

    static List<Part> arrange(Prompt prompt, Mood mood, PictureAnalysis pic) {
        List<Instrument> chosen = new ArrayList<>(prompt.instruments());
        if (chosen.isEmpty()) {
            List<String> names = switch (mood) {
                case TENSE -> List.of("tremolo strings", "piano", "cello", "timpani");
                case UPBEAT -> List.of("acoustic guitar", "marimba", "electric bass", "drums");
                case CALM -> List.of("piano", "strings", "bass");
                case SAD -> List.of("piano", "strings", "cello");
                case EPIC -> List.of("strings", "french horn", "cello", "timpani", "drums");
                case MINIMAL -> List.of("piano", "synth pad");
            };
            names.forEach(n -> chosen.add(Instrument.named(n)));
        }
        List<Set<Role>> roles = new ArrayList<>();
        for (Instrument i : chosen) roles.add(EnumSet.of(i.roles().getFirst()));
        // fill missing roles from instruments that can play them as a second choice
        for (Role need : List.of(Role.MELODY, Role.BASS, Role.ARPEGGIO)) {
            boolean covered = roles.stream().anyMatch(s -> s.contains(need));
            if (covered) continue;
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).roles().contains(need)) { roles.get(i).add(need); covered = true; break; }
            }
            if (!covered && need == Role.MELODY) { // somebody must sing: the first harmony instrument
                for (int i = 0; i < chosen.size(); i++) {
                    Set<Role> s = roles.get(i);
                    if (s.contains(Role.ARPEGGIO) || s.contains(Role.PAD)) { s.add(Role.MELODY); break; }
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        int channel = 0;
        for (int i = 0; i < chosen.size(); i++) {
            Instrument inst = chosen.get(i);
            int ch;
            if (inst.isDrums()) ch = DRUM_CHANNEL;
            else {
                if (channel == DRUM_CHANNEL) channel++;
                ch = channel++;
                if (ch > 15) break;
            }
            parts.add(new Part(inst, parts.size() + 1, ch, roles.get(i)));
        }
        return parts;
    }

    static int[] sectionBars(double[] section, TimeMap map, int bars) {
        if (section == null || section.length != 2 || !(section[1] > section[0])) return null;
        int from = Math.max(0, (int) Math.floor(barPosition(map, section[0])));
        int to = Math.min(bars, (int) Math.ceil(barPosition(map, section[1]) - 1e-9));
        return to > from ? new int[] {from, to} : null;
    }

    static double barPosition(TimeMap map, double seconds) {
        return (seconds - map.pickupSeconds()) / (4 * map.beatSeconds());
    }

    static int barOf(TimeMap map, long tick) {
        return (int) Math.floorDiv(tick - map.pickupTicks(), 4L * PPQ);
    }

    static int[] levels(PictureAnalysis pic, Prompt prompt, Mood mood, TimeMap map, int bars, int finalBar) {
        int[] levels = new int[bars];
        double[] energy = new double[bars];
        double max = 1e-9;
        for (int b = 0; b < bars; b++) {
            double from = map.seconds(map.barTick(b)), to = Math.min(pic.duration(), map.seconds(map.barTick(b + 1)));
            energy[b] = pic.energy().mean(from, to);
            max = Math.max(max, energy[b]);
        }
        int intro = Math.min(2, Math.max(1, bars / 8));
        for (int b = 0; b < bars; b++) {
            double position = bars == 1 ? 1 : (double) b / (bars - 1);
            double e = 0.5 * energy[b] + 0.5 * energy[b] / max; // absolute and relative motion
            double x = 0.6 + 2.4 * e;
            if (prompt.has(StructureHint.BUILD) || prompt.has(StructureHint.SWELL)) x = 0.5 * x + 3.2 * position;
            if (prompt.has(StructureHint.STEADY)) x = 2;
            if (mood == Mood.EPIC || mood == Mood.UPBEAT) x += 0.5;
            int level = (int) Math.round(Math.max(0, Math.min(3, x)));
            if (b < intro) level = Math.min(level, b == 0 ? 1 : 2);
            if (mood == Mood.MINIMAL) level = Math.min(level, 2);
            if (mood == Mood.CALM || mood == Mood.SAD) level = Math.min(level, prompt.has(StructureHint.SWELL) || prompt.has(StructureHint.BUILD) ? 3 : 2);
            levels[b] = level;
        }
        for (int b = 1; b < bars; b++) { // one step per bar at most, up or down
            if (levels[b] > levels[b - 1] + 1) levels[b] = levels[b - 1] + 1;
        }
        for (int b = bars - 2; b >= 0; b--) {
            if (levels[b] > levels[b + 1] + 1 && b + 1 != finalBar) levels[b] = levels[b + 1] + 1;
        }
        return levels;
    }

    // ---------------------------------------------------------------- parts

    /** Pitches of a chord on degree {@code degree}: root, third, fifth (and seventh when asked) near {@code centre}. */
    static int[] chordPitches(Key key, int degree, int centre, boolean seventh) {
        int n = seventh ? 4 : 3;
        int[] pcs = new int[n];
        for (int i = 0; i < n; i++) {
            int off = key.degreeOffset(degree + 2 * i);
            if (key.minor() && Math.floorMod(degree, 7) == 4 && i == 1) off += 1; // raised leading tone in V
            pcs[i] = key.tonic() + off;
        }
        int root = pcs[0];
        int shift = Math.round((centre - root) / 12f) * 12;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = pcs[i] + shift;
        return out;
    }

    static int register(Part p, Role role) {
        Instrument i = p.instrument();
        int want = switch (role) {
            case PAD -> 60;
            case ARPEGGIO -> 62;
            case BASS -> 40;
            case MELODY -> 72;
            case HITS -> 45;
            case DRUMS -> 36;
        };
        return Math.max(i.low() + 6, Math.min(i.high() - 10, want));
    }

    static int fit(Part p, int pitch) {
        while (pitch < p.instrument().low()) pitch += 12;
        while (pitch > p.instrument().high()) pitch -= 12;
        return pitch;
    }

    private static void chordNotes(Notes notes, Part p, Key key, int degree, long t0, long t1, int velocity, int centre, boolean seventh) {
        for (int pitch : chordPitches(key, degree, centre, seventh)) notes.add(p, fit(p, pitch), t0, t1, velocity);
    }

    static void pad(Notes notes, Part p, Key key, int degree, long t0, long t1, int level, int vBase, boolean last) {
        int v = Math.min(100, vBase - 8 + 6 * level);
        if (level >= 3 && !last) {
            long mid = t0 + (t1 - t0) / 2;
            chordNotes(notes, p, key, degree, t0, mid, v, register(p, Role.PAD), false);
            chordNotes(notes, p, key, degree, mid, t1, v - 6, register(p, Role.PAD), false);
        } else {
            chordNotes(notes, p, key, degree, t0, t1, v, register(p, Role.PAD), level >= 2 && !last && degree != 4);
        }
    }

    static void arpeggio(Notes notes, Part p, Key key, int degree, long t0, long t1, int level, int vBase, boolean last,
                         SplittableRandom phraseRng, SplittableRandom r, List<Part> parts) {
        int centre = register(p, Role.ARPEGGIO);
        int[] chord = chordPitches(key, degree, centre, false);
        int[] tones = {chord[0], chord[1], chord[2], chord[0] + 12};
        if (last) {
            for (int i = 0; i < 4; i++) notes.add(p, fit(p, tones[i]), t0 + i * 40L, t1, vBase);
            return;
        }
        boolean strum = p.instrument().name().contains("guitar") || p.instrument().name().equals("ukulele");
        int step = switch (level) { case 0 -> 2 * PPQ; case 1 -> PPQ; case 2 -> PPQ / 2; default -> r.nextInt(3) == 0 ? PPQ / 4 : PPQ / 2; };
        boolean onlyHarmony = parts.stream().noneMatch(q -> q.plays(Role.PAD)) && level == 0;
        if (onlyHarmony) step = PPQ; // with no pad, the arpeggio carries the harmony from the first bar
        int[] shape = SHAPES[phraseRng.nextInt(SHAPES.length)];
        int i = 0;
        for (long t = t0; t < t1; t += step, i++) {
            long end = Math.min(t1, t + step);
            int v = Math.max(30, Math.min(110, vBase + (t == t0 ? 8 : 0) - 4 + r.nextInt(9)));
            if (strum) {
                boolean down = (i % 2 == 0);
                for (int s = 0; s < 4; s++) {
                    int pitch = down ? tones[s] : tones[3 - s];
                    notes.add(p, fit(p, pitch), t + s * 18L, end, v - (down ? 0 : 10));
                }
            } else {
                notes.add(p, fit(p, tones[shape[i % shape.length]]), t, end + (level <= 1 ? step / 2 : 0), v);
            }
        }
    }

    static void bass(Notes notes, Part p, Key key, int degree, long t0, long t1, int level, int vBase, boolean last, Mood mood, SplittableRandom r) {
        int[] chord = chordPitches(key, degree, register(p, Role.BASS), false);
        int root = fit(p, chord[0]), fifth = fit(p, chord[2]);
        int v = Math.min(110, vBase + 6);
        if (last || level == 1) {
            notes.add(p, root, t0, t1, v);
            return;
        }
        if (mood == Mood.TENSE || level >= 3) { // a driving eighth pulse
            int i = 0;
            for (long t = t0; t < t1; t += PPQ / 2, i++) notes.add(p, i % 8 == 6 && r.nextBoolean() ? fifth : root, t, Math.min(t1, t + PPQ / 2 - 20), v - (i % 2) * 12);
            return;
        }
        notes.add(p, root, t0, Math.min(t1, t0 + 2 * PPQ), v);
        if (t0 + 2 * PPQ < t1) notes.add(p, r.nextBoolean() ? fifth : root, t0 + 2 * PPQ, Math.min(t1, t0 + 3 * PPQ + PPQ / 2), v - 8);
        if (t0 + 3 * PPQ + PPQ / 2 < t1) notes.add(p, r.nextBoolean() ? fifth : root + 12 <= p.instrument().high() ? root + 12 : root, t0 + 3 * PPQ + PPQ / 2, t1, v - 14);
    }

    static void melody(Notes notes, Part p, Key key, int degree, long t0, long t1, int level, int vBase, int bar, long seed, SplittableRandom r) {
        // the phrase's motif (rhythm and contour) comes from the phrase; bars 0-1 state it, 2-3 answer it
        int phrase = bar / 4;
        SplittableRandom motif = rng(seed, phrase, 300);
        int[] rhythmA = RHYTHMS[motif.nextInt(RHYTHMS.length)];
        int[] rhythmB = RHYTHMS[motif.nextInt(RHYTHMS.length)];
        int[] contour = new int[8];
        for (int i = 0; i < 8; i++) contour[i] = motif.nextInt(5) - 2;
        int inPhrase = bar % 4;
        int[] rhythm = inPhrase == 3 ? new int[] {4, 4} : inPhrase == 1 ? rhythmB : rhythmA;
        if (level == 2 && inPhrase == 3 && r.nextBoolean()) return; // breathe
        int[] chord = chordPitches(key, degree, register(p, Role.MELODY), true);
        int pitch = chord[motif.nextInt(3)];
        long t = t0;
        for (int i = 0; i < rhythm.length && t < t1; i++) {
            long len = (long) rhythm[i] * PPQ / 2;
            boolean strong = (t - t0) % PPQ == 0;
            if (strong) pitch = nearestChordTone(chord, pitch + contour[i % 8]);
            else pitch = scaleStep(key, pitch, contour[(i + inPhrase) % 8] >= 0 ? 1 : -1);
            int v = Math.max(40, Math.min(115, vBase + 10 + (strong ? 6 : 0) + 4 * (level - 2)));
            notes.add(p, fit(p, pitch), t, Math.min(t1, t + len - 10), v);
            t += len;
        }
    }

    static void hits(Notes notes, Part p, Key key, int degree, long t0, int vBase) {
        int[] chord = chordPitches(key, degree, register(p, Role.HITS), false);
        notes.add(p, fit(p, chord[0]), t0, t0 + PPQ, Math.min(120, vBase + 20));
    }

    static void drums(Notes notes, Part p, long t0, long t1, int level, int vBase, int bar, Mood mood, SplittableRandom r) {
        int v = Math.min(110, vBase + 5);
        boolean fill = level >= 2 && bar % 4 == 3;
        for (int beat = 0; beat < 4; beat++) {
            long t = t0 + (long) beat * PPQ;
            if (t >= t1) break;
            if (level == 1) {
                notes.add(p, 42, t, t + PPQ / 4, v - 25);
                continue;
            }
            boolean tense = mood == Mood.TENSE;
            if (beat == 0 || (beat == 2 && !tense)) notes.add(p, 36, t, t + PPQ / 4, v + 5);
            if (level >= 3 && beat == 2 && r.nextBoolean()) notes.add(p, 36, t + PPQ / 2, t + PPQ / 2 + PPQ / 4, v - 5);
            if (beat == 1 || beat == 3) notes.add(p, tense ? 37 : 38, t, t + PPQ / 4, v - (tense ? 10 : 0));
            int sub = level >= 3 ? 4 : 2;
            for (int s = 0; s < sub; s++) {
                long ts = t + (long) s * PPQ / sub;
                if (fill && beat == 3) notes.add(p, 38, ts, ts + PPQ / 8, v - 15 + 5 * s);
                else notes.add(p, level >= 3 && beat == 3 && s == sub - 1 ? 46 : 42, ts, ts + PPQ / 8, v - 20 - (s % 2) * 10);
            }
        }
    }

    static void accent(Notes notes, List<Part> parts, Key key, int degree, long tick, long endTick) {
        long end = Math.min(endTick, tick + PPQ);
        if (end <= tick) return;
        boolean done = false;
        for (Part p : parts) {
            if (p.plays(Role.DRUMS)) {
                notes.add(p, 49, tick, end, ACCENT_VELOCITY);
                notes.add(p, 36, tick, Math.min(end, tick + PPQ / 4), ACCENT_VELOCITY - 10);
                done = true;
            } else if (p.plays(Role.HITS)) {
                hits(notes, p, key, degree, tick, ACCENT_VELOCITY - 20);
                done = true;
            }
        }
        if (done) return;
        for (Part p : parts) { // a chord stab on the first harmony instrument
            if (p.plays(Role.ARPEGGIO) || p.plays(Role.PAD)) {
                int[] chord = chordPitches(key, degree, register(p, Role.ARPEGGIO) + 5, false);
                for (int pitch : chord) notes.add(p, fit(p, pitch), tick, Math.min(end, tick + PPQ / 2), ACCENT_VELOCITY);
                return;
            }
        }
        Part first = parts.getFirst();
        notes.add(first, fit(first, key.tonic() + 60), tick, Math.min(end, tick + PPQ / 2), ACCENT_VELOCITY);
    }

    static int nearestChordTone(int[] chord, int pitch) {
        int best = pitch, bestD = Integer.MAX_VALUE;
        for (int c : chord) {
            for (int o = -24; o <= 24; o += 12) {
                int d = Math.abs(c + o - pitch);
                if (d < bestD) { bestD = d; best = c + o; }
            }
        }
        return best;
    }

    static int scaleStep(Key key, int pitch, int direction) {
        int p = pitch + direction;
        while (!key.inScale(p)) p += direction;
        return p;
    }

    static double nearest(double[] sorted, double x) {
        int i = Arrays.binarySearch(sorted, x);
        if (i >= 0) return sorted[i];
        int at = -i - 1;
        double best = Double.MAX_VALUE;
        if (at < sorted.length) best = sorted[at];
        if (at > 0 && Math.abs(sorted[at - 1] - x) < Math.abs(best - x)) best = sorted[at - 1];
        return best;
    }

    static SplittableRandom rng(long seed, long index, long purpose) {
        return new SplittableRandom(mix(mix(seed, index), purpose));
    }

    /** SplitMix64-style mixing of two longs. Any thread. */
    public static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------- MIDI

    /** Collected notes per part; overlapping notes of the same pitch on one channel are cut where the next begins. */
    static final class Notes {
        record Note(Part part, int pitch, long on, long off, int velocity) {}

        final List<Note> list = new ArrayList<>();

        void add(Part p, int pitch, long on, long off, int velocity) {
            if (off <= on || pitch < 0 || pitch > 127) return;
            list.add(new Note(p, pitch, on, off, Math.max(1, Math.min(127, velocity))));
        }
    }

    private static Sequence write(Notes notes, List<Part> parts, Key key, TimeMap map, TempoSearch.Choice tempo, List<Double> cuts,
                                  List<Double> accents, long endTick, double duration, int[] levels, int finalBar) {
        try {
            Sequence seq = new Sequence(Sequence.PPQ, PPQ);
            Track conductor = seq.createTrack();
            meta(conductor, 0x03, text("Cutroom soundtrack"), 0);
            if (map.pickupTicks() > 0) {
                meta(conductor, 0x58, new byte[] {1, 2, 24, 8}, 0); // 1/4 pickup
                meta(conductor, 0x51, tempoBytes(map.pickupMicrosPerQuarter()), 0);
            }
            meta(conductor, 0x58, new byte[] {4, 2, 24, 8}, map.pickupTicks());
            meta(conductor, 0x51, tempoBytes(map.microsPerQuarter()), map.pickupTicks());
            meta(conductor, 0x59, key.keySignature(), 0);
            for (int i = 0; i < cuts.size(); i++) {
                meta(conductor, 0x06, text(String.format(java.util.Locale.ROOT, "cut %d @ %.3f s", i + 1, cuts.get(i))), map.tick(cuts.get(i)));
            }
            for (double a : accents) meta(conductor, 0x07, text("accent"), map.tick(a));
            meta(conductor, 0x01, text("intro"), 0);
            for (int b = 1; b < levels.length; b++) {
                if (b == finalBar) meta(conductor, 0x01, text("cadence"), map.barTick(b));
                else if (levels[b] != levels[b - 1]) meta(conductor, 0x01, text("level " + levels[b]), map.barTick(b));
            }
            Track[] tracks = new Track[parts.size()];
            for (Part p : parts) {
                Track t = seq.createTrack();
                tracks[p.track() - 1] = t;
                meta(t, 0x03, text(p.instrument().name()), 0);
                int ch = p.channel();
                if (!p.instrument().isDrums()) {
                    t.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, ch, 0, 0), 0));
                    t.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, ch, p.instrument().program(), 0), 0));
                }
                int volume = p.plays(Role.MELODY) && p.roles().size() == 1 ? 104 : p.plays(Role.PAD) ? 84 : p.plays(Role.BASS) ? 100 : 96;
                t.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, ch, 7, volume), 0));
                int pan = parts.size() == 1 || p.plays(Role.BASS) || p.plays(Role.DRUMS) ? 64 : 64 + (p.track() % 2 == 0 ? -1 : 1) * (12 + 6 * (p.track() / 2));
                t.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, ch, 10, Math.max(16, Math.min(112, pan))), 0));
                t.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, ch, 91, p.plays(Role.DRUMS) ? 30 : 55), 0));
            }
            // notes: cut overlaps of the same pitch on one channel, clamp to the end
            notes.list.sort((a, b) -> a.on() != b.on() ? Long.compare(a.on(), b.on()) : Integer.compare(a.pitch(), b.pitch()));
            Map<Long, Long> sounding = new java.util.HashMap<>();
            List<long[]> resolved = new ArrayList<>(); // index into notes.list, off
            for (int i = 0; i < notes.list.size(); i++) {
                Notes.Note n = notes.list.get(i);
                long k = ((long) n.part().channel() << 8) | n.pitch();
                resolved.add(new long[] {i, Math.min(n.off(), endTick)});
                Long prev = sounding.put(k, (long) resolved.size() - 1);
                if (prev != null) {
                    long[] pr = resolved.get(prev.intValue());
                    if (pr[1] > n.on()) pr[1] = n.on();
                }
            }
            for (long[] r : resolved) {
                Notes.Note n = notes.list.get((int) r[0]);
                long off = r[1];
                if (n.on() >= endTick) continue;
                if (off <= n.on()) {
                    if (off < n.on()) continue;
                    // same-tick duplicate: keep the louder one only (skip this one)
                    continue;
                }
                Track t = tracks[n.part().track() - 1];
                t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, n.part().channel(), n.pitch(), n.velocity()), n.on()));
                t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, n.part().channel(), n.pitch(), 0), off));
            }
            for (Track t : seq.getTracks()) meta(t, 0x2F, new byte[0], endTick);
            return seq;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("cannot build the MIDI score", e);
        }
    }

    private static byte[] tempoBytes(int micros) {
        return new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros};
    }

    private static byte[] text(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void meta(Track t, int type, byte[] data, long tick) throws InvalidMidiDataException {
        if (type == 0x2F) { // end of track: Track keeps its own; move it
            MidiEvent eot = t.get(t.size() - 1);
            if (eot.getTick() < tick) eot.setTick(tick);
            return;
        }
        t.add(new MidiEvent(new MetaMessage(type, data, data.length), tick));
    }
}

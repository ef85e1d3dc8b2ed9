package dev.cutroom.plugin.soundtrack.prompt;

import dev.cutroom.plugin.soundtrack.compose.Instrument;
import dev.cutroom.plugin.soundtrack.compose.Key;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a soundtrack prompt such as "tense minimal piano, 90 bpm", "upbeat ukulele in D major" or
 * "slow orchestral swell": tempo, key and mode, instruments (General MIDI, see {@link Instrument#TABLE}),
 * moods ({@link Mood}) and structure words ({@link StructureHint}). Words it does not understand are
 * returned in {@link Prompt#unknown()}, never silently dropped. Any thread.
 */
public final class PromptParser {
    private static final Pattern TEMPO = Pattern.compile("(\\d{2,3}(?:\\.\\d+)?)\\s*(?:bpm|beats per minute|beats/min)\\b");
    private static final Pattern TEMPO_AT = Pattern.compile("\\b(?:tempo|at)\\s+(\\d{2,3}(?:\\.\\d+)?)\\b");
    /** "in D major", "A minor", "f# min", "in e flat", "bb maj". */
    private static final Pattern KEY = Pattern.compile(
            "(?:\\bin\\s+)?\\b([a-g])(#|♯|♭|b(?![a-z])|\\s+sharp|\\s+flat|-sharp|-flat)?\\s*(major|minor|maj|min|m)\\b");
    private static final Pattern KEY_IN = Pattern.compile("\\bin\\s+(?:the\\s+key\\s+of\\s+)?([a-g])(#|♯|♭|b(?![a-z])|\\s+sharp|\\s+flat)?(?:\\s+key)?\\s*(?:[,.;!]|$)");
    private static final Set<String> FILLER = Set.of("a", "an", "the", "and", "with", "in", "of", "some", "music", "soundtrack",
            "score", "track", "song", "tune", "for", "on", "to", "like", "style", "feel", "feeling", "mood", "vibe", "very",
            "bit", "little", "lots", "more", "less", "please", "background", "theme", "piece", "that", "this", "it", "is",
            "but", "or", "by", "at", "tempo", "key", "mode", "instrument", "instruments", "sound", "sounds", "solo", "only", "just");
    private static final List<String> ORCHESTRA = List.of("strings", "french horn", "cello", "timpani");

    private PromptParser() {}

    /** Parses a prompt; never fails. Any thread. */
    public static Prompt parse(String text) {
        String original = text == null ? "" : text;
        String s = " " + original.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        OptionalDouble tempo = OptionalDouble.empty();
        Optional<Key> key = Optional.empty();
        Optional<Boolean> modeOnly = Optional.empty();

        Matcher t = TEMPO.matcher(s);
        if (t.find()) {
            tempo = OptionalDouble.of(Double.parseDouble(t.group(1)));
            s = blank(s, t.start(), t.end());
        } else {
            Matcher at = TEMPO_AT.matcher(s);
            if (at.find() && Double.parseDouble(at.group(1)) >= 30) {
                tempo = OptionalDouble.of(Double.parseDouble(at.group(1)));
                s = blank(s, at.start(), at.end());
            }
        }
        if (tempo.isPresent()) tempo = OptionalDouble.of(Math.max(30, Math.min(240, tempo.getAsDouble())));

        Matcher k = KEY.matcher(s);
        while (k.find()) {
            // "a minor" is a key; "a m..." only when the letter is not the article before another word
            String mode = k.group(3);
            if (mode.equals("m") && k.group(2) == null && k.group(1).equals("a")) continue;
            int pc = Key.pitchClass(k.group(1), k.group(2) == null ? null : k.group(2).trim());
            key = Optional.of(new Key(pc, mode.startsWith("min") || mode.equals("m")));
            s = blank(s, k.start(), k.end());
            break;
        }
        if (key.isEmpty()) {
            Matcher in = KEY_IN.matcher(s);
            if (in.find()) {
                key = Optional.of(new Key(Key.pitchClass(in.group(1), in.group(2) == null ? null : in.group(2).trim()), false));
                s = blank(s, in.start(), in.end());
            }
        }

        List<Instrument> instruments = new ArrayList<>();
        Set<Mood> moods = EnumSet.noneOf(Mood.class);
        Set<StructureHint> hints = EnumSet.noneOf(StructureHint.class);
        List<String> unknown = new ArrayList<>();
        String[] words = s.split("[^a-z0-9#\\-']+");
        List<String> tokens = new ArrayList<>();
        for (String w : words) if (!w.isBlank()) tokens.add(w);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (i + 1 < tokens.size()) { // two-word instruments first: "electric piano", "french horn"
                Optional<Instrument> two = Instrument.forWord(w + " " + tokens.get(i + 1));
                if (two.isPresent()) {
                    add(instruments, two.get());
                    i++;
                    continue;
                }
            }
            Optional<Instrument> inst = Instrument.forWord(w);
            Optional<Mood> mood = Mood.forWord(w);
            boolean known = false;
            if (inst.isPresent()) { add(instruments, inst.get()); known = true; }
            if (mood.isPresent()) { moods.add(mood.get()); known = true; }
            switch (w) {
                case "orchestral", "orchestra", "symphonic" -> { ORCHESTRA.forEach(n -> add(instruments, Instrument.named(n))); known = true; }
                case "swell", "swelling", "crescendo", "swells" -> { hints.add(StructureHint.SWELL); known = true; }
                case "build", "building", "builds", "rising", "rise", "grows", "growing" -> { hints.add(StructureHint.BUILD); known = true; }
                case "slow", "slowly", "lento", "adagio", "largo" -> { hints.add(StructureHint.SLOW); known = true; }
                case "fast", "driving", "quick", "allegro", "presto", "uptempo", "up-tempo" -> { hints.add(StructureHint.FAST); known = true; }
                case "steady", "loop", "looping", "constant", "flat" -> { hints.add(StructureHint.STEADY); known = true; }
                case "minor" -> { modeOnly = Optional.of(true); known = true; }
                case "major" -> { modeOnly = Optional.of(false); known = true; }
                default -> { }
            }
            if (!known && !FILLER.contains(w) && !w.matches("\\d+")) unknown.add(w);
        }
        if (key.isPresent()) modeOnly = Optional.of(key.get().minor());
        return new Prompt(original, tempo, key, modeOnly, instruments, moods, hints, unknown);
    }

    private static void add(List<Instrument> list, Instrument i) {
        if (!list.contains(i)) list.add(i);
    }

    private static String blank(String s, int from, int to) {
        return s.substring(0, from) + " ".repeat(to - from) + s.substring(to);
    }

    /** The instruments' names, for logs. Any thread. */
    public static String describe(Prompt p) {
        Set<String> parts = new LinkedHashSet<>();
        p.tempo().ifPresent(t -> parts.add(fmt(t) + " bpm"));
        p.key().ifPresent(k -> parts.add(k.toString()));
        if (p.key().isEmpty()) p.modeOnly().ifPresent(m -> parts.add(m ? "minor" : "major"));
        p.instruments().forEach(i -> parts.add(i.name()));
        p.moods().forEach(m -> parts.add(m.name().toLowerCase(Locale.ROOT)));
        p.hints().forEach(h -> parts.add(h.name().toLowerCase(Locale.ROOT)));
        return parts.isEmpty() ? "(nothing)" : String.join(", ", parts);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

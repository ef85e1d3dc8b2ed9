package dev.cutroom.plugin.instruct.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tolerance for typos ("balck and white", "bluur the backround"). A typed word is read as a word of the parser's
 * {@link #VOCABULARY} when all of these hold:
 * <ul>
 *   <li>it has at least 5 letters and only letters (never short words, never numbers or units);</li>
 *   <li>it is not itself a word: not in the vocabulary, not in {@link #COMMON} and not a whole word of the sentence
 *       encoder's word list when there is one ("quite" stays "quite", not "quiet");</li>
 *   <li>exactly one vocabulary word is nearest, at a Damerau-Levenshtein distance (adjacent transpositions count
 *       one) of at most 1, or at most 2 when the typed word has 8 letters or more. A tie is broken only by a
 *       doubled key ("bluur" is "blur", not "bluer"); otherwise ties are not guessed.</li>
 * </ul>
 * Every correction is returned so that the result can say what was read ("read 'balck' as 'black'").
 */
final class Spelling {

    /** The words the rules look for: operation words and the words that set their parameters. */
    static final Set<String> VOCABULARY = Set.of(
            "black", "white", "greyscale", "grayscale", "monochrome", "sepia", "vintage", "retro", "nostalgic",
            "warmer", "warmth", "cooler", "colder", "bluer", "golden", "brighter", "brighten", "bright", "brightness",
            "darker", "darken", "lighten", "lighter", "exposure", "contrast", "punchier", "saturation", "saturated",
            "saturate", "desaturate", "vivid", "colourful", "colorful", "colours", "colors", "colour", "color",
            "vignette", "corners", "edges", "blur", "blurry", "blurred", "sharpen", "sharper", "sharpness", "crisper",
            "detail", "grain", "grainy", "noise", "noisy", "denoise", "focus", "soften", "slower", "faster", "quicker",
            "speed", "motion", "timelapse", "reverse", "reversed", "backwards", "rewind", "freeze", "frame", "still",
            "start", "beginning", "opening", "ending", "first", "final", "seconds", "second", "minutes", "minute",
            "only", "crop", "reframe", "vertical", "portrait", "square", "widescreen", "landscape", "horizontal",
            "aspect", "ratio", "rotate", "clockwise", "anticlockwise", "counterclockwise", "upside", "sideways",
            "mirror", "horizontally", "vertically", "zoom", "punch", "background", "backdrop", "transparent", "remove",
            "replace", "title", "caption", "subtitle", "lower", "third", "silence", "sound", "audio", "volume",
            "louder", "quieter", "music", "picture", "image", "video", "slightly", "little", "heavy", "strong",
            "strongly", "gently", "subtle", "without", "change", "degrees", "decibels", "percent", "double", "twice",
            "quarter", "center", "centre", "middle", "bottom", "corner", "right", "upper", "green", "yellow", "orange",
            "purple", "tiktok", "instagram", "youtube", "reels", "shorts", "stories", "interpolation", "follow",
            "centred", "centered", "punchy", "summery", "moody", "noir", "teal", "camcorder", "matte", "bleach", "bypass", "negative", "pillarbox",
            "ken", "burns", "picture-in-picture", "mute", "fade", "slow", "fast", "flip", "grey", "gray", "warm", "cool", "dark",
            "text", "and", "the", "invert", "letterbox", "stabilise", "stabilize", "normalise", "normalize",
            "cinematic", "shaky", "loudness");

    private static final List<String> SORTED = VOCABULARY.stream().sorted().toList();

    /** Common words near a vocabulary word that must stay as typed even without the encoder's word list. */
    private static final Set<String> COMMON = Set.of(
            "quite", "might", "sight", "night", "fight", "tight", "light", "whole", "while", "where", "there", "these",
            "those", "thing", "things", "think", "about", "above", "after", "again", "before", "below", "bring", "could",
            "would", "should", "every", "first", "great", "group", "house", "large", "place", "point", "shoot", "shots",
            "scene", "scenes", "small", "sorry", "thanks", "please", "start", "stuff", "words", "world", "write",
            "footage", "person", "people", "clips", "video", "shorter", "longer", "higher", "smaller", "bigger",
            "cooling", "warming", "lighting", "brighter", "sounds", "voice", "colder", "older", "louder");

    private static final Pattern WORD = Pattern.compile("(?<![\\w'#./-])[a-z]{5,}(?![\\w'./-])");

    /** One typed word read as another. */
    record Correction(String typed, String read) {
        @Override
        public String toString() {
            return "read '" + typed + "' as '" + read + "'";
        }
    }

    private Spelling() {
    }

    /** The text with its typos read as vocabulary words; each one read is added to {@code corrections}. */
    static String correct(String text, Predicate<String> knownWord, List<Correction> corrections) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String read = w;
            if (!VOCABULARY.contains(w) && !COMMON.contains(w) && !knownWord.test(w)) {
                String best = nearest(w);
                if (best != null) {
                    read = best;
                    corrections.add(new Correction(w, best));
                }
            }
            m.appendReplacement(out, read);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern SHORT_WORD = Pattern.compile("(?<![\\w'#./-])[a-z]{3,4}(?![\\w'./-])");

    /**
     * Typos in short words ("blck and wite"), read only when the phrase as a whole then names an operation and did not
     * before: a short unknown word is read as the one vocabulary word at distance 1, and kept only if the words around
     * it (three either side, all short readings applied) match the lexicon while they do not with that word as typed.
     */
    static String correctShort(String text, Predicate<String> knownWord, List<Correction> corrections, Predicate<String> phraseKnown) {
        String[] words = text.split(" ");
        String[] read = words.clone();
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!SHORT_WORD.matcher(w).matches() || VOCABULARY.contains(w) || COMMON.contains(w) || knownWord.test(w)) continue;
            String best = nearest(w, 1);
            if (best != null) {
                read[i] = best;
                any = true;
            }
        }
        if (!any) return text;
        String[] out = words.clone();
        for (int i = 0; i < words.length; i++) {
            if (read[i].equals(words[i])) continue;
            int from = Math.max(0, i - 3);
            int to = Math.min(words.length, i + 4);
            String[] window = java.util.Arrays.copyOfRange(read, from, to);
            String with = String.join(" ", window);
            window[i - from] = words[i];
            String without = String.join(" ", window);
            if (phraseKnown.test(with) && !phraseKnown.test(without)) {
                out[i] = read[i];
                corrections.add(new Correction(words[i], read[i]));
            }
        }
        return String.join(" ", out);
    }

    static String nearest(String w) {
        return nearest(w, w.length() >= 8 ? 2 : 1);
    }

    /** The one vocabulary word nearest to {@code w} within the allowed distance, or null (none, or a tie). */
    static String nearest(String w, int allowed) {
        String best = null;
        int bestD = allowed + 1;
        boolean tie = false;
        for (String v : SORTED) {
            if (Math.abs(v.length() - w.length()) > allowed) continue;
            int d = distance(w, v, allowed);
            if (d < bestD) {
                best = v;
                bestD = d;
                tie = false;
            } else if (d == bestD && best != null) {
                boolean vDoubled = isDoubledKey(w, v);
                if (vDoubled != isDoubledKey(w, best)) {
                    if (vDoubled) {
                        best = v;
                        tie = false;
                    }
                } else {
                    tie = true;
                }
            }
        }
        return bestD <= allowed && !tie ? best : null;
    }

    /** Whether {@code typed} is {@code word} with one letter typed twice. */
    private static boolean isDoubledKey(String typed, String word) {
        if (typed.length() != word.length() + 1) return false;
        for (int i = 1; i < typed.length(); i++) {
            if (typed.charAt(i) == typed.charAt(i - 1) && (typed.substring(0, i) + typed.substring(i + 1)).equals(word)) return true;
        }
        return false;
    }

    /** Damerau-Levenshtein distance (optimal string alignment); anything over {@code limit} is reported as limit + 1. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
        }
        return Math.min(d[n][m], limit + 1);
    }

    /** The corrections as one note, or empty. */
    static String note(List<Correction> corrections) {
        List<String> parts = new ArrayList<>();
        corrections.forEach(c -> parts.add(c.toString()));
        return String.join("; ", parts);
    }
}

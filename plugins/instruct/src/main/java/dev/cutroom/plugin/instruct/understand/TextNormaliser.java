package dev.cutroom.plugin.instruct.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an instruction for the rules: quoted text is set aside (its words must not be parsed, nor split
 * on "and"), the rest is lower-cased, number words become digits ("one and a half" → 1.5, "half a second"
 * → 0.5 second) and phrases that contain a clause separator but are one idea are joined ("black and white",
 * "between 5 and 12").
 */
final class TextNormaliser {

    /** Stands for the n-th quoted text: {@code qtext0}. Letters only around the digit, so no number rule sees it. */
    static final String QUOTE_MARK = "qtext";

    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\d])'([^']+)'(?![\\p{L}\\d])|\"([^\"]+)\"");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("ninety", 90), Map.entry("hundred", 100));
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(" + String.join("|", NUMBER_WORDS.keySet()) + ")\\b");

    private TextNormaliser() {
    }

    /** The instruction ready for splitting, and the quoted texts it set aside. */
    record Normalised(String text, List<String> quotes) {
        /** The quoted text a clause refers to, if any. */
        String quoteIn(String clause) {
            Matcher m = Pattern.compile(QUOTE_MARK + "(\\d+)").matcher(clause);
            return m.find() ? quotes.get(Integer.parseInt(m.group(1))) : null;
        }

        /** A clause with its quote marks put back as typed, for messages. */
        String restore(String clause) {
            Matcher m = Pattern.compile(QUOTE_MARK + "(\\d+)").matcher(clause);
            return m.replaceAll(r -> Matcher.quoteReplacement("'" + quotes.get(Integer.parseInt(r.group(1))) + "'"));
        }
    }

    static Normalised normalise(String instruction) {
        String s = instruction.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'');
        List<String> quotes = new ArrayList<>();
        Matcher q = QUOTED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            quotes.add(q.group(1) != null ? q.group(1) : q.group(2));
            q.appendReplacement(out, " " + QUOTE_MARK + (quotes.size() - 1) + " ");
        }
        q.appendTail(out);
        s = out.toString().toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\u2010-\\u2015]", "-").replace("’", "'").replaceAll("\\bdon't\\b|\\bdont\\b", "do not");
        s = numberWords(s);
        s = s.replaceAll("\\b(\\d+) and a half\\b", "$1.5")
                .replaceAll("\\b(?:a )?half an? (second|minute|sec|s)\\b", "0.5 $1")
                .replaceAll("\\bb ?& ?w\\b|\\bblack (?:and|&|n) white\\b", "black-and-white")
                .replaceAll("\\bbetween (\\S+(?: ?s| seconds?)?) and ", "$1 to ")
                .replaceAll("\\bfade (?:it )?in and out\\b", "fade in and fade out")
                .replaceAll("\\s+", " ").trim();
        return new Normalised(s, quotes);
    }

    private static String numberWords(String s) {
        Matcher m = NUMBER_WORD.matcher(s);
        return m.replaceAll(r -> String.valueOf(NUMBER_WORDS.get(r.group(1))));
    }
}

package dev.cutroom.plugin.instruct.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an instruction for the rules: quoted text and file names ("beach.jpg") are set aside (their words
 * must not be parsed, nor split on "and" or '.'), the rest is lower-cased; abbreviations and slang become the
 * words the rules know, by family ("bg/bkg" → background, "b/w, bw, b&w" → black-and-white, "slo mo, slowmo,
 * slow-mo" → slow motion, "4 by 5"/"4x5" → 4:5 when that is a frame shape, "behind me" → the background, "w/o"
 * → without); typos are read as vocabulary words ({@link Spelling}); number words become digits ("one and a
 * half" → 1.5, "twenty-five" → 25, "half a second" → 0.5 second) and phrases that contain a clause separator but
 * are one idea are joined ("black and white", "between 5 and 12").
 */
final class TextNormaliser {

    /** Stands for the n-th quoted text: {@code qtext0}. Letters only around the digit, so no number rule sees it. */
    static final String QUOTE_MARK = "qtext";
    /** Stands for the n-th image file name ({@code qfile1}): set aside like a quote, but it names an image, not a title. */
    static final String FILE_MARK = "qfile";
    /** Either mark. */
    static final String ANY_MARK = "q(?:text|file)";

    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\d])'([^']+)'(?![\\p{L}\\d])|\"([^\"]+)\""
            + "|(?<![\\w./~-])([\\w~./-]*[\\w-]\\.(?i:jpe?g|png|webp|bmp|gif|tiff?|heic|avif))(?![\\w])");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(" + String.join("|", NUMBER_WORDS.keySet()) + ")\\b");
    /** "twenty-five", "thirty two" (after the words became digits: "20-5", "30 2"). */
    private static final Pattern COMPOUND_NUMBER = Pattern.compile("\\b([2-9]0)[- ]([1-9])\\b(?![.:]\\d)");
    /** "a hundred", "one hundred", "two hundred" (after the words became digits). */
    /** An hh:mm:ss time code. */
    private static final Pattern HMS = Pattern.compile("\\b(\\d{1,2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)\\b");
    private static final Pattern HUNDREDS = Pattern.compile("\\b(?:a |([1-9]) )?100\\b");
    /** Frame shapes a pair of numbers may name ("4 by 5", "16x9"); 4:3 and the like are known so they can be refused by name. */
    static final Set<String> ASPECTS = Set.of("9:16", "16:9", "1:1", "4:5", "5:4", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21");
    private static final Pattern ASPECT_WORDS = Pattern.compile("\\b(\\d{1,2}) ?(?:by|x|×|/) ?(\\d{1,2})\\b(?![.:%]\\d)");
    /** Abbreviations and slang, each rewritten to the words the rules know (whole words only). */
    private static final String[][] SLANG = {
            {"\\b(?:bg|bgd|bkg|bkgd|bkgnd|bgnd|backgrnd|back ground)\\b", "background"},
            {"\\bb ?(?:&|/|\\+|'?n'?|and)? ?w\\b", "black-and-white"},
            {"\\bblack (?:and|&|n|'n'|\\+|/) ?white\\b|\\bblack/white\\b", "black-and-white"},
            {"\\bslo+w?[- ]?mo(?:tion)?\\b|\\bslow-motion\\b", "slow motion"},
            {"\\b(?:fast[- ]?forward(?:ed)?|sped up)\\b", "speed up"},
            {"\\bhyper-?lapse\\b|\\btime lapse\\b", "timelapse"},
            {"\\btik[- ]?tok\\b", "tiktok"},
            {"\\b(?:ig|insta)\\b", "instagram"},
            {"\\byt\\b", "youtube"},
            {"\\bw/o\\b", "without"},
            {"\\bw/(?=\\s|$)", "with"},
            {"\\bccw\\b", "counterclockwise"},
            {"\\bcw\\b", "clockwise"},
            {"\\b(?:pic|pix)\\b", "picture"},
            {"\\bvid\\b", "video"},
            {"\\bvol\\b", "volume"},
            {"\\bportrait(?: mode)? (?=look|effect|style|blur)|\\bportrait mode blur\\b", "bokeh "},
            // "everything but me", "all except the person": the background (the clause splitter must not split on "but")
            {"\\b(?:everything|all|everyone|the rest|the whole (?:frame|picture|shot))(?: else)? (?:but|except(?: for)?|other than|apart from|besides|around) "
                    + "(?:me|him|her|them|us|the (?:person|people|subject|speaker|presenter|guy|girl|man|woman|kid|dancer|singer|host))\\b", "the background"},
            // sides written with "and", which would split the clause
            {"\\btop (?:and|&) bottom\\b|\\bbottom (?:and|&) top\\b", "top-and-bottom"},
            {"\\bleft (?:and|&) right\\b|\\bright (?:and|&) left\\b", "left-and-right"},
            // named looks written with "and", which would split the clause
            {"\\bteal (?:and|&|n|\\+|/) ?orange\\b|\\borange (?:and|&) teal\\b", "teal-orange"},
            {"\\bdark (?:and|&) moody\\b|\\bmoody (?:and|&) dark\\b", "moody"},
            // "behind me/him/the person" is the background behind the person
            {"\\b(?:what'?s |what is |everything |the (?:stuff|area|space|scene|wall) )?behind (?:me|him|her|them|us|the (?:person|people|subject|speaker|presenter|guy|girl|man|woman))\\b",
                    "the background"}};
    private static final List<Map.Entry<Pattern, String>> SLANG_RULES = java.util.Arrays.stream(SLANG)
            .map(r -> Map.entry(Pattern.compile(r[0]), r[1])).toList();

    private TextNormaliser() {
    }

    /** The instruction ready for splitting, the quoted texts it set aside and the typos it read as words. */
    record Normalised(String text, List<String> quotes, List<Spelling.Correction> corrections) {
        /** The quoted text a clause refers to, if any. */
        String quoteIn(String clause) {
            Matcher m = Pattern.compile(ANY_MARK + "(\\d+)").matcher(clause);
            return m.find() ? quotes.get(Integer.parseInt(m.group(1))) : null;
        }

        /** A clause with its quote marks put back as typed, for messages. */
        String restore(String clause) {
            Matcher m = Pattern.compile(ANY_MARK + "(\\d+)").matcher(clause);
            return m.replaceAll(r -> Matcher.quoteReplacement("'" + quotes.get(Integer.parseInt(r.group(1))) + "'"));
        }
    }

    static Normalised normalise(String instruction) {
        return normalise(instruction, w -> false);
    }

    /** @param knownWord whether a word is a real word (the encoder's vocabulary), which typo tolerance leaves alone */
    static Normalised normalise(String instruction, Predicate<String> knownWord) {
        String s = instruction.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'');
        List<String> quotes = new ArrayList<>();
        s = unquotedTitle(s);
        Matcher q = QUOTED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            quotes.add(q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3));
            q.appendReplacement(out, " " + (q.group(3) != null ? FILE_MARK : QUOTE_MARK) + (quotes.size() - 1) + " ");
        }
        q.appendTail(out);
        s = out.toString().toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\u2010-\\u2015]", "-").replace("’", "'").replaceAll("\\bdon't\\b|\\bdont\\b", "do not");
        for (Map.Entry<Pattern, String> r : SLANG_RULES) s = r.getKey().matcher(s).replaceAll(r.getValue());
        List<Spelling.Correction> corrections = new ArrayList<>();
        s = Spelling.correct(s, knownWord, corrections);
        s = Spelling.correctShort(s, knownWord, corrections, window -> IntentLexicon.match(slang(window)).isPresent());
        if (!corrections.isEmpty()) { // "balck and white" once read as "black and white"
            for (Map.Entry<Pattern, String> r : SLANG_RULES) s = r.getKey().matcher(s).replaceAll(r.getValue());
        }
        s = numberWords(s);
        s = HMS.matcher(s).replaceAll(r -> { // "00:00:30" is hh:mm:ss: written as seconds
            double sec = Integer.parseInt(r.group(1)) * 3600 + Integer.parseInt(r.group(2)) * 60 + Double.parseDouble(r.group(3));
            return (sec == Math.rint(sec) ? String.valueOf((long) sec) : String.valueOf(sec)) + " s";
        });
        s = aspects(s);
        s = s.replaceAll("\\b(\\d+) and a half\\b", "$1.5")
                .replaceAll("\\b(?:a )?half(?: an?)? (second|minute|sec)\\b", "0.5 $1")
                .replaceAll("\\b(?:a|one) fifth (off|of|from)\\b", "20% $1").replaceAll("\\b(?:a|one) quarter (off|of|from)\\b", "25% $1")
                .replaceAll("\\b(?:a|one) tenth (off|of|from)\\b", "10% $1").replaceAll("\\bhalf[- ]size(?:d)?\\b", "50% size")
                .replaceAll("\\bbetween (\\S+(?: ?s| seconds?)?) and ", "from $1 to ")
                .replaceAll("\\bfade (?:it )?in and out\\b", "fade in and fade out")
                .replaceAll("\\s+", " ").trim();
        return new Normalised(s, quotes, List.copyOf(corrections));
    }

    private static String slang(String s) {
        for (Map.Entry<Pattern, String> r : SLANG_RULES) s = r.getKey().matcher(s).replaceAll(r.getValue());
        return s;
    }

    /** "write Good Morning across it", "add a caption saying see you soon": the words of a title typed without quotes. */
    private static final Pattern UNQUOTED_TITLE = Pattern.compile(
            "(?i)(?:\\b(?:write|type|print|spell out)\\s+(?:out\\s+)?(?:the (?:words?|text)\\s+)?"
                    + "|\\b(?:add|put|show|display|include|place|overlay|stick)\\s+(?:(?:a|an|the|some)\\s+)?(?:(?:big|large|small|little|tiny|bold|white|black|red|yellow|green|blue)\\s+)*"
                    + "(?:title|caption|subtitle|heading|headline|text|words?|lower[- ]third|label)(?:\\s+(?:saying|that says|which says|reading|that reads|with the words?|with the text|of|:))?\\s+"
                    + "|\\b(?:title|caption|label)\\s+it\\s+|\\b(?:saying|that says|which says|that reads)\\s+"
                    + "|\\b(?:put|add|show|display)\\s+(?=(?-i:[A-Z][a-zA-Z]*(?:\\s|$))))"
                    + "(?!(?:across|at|on|in|over|along|near|to|for|from|during|until|till|between|after|before|it|this|that|up|down|top|bottom)\\b)"
                    + "([^,.;!?\"']+?)"
                    + "(?=\\s+(?:across|at|on|in|over|along|near|for(?= (?:\\d|the |a |an |one |two |three |four |five |ten ))|from|during|until|till|between|after|before|starting|lasting|centred|centered|then|with|up top|down low)\\b"
                    + "|\\s*[,.;!?]|\\s+and\\s+(?:make|add|fade|slow|speed|mute|turn|blur|then|put|give)\\b|\\s*$)");

    private static String unquotedTitle(String s) {
        if (s.contains("\"") || s.matches(".*(?<![\\p{L}\\d])'[^']+'(?![\\p{L}\\d]).*")) return s; // quoted: the quote is the title
        Matcher m = UNQUOTED_TITLE.matcher(s);
        if (!m.find()) return s;
        String text = m.group(1).strip();
        if (text.length() > 80 || !text.matches(".*[\\p{L}\\d].*")) return s;
        String lead = s.substring(m.start(), m.start(1)).toLowerCase(Locale.ROOT);
        boolean saysTitle = lead.matches(".*\\b(?:title|caption|subtitle|heading|headline|text|words?|label|saying|says|reads|reading|write|type|print|spell out)\\b.*");
        if (!saysTitle && IntentLexicon.match(text.toLowerCase(Locale.ROOT)).isPresent()) return s; // "Add Vignette" names an operation

        return s.substring(0, m.start(1)) + "\"" + text + "\"" + s.substring(m.end(1));
    }

    private static String numberWords(String s) {
        Matcher m = NUMBER_WORD.matcher(s);
        s = m.replaceAll(r -> String.valueOf(NUMBER_WORDS.get(r.group(1))));
        s = COMPOUND_NUMBER.matcher(s).replaceAll(r -> String.valueOf(Integer.parseInt(r.group(1)) + Integer.parseInt(r.group(2))));
        return HUNDREDS.matcher(s).replaceAll(r -> String.valueOf(100 * (r.group(1) == null ? 1 : Integer.parseInt(r.group(1)))));
    }

    /** "4 by 5", "16x9", "9/16" become "4:5", "16:9", "9:16" when the pair is a frame shape. */
    private static String aspects(String s) {
        return ASPECT_WORDS.matcher(s).replaceAll(r -> {
            String pair = r.group(1) + ":" + r.group(2);
            return Matcher.quoteReplacement(ASPECTS.contains(pair) ? pair : r.group());
        });
    }
}

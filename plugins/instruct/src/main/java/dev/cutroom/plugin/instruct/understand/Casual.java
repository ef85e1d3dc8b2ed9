package dev.cutroom.plugin.instruct.understand;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Complaints in everyday words that ask for a plain fix ("I can hardly hear anything" asks for more volume, "it
 * hurts my ears" for less): a complaint alone asks for the fix, as the contract says.
 */
final class Casual {

    private static final List<Map.Entry<Pattern, String>> COMPLAINTS = List.of(
            Map.entry(Pattern.compile("\\b(?:can|could)(?: ?not|n't)? (?:hardly|barely|not|n't|ever) ?hear\\b|\\b(?:can|could) ?not hear\\b|\\bhard to hear\\b"
                    + "|\\binaudible\\b|\\btoo (?:soft|faint) to hear\\b|\\bcannot hear\\b"), "make it louder"),
            Map.entry(Pattern.compile("\\bhurts? (?:my |the )?ears\\b|\\bdeafening\\b|\\bblasting\\b|\\bear-?splitting\\b"), "make it quieter"),
            Map.entry(Pattern.compile("\\b(?:can|could)(?: ?not|n't)? (?:hardly|barely) see\\b|\\b(?:can|could) ?not see (?:anything|a thing|much)\\b|\\bhard to see\\b"), "make it brighter"),
            Map.entry(Pattern.compile("\\b(?:remove|reduce|get rid of|take out|kill|lose|fix|correct)\\b.*\\b(?:blue|cyan|cold)(?: (?:tint|cast|tone|look))\\b"), "make it warmer"),
            Map.entry(Pattern.compile("\\b(?:remove|reduce|get rid of|take out|kill|lose|fix|correct)\\b.*\\b(?:orange|yellow|warm)(?: (?:tint|cast|tone|look))\\b"), "make it cooler"),
            Map.entry(Pattern.compile("\\bdrags on\\b|\\btakes too long\\b|\\btoo slow\\b"), "speed it up"));

    private Casual() {
    }

    /** The plain request a casual complaint makes, if the clause is one. */
    static Optional<String> request(String clause) {
        for (Map.Entry<Pattern, String> c : COMPLAINTS) {
            if (c.getKey().matcher(clause).find()) return Optional.of(c.getValue());
        }
        return Optional.empty();
    }
}

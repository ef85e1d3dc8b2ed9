package dev.cutroom.plugin.instruct.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a normalised instruction into clauses, one request each: on commas, semicolons, "and", "then",
 * "also", "plus", "but", "after that", and before a negation ("... without changing the speed"). Phrases that
 * hold a separator but are one idea were joined by {@link TextNormaliser} first ("black-and-white").
 */
final class ClauseSplitter {

    private static final String WORDS = "and then|after that|and also|then|also|and|plus|but";
    /** Word separators must stand alone: the hyphens of "black-and-white" do not split it. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:[,;!]|\\.(?!\\d)|(?<![\\w-])(?:" + WORDS + ")(?![\\w-]))\\s*|\\s+(?=(?:without|do not)\\b)");

    private ClauseSplitter() {
    }

    static List<String> split(String normalised) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(normalised)) {
            String c = part.trim();
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }
}

package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.OpKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalised instruction into clauses, one request each: on commas, semicolons, "and", "then",
 * "also", "plus", "but", "after that", "because" (what follows is a reason: see {@link InstructionParser}), and before a negation ("... without changing the speed"). Phrases that
 * hold a separator but are one idea were joined by {@link TextNormaliser} first ("black-and-white").
 * "with", "along with", "together with", "as well as" join two operations only when the words on both sides name
 * different operations by the lexicon ("sepia with a vignette"); otherwise they belong to the one operation
 * ("replace the background with white", "a bokeh look with a blurry background").
 */
final class ClauseSplitter {

    private static final String WORDS = "and then|after that|and also|then|also|and|plus|but|because|'cause|cuz";
    /** Word separators must stand alone: the hyphens of "black-and-white" do not split it. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:[,;!]|\\.(?!\\d)|(?<![\\w-])(?:" + WORDS + ")(?![\\w-]))\\s*|(?<!\\b(?:i|we|you|they))\\s+(?=(?:without|do not)\\b)"
                    + "|\\s+(?:since|as)\\s+(?=(?:it'?s|it (?:is|was|looks|seems)|the \\w+ (?:is|was|are|were|looks|seems)|this|that|there)\\b)");

    private ClauseSplitter() {
    }

    private static final Pattern MUTE_REQUEST = Pattern.compile("^(?:no|without) (?:sound|audio)\\b");
    private static final Pattern JOINER = Pattern.compile("\\s+(?:along with|together with|as well as|with)\\s+");

    /** A lead-in that only introduces the request ("i want it without sound", "can you make it ..."): not a clause. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:so|well|ok|okay|hey|hi|please) )*(?:i (?:want|need|would like|'d like|d like)|i'd like|id like|can you|could you|would you|will you|please)"
                    + "(?: (?:you )?(?:to )?(?:make|have|get|leave|do|give me))?(?: (?:it|this|that|the (?:clip|video|shot)|me))?(?: please)?$");

    static List<String> split(String normalised) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(normalised)) {
            String c = part.trim();
            if (LEAD_IN.matcher(c).matches()) continue;
            if (!c.isEmpty()) splitJoined(c, out);
        }
        return out;
    }

    private static void splitJoined(String clause, List<String> out) {
        Matcher m = JOINER.matcher(clause);
        while (m.find()) {
            String left = clause.substring(0, m.start()).trim();
            String right = clause.substring(m.end()).trim();
            if (Negation.isNegation(left) || Negation.isNegation(right) && !MUTE_REQUEST.matcher(right).find()) continue;
            Optional<OpKind> a = IntentLexicon.match(withoutQuotes(left)); // a quote alone is not an operation: "with 'beach.jpg'"
            Optional<OpKind> b = IntentLexicon.match(withoutQuotes(right));
            if (a.isPresent() && b.isPresent() && a.get() != b.get()) {
                out.add(left);
                splitJoined(right, out);
                return;
            }
        }
        out.add(clause);
    }

    private static String withoutQuotes(String s) {
        return s.replaceAll(TextNormaliser.ANY_MARK + "\\d+", " ").trim();
    }
}

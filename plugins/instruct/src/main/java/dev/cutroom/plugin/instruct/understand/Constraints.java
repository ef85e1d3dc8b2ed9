package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.Category;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Step;
import java.util.regex.Pattern;

/**
 * Keep / leave / stay clauses ("but leave the picture alone", "keep her in the shot", "faces should stay natural"):
 * constraints, not requests. They add no step; when they name a group of operations ({@link Negation#group}) those
 * are forbidden (a step that contradicts one is dropped with a problem); otherwise they are constraints the plan
 * already honours and only a note says so. "keep me in colour" moves the plan's looks to the background.
 */
final class Constraints {

    private static final Pattern STAY = Pattern.compile(
            "\\b(?:stay|stays|staying|remain|remains|untouched|unchanged|alone|intact|as (?:it|they) (?:is|are|was|were)|as is)\\b");
    private static final Pattern KEEP = Pattern.compile("^(?:but |and |still |please )*(?:keep|leave|preserve|retain|maintain)\\b");
    /** The person kept as they are while the rest changes: the looks apply to the background. */
    private static final Pattern PERSON_KEPT = Pattern.compile(
            "^(?:but |and |still |please )*(?:(?:keep|leave|preserve) " + IntentLexicon.PERSON + "(?: in (?:full )?colou?r| colou?red| natural| sharp| in focus| as (?:is|they are|i am|he is|she is)| untouched| normal| bright| unchanged)\\b"
                    + "|" + IntentLexicon.PERSON + " (?:should |must |can |will )?(?:stay|stays|remain|remains|keeps?) (?:in (?:full )?colou?r|colou?red|natural|sharp|in focus|untouched|normal|unchanged|the same|as (?:is|they are))\\b"
                    + "|(?:except|apart from|but not|not) (?:for )?" + IntentLexicon.PERSON + "$)");
    /** Targets the plan honours whatever it does: the person in the shot, faces looking natural, "everything else". */
    private static final Pattern HONOURED = Pattern.compile(
            "\\b(?:else|everything|anything|in (?:the )?(?:shot|frame|picture|view)|faces?|skin|skin tones?|natural|realistic|me|him|her|them|person|people|subject|quality|resolution|sharpness|detail)\\b");

    private Constraints() {
    }

    /** Whether the clause is a keep/leave/stay constraint (not keeping a part of the clip, which is keep-range). */
    static boolean isConstraint(String clause) {
        if (KEEP.matcher(clause).find()) return Negation.isNegation(clause.replaceFirst("^(?:but |and |still |please )*(?:preserve|retain|maintain)\\b", "keep"));
        return STAY.matcher(clause).find() && !clause.matches("^(?:make|turn|set|give|add|apply|put|change)\\b(?! sure).*");
    }

    /** Whether the clause keeps the person as they are ("keep me in colour", "except me"). */
    static boolean keepsPerson(String clause) {
        return PERSON_KEPT.matcher(clause).find();
    }

    /** Whether a constraint's target is one every plan honours (nothing to forbid). */
    static boolean honoured(String target) {
        return HONOURED.matcher(target).find() && !target.matches(".*\\b(?:colou?rs?|sound|audio|speed|length|duration|framing|aspect)\\b.*");
    }

    /** A whole-clip look step moved to the background (blur becomes background-blur); other steps unchanged. */
    static Step toBackground(Step s) {
        if (s.op() == OpKind.BLUR) return Step.of(OpKind.BACKGROUND_BLUR);
        if (s.op().category() != Category.LOOK || s.op() == OpKind.FADE_IN || s.op() == OpKind.FADE_OUT || s.background()) return s;
        return s.onBackground();
    }
}

package dev.cutroom.plugin.instruct.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The third held-out set ({@code heldout3-set.txt}, 358 instructions): written blind from {@code PLAN-CONTRACT.md}
 * alone, before the parser implemented contract version 2, by someone who never saw the parser, its lexicon or
 * the other sets. Its first run is the figure the README reports. Besides exact plans it counts the misses by
 * kind, because a wrong plan is worse than a refusal: refused (no steps where some were expected: safe), partly
 * right (only expected steps, some missing), and wrong (a step the instruction did not ask for).
 *
 * <p>First run (2026-12-08, before any change made from it): 319/358 = 0.891 exact; of the 39 misses 9 were
 * refusals, 5 partly right and 25 plans with a step or value the instruction did not ask for. The thresholds are
 * regression guards at those figures, not targets; once the parser is changed from its misses the set is no longer
 * blind. After fixing whole categories of those misses (new wordings of each in {@code eval-set.txt}): 341/358 = 0.953,
 * 3 wrong plans; the guards below are at those figures.
 */
class HeldOut3EvalTest {

    static final String RESOURCE = "heldout3-set.txt";

    @Test
    void understandsTheThirdHeldOutSet() {
        List<EvalSet.Case> cases = EvalSet.load(RESOURCE);
        InstructionParser parser = InstructionParser.shared();
        assertThat(parser.usesEmbeddings()).as("the MiniLM model must load in tests").isTrue();
        InstructionEvalTest.Report r = InstructionEvalTest.Report.run(parser, cases, EvalSet.load());
        int refused = 0, partly = 0, wrong = 0;
        List<String> wrongLines = new ArrayList<>();
        for (EvalSet.Case c : cases) {
            ParseResult got = parser.parse(c.instruction(), EvalSet.CLIP_SECONDS);
            if (c.matches(got)) continue;
            var steps = got.plan().steps();
            if (steps.isEmpty()) refused++;
            else if (c.steps().containsAll(steps)) partly++;
            else { wrong++; wrongLines.add("line " + c.line() + ": " + c.instruction() + " -> " + EvalSet.format(steps)); }
        }
        System.out.println(String.format(Locale.ROOT, "third held-out set: misses: %d refused, %d partly right, %d wrong plans%n%s%n%s",
                refused, partly, wrong, String.join("\n", wrongLines), r.describe()));
        assertThat(cases.size()).isGreaterThanOrEqualTo(200);
        assertThat(r.accuracy()).as(r.describe()).isGreaterThanOrEqualTo(0.95);
        assertThat(wrong).as(String.join("\n", wrongLines)).isLessThanOrEqualTo(3);
    }
}

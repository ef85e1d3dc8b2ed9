package dev.cutroom.plugin.instruct.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the second held-out set ({@code heldout2-set.txt}) through the shared parser. Like {@link HeldOutEvalTest}'s
 * set it was written blind, without reading the parser, its lexicon, {@code eval-set.txt} or {@code heldout-set.txt}
 * (only their headers), so it measures how the parser does on phrasings nobody tuned it for; it was written after
 * the first held-out set's misses had been used to improve the parser. Prints the exact-plan accuracy, the median
 * and p95 time per instruction and every miss (instruction, expected plan, plan it gave). The warm-up parses
 * {@code eval-set.txt}, so no timed instruction was parsed before.
 *
 * <p>The 0.80 threshold is a regression guard, not a target: the goal for understanding stays the 95%, and
 * the parser should not be tuned against these lines (once it is, they are no longer held out).
 */
class HeldOut2EvalTest {

    static final String RESOURCE = "heldout2-set.txt";

    @Test
    void understandsTheSecondHeldOutSet() {
        List<EvalSet.Case> cases = EvalSet.load(RESOURCE);
        InstructionParser parser = InstructionParser.shared();
        assertThat(parser.usesEmbeddings()).as("the MiniLM model must load in tests").isTrue();
        InstructionEvalTest.Report r = InstructionEvalTest.Report.run(parser, cases, EvalSet.load());
        System.out.println("second held-out set: " + r.describe());
        assertThat(cases.size()).isGreaterThanOrEqualTo(120);
        assertThat(cases.stream().filter(c -> c.steps().isEmpty() && c.expectProblem()).count()).isGreaterThanOrEqualTo(20);
        // Regression guard, not a target (see the class comment).
        assertThat(r.accuracy()).as(r.describe()).isGreaterThanOrEqualTo(0.80);
    }
}

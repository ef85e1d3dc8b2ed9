package dev.cutroom.plugin.instruct.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the held-out set ({@code heldout-set.txt}) through the shared parser. The set was written blind, without
 * reading the parser, its lexicon or {@code eval-set.txt}, so it measures how the parser does on phrasings nobody
 * tuned it for. Prints the exact-plan accuracy, the median and p95 time per instruction and every miss
 * (instruction, expected plan, plan it gave).
 *
 * <p>The 0.80 threshold is a regression guard, not a target: the goal for understanding stays the 95%, and
 * the parser should not be tuned against these lines (once it is, they are no longer held out).
 */
class HeldOutEvalTest {

    static final String RESOURCE = "heldout-set.txt";

    @Test
    void understandsTheHeldOutSet() {
        List<EvalSet.Case> cases = EvalSet.load(RESOURCE);
        InstructionParser parser = InstructionParser.shared();
        assertThat(parser.usesEmbeddings()).as("the MiniLM model must load in tests").isTrue();
        InstructionEvalTest.Report r = InstructionEvalTest.Report.run(parser, cases, EvalSet.load());
        System.out.println("held-out set: " + r.describe());
        assertThat(cases.size()).isGreaterThanOrEqualTo(100);
        assertThat(cases.stream().filter(c -> c.steps().isEmpty() && c.expectProblem()).count()).isGreaterThanOrEqualTo(15);
        // Regression guard, not a target (see the class comment).
        assertThat(r.accuracy()).as(r.describe()).isGreaterThanOrEqualTo(0.80);
    }
}

package dev.cutroom.plugin.instruct.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Runs the whole evaluation set through the shared parser (MiniLM + lexicon) and holds it to 95% exact plans. */
class InstructionEvalTest {

    @Test
    void understandsTheEvaluationSet() {
        List<EvalSet.Case> cases = EvalSet.load();
        InstructionParser parser = InstructionParser.shared();
        assertThat(parser.usesEmbeddings()).as("the MiniLM model must load in tests").isTrue();
        Report r = Report.run(parser, cases, EvalSet.load(HeldOutEvalTest.RESOURCE));
        System.out.println(r.describe());
        assertThat(cases.size()).isGreaterThanOrEqualTo(170);
        assertThat(cases.stream().filter(c -> c.steps().isEmpty() && c.expectProblem()).count()).isGreaterThanOrEqualTo(15);
        assertThat(r.accuracy()).as(r.describe()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Accuracy, timings and misses of one run over the set. The warm-up (JIT, ONNX Runtime's first runs) parses
     * <em>other</em> instructions, so that no timed instruction was seen before: the times stay honest even if a
     * cache by instruction were ever added (there is none).
     */
    record Report(int total, int correct, double medianMs, double p95Ms, List<String> misses) {

        static Report run(InstructionParser parser, List<EvalSet.Case> cases, List<EvalSet.Case> warmUp) {
            java.util.Set<String> timed = new java.util.HashSet<>();
            cases.forEach(c -> timed.add(c.instruction()));
            warmUp.stream().filter(c -> !timed.contains(c.instruction())).forEach(c -> parser.parse(c.instruction(), EvalSet.CLIP_SECONDS));
            double[] ms = new double[cases.size()];
            int correct = 0;
            List<String> misses = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                EvalSet.Case c = cases.get(i);
                long t0 = System.nanoTime();
                ParseResult result = parser.parse(c.instruction(), EvalSet.CLIP_SECONDS);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (c.matches(result)) {
                    correct++;
                } else {
                    misses.add(String.format(Locale.ROOT, "line %d: %s%n    expected %s%n    got      %s%s", c.line(), c.instruction(),
                            c.expected(), EvalSet.format(result.plan().steps()),
                            result.problems().isEmpty() ? "" : " / problems: " + result.problems().stream().map(Problem::message).toList()));
                }
            }
            Arrays.sort(ms);
            return new Report(cases.size(), correct, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], misses);
        }

        double accuracy() {
            return correct / (double) total;
        }

        String describe() {
            return String.format(Locale.ROOT, "exact-plan accuracy %d/%d = %.3f, median %.2f ms, p95 %.2f ms per instruction%n%s",
                    correct, total, accuracy(), medianMs, p95Ms, String.join("\n", misses));
        }
    }
}

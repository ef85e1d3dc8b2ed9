package dev.cutroom.plugin.instruct.bench;

import dev.cutroom.plugin.instruct.embed.SharedEncoder;
import dev.cutroom.plugin.instruct.understand.EvalSet;
import dev.cutroom.plugin.instruct.understand.InstructionParser;
import dev.cutroom.plugin.instruct.understand.ParseResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy and time from text to plan over the evaluation set, with and without the MiniLM embeddings.
 * Run from the test class path (e.g. the IDE, or java -cp with the test classes), no arguments.
 */
public final class UnderstandingBench {

    public static void main(String[] args) {
        List<EvalSet.Case> cases = EvalSet.load();
        long t0 = System.nanoTime();
        InstructionParser withModel = InstructionParser.shared();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        InstructionParser lexicon = InstructionParser.lexiconOnly("bench: lexicon only");
        System.out.printf(Locale.ROOT, "%d instructions; model load and example encoding %.0f ms (%s)%n", cases.size(), loadMs,
                withModel.usesEmbeddings() ? "MiniLM" : SharedEncoder.failure().orElse("no model"));
        System.out.printf("%-24s %9s %10s %10s%n", "parser", "accuracy", "median ms", "p95 ms");
        row("lexicon + embeddings", withModel, cases);
        row("lexicon only", lexicon, cases);
    }

    private static void row(String name, InstructionParser parser, List<EvalSet.Case> cases) {
        for (int i = 0; i < 2; i++) cases.forEach(c -> parser.parse(c.instruction())); // warm-up
        double[] ms = new double[cases.size()];
        int correct = 0;
        for (int i = 0; i < cases.size(); i++) {
            long t = System.nanoTime();
            ParseResult r = parser.parse(cases.get(i).instruction());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (cases.get(i).matches(r)) correct++;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-24s %9.3f %10.2f %10.2f%n", name, correct / (double) cases.size(),
                ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]);
    }
}

package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.embed.SharedEncoder;

/** Prints how the embeddings rank clauses (a tool for tuning the threshold): run with clauses as arguments. */
public final class EmbeddingProbe {
    public static void main(String[] args) {
        EmbeddingIntents e = new EmbeddingIntents(SharedEncoder.get().orElseThrow());
        for (String clause : args) {
            EmbeddingIntents.Match m = e.match(clause);
            System.out.printf("%-45s best %.3f %s unsupportedNearest=%s accepted=%s%n", clause, m.bestScore(),
                    m.ranked().subList(0, 3), m.nearestIsUnsupported(), m.op());
        }
    }
}

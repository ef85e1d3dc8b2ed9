package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.Plan;
import java.util.List;

/**
 * What an instruction was understood to mean, and what of it was not.
 *
 * @param plan           the operations understood (possibly empty)
 * @param problems       clauses not understood, contradictions, values out of range; empty when all is clear
 * @param usedEmbeddings whether the sentence-embedding model was available (false: lexicon only)
 * @param note           why embeddings were not used, or empty
 */
public record ParseResult(Plan plan, List<Problem> problems, boolean usedEmbeddings, String note) {

    public ParseResult {
        problems = List.copyOf(problems);
        note = note == null ? "" : note;
    }

    /** Whether every part of the instruction became the plan. */
    public boolean isClear() {
        return problems.isEmpty() && !plan.isEmpty();
    }
}

package dev.cutroom.plugin.instruct;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.instruct.embed.SharedEncoder;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanException;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.understand.InstructionParser;
import dev.cutroom.plugin.instruct.understand.ParseResult;
import dev.cutroom.plugin.instruct.understand.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Instruct edit": understands the instruction into a plan (or takes an edited plan as JSON), reports it,
 * then applies it. Nothing is applied when any part of the instruction was not understood.
 */
public final class InstructPlugin implements Plugin {
    public static final String ID = "dev.cutroom.instruct";

    /** Parameter: only report the plan, change nothing. */
    static final String PLAN_ONLY = "planOnly";
    /** Parameter: an InstructPlan.1 plan to apply instead of understanding the instruction again. */
    static final String PLAN = "plan";

    @Override
    public JobResult run(Job job, JobContext context) {
        String planJson = job.parameters().has(PLAN) ? job.parameters().text(PLAN) : "";
        boolean planOnly = job.parameters().has(PLAN_ONLY) && job.parameters().bool(PLAN_ONLY);
        Understood understood = planJson.isBlank() ? understand(job.instruction(), context) : readPlan(planJson);

        if (!understood.problems.isEmpty() && !planOnly) {
            throw new IllegalArgumentException("The instruction was not fully understood, so nothing was changed:\n"
                    + understood.problems.stream().map(p -> "- " + p.message()).collect(Collectors.joining("\n")));
        }
        if (planOnly) {
            JobResult.Builder result = JobResult.builder()
                    .summary(PlanSummary.line(understood.plan))
                    .note("plan", PlanJson.write(understood.plan))
                    .note("problems", PlanSummary.problemsJson(understood.problems));
            if (understood.usedModel) SharedEncoder.get().ifPresent(e -> result.model(e.info()));
            if (!understood.note.isEmpty()) result.note("understanding", understood.note);
            return result.build();
        }
        if (understood.plan.isEmpty()) throw new IllegalArgumentException("the plan has no steps: nothing to apply");
        return apply(understood.plan, job, context);
    }

    private record Understood(Plan plan, List<Problem> problems, boolean usedModel, String note) {
    }

    private static Understood understand(String instruction, JobContext context) {
        if (instruction == null || instruction.isBlank()) {
            throw new IllegalArgumentException("type an instruction (e.g. \"make it black and white and slow it down by half\"), or give a plan");
        }
        InstructionParser parser = InstructionParser.shared();
        ParseResult r = parser.parse(instruction);
        if (!r.usedEmbeddings()) context.warn(r.note());
        context.info(PlanSummary.line(r.plan()) + (r.problems().isEmpty() ? "" : " (" + r.problems().size() + " problem(s))"));
        return new Understood(r.plan(), r.problems(), r.usedEmbeddings(), r.note());
    }

    private static Understood readPlan(String json) {
        try {
            return new Understood(PlanJson.read(json), List.of(), false, "");
        } catch (PlanException e) {
            throw new IllegalArgumentException("the plan given is not a valid " + PlanJson.SCHEMA + " plan: " + e.getMessage(), e);
        }
    }

    /**
     * Applies a plan to the selected clips. Wired to {@code dev.cutroom.plugin.instruct.execute.PlanRunner} when
     * the executor is merged.
     */
    JobResult apply(Plan plan, Job job, JobContext context) {
        throw new IllegalStateException("applying plans is not wired yet");
    }
}

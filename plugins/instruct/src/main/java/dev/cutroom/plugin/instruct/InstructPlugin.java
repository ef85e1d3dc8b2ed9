package dev.cutroom.plugin.instruct;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.ModelInfo;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.ProvenanceNote;
import dev.cutroom.plugin.instruct.execute.PlanRunner;
import dev.cutroom.plugin.instruct.embed.SharedEncoder;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanException;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.understand.InstructionParser;
import dev.cutroom.plugin.instruct.understand.ParseResult;
import dev.cutroom.plugin.instruct.understand.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Instruct edit": understands the instruction into a plan (or takes an edited plan as JSON), reports it,
 * then applies it. A partly understood instruction applies its understood steps and reports the clauses that were
 * not understood (note {@code problems}, and the summary); an instruction with no understood step changes nothing.
 */
public final class InstructPlugin implements Plugin {
    public static final String ID = "dev.cutroom.instruct";

    /** Parameter: only report the plan, change nothing. */
    static final String PLAN_ONLY = "planOnly";
    /** Parameter: an InstructPlan.1 plan to apply instead of understanding the instruction again. */
    static final String PLAN = "plan";

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        String planJson = job.parameters().has(PLAN) ? job.parameters().text(PLAN) : "";
        boolean planOnly = job.parameters().has(PLAN_ONLY) && job.parameters().bool(PLAN_ONLY);
        Understood understood = planJson.isBlank() ? understand(job.instruction(), clipSeconds(job), context) : readPlan(planJson);

        if (!understood.problems.isEmpty() && understood.plan.isEmpty() && !planOnly) {
            throw new IllegalArgumentException("The instruction was not understood, so nothing was changed:\n"
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
        JobResult applied = new PlanRunner().run(understood.plan, job, context);
        return withUnderstanding(applied, understood);
    }

    private record Understood(Plan plan, List<Problem> problems, boolean usedModel, String note) {
    }

    /**
     * The length the selected clips play for, so that "the last 3 seconds" can be placed; NaN when they differ
     * (parts measured from the end are then reported as not placeable rather than guessed).
     */
    static double clipSeconds(Job job) {
        List<dev.cutroom.plugin.api.ClipRef> clips = switch (job.selection()) {
            case dev.cutroom.plugin.api.Selection.Clips c -> c.clips();
            case dev.cutroom.plugin.api.Selection.Range r -> r.clips();
        };
        double[] lengths = clips.stream().mapToDouble(c -> c.sourceRange().duration().toSeconds() / c.speed()).distinct().toArray();
        return lengths.length == 1 ? lengths[0] : Double.NaN;
    }

    private static Understood understand(String instruction, double clipSeconds, JobContext context) {
        if (instruction == null || instruction.isBlank()) {
            throw new IllegalArgumentException("type an instruction (e.g. \"make it black and white and slow it down by half\"), or give a plan");
        }
        InstructionParser parser = InstructionParser.shared();
        ParseResult r = parser.parse(instruction, clipSeconds);
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

    /** The applied result plus what understanding used: the plan itself and, when it ran, the text model. */
    private static JobResult withUnderstanding(JobResult applied, Understood understood) {
        List<ModelInfo> models = new ArrayList<>(applied.provenance().models());
        if (understood.usedModel) SharedEncoder.get().ifPresent(e -> models.add(e.info()));
        Map<String, String> notes = new LinkedHashMap<>(applied.provenance().notes());
        notes.put("plan", PlanJson.write(understood.plan));
        if (!understood.note.isEmpty()) notes.put("understanding", understood.note);
        String summary = applied.summary();
        if (!understood.problems.isEmpty()) {
            notes.put("problems", PlanSummary.problemsJson(understood.problems));
            summary += "; not applied (not understood): " + understood.problems.stream().map(Problem::message).collect(Collectors.joining("; "));
        }
        return new JobResult(applied.outputs(), new ProvenanceNote(models, notes), summary);
    }
}

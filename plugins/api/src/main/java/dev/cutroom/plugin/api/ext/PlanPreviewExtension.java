package dev.cutroom.plugin.api.ext;

import dev.cutroom.plugin.api.Extension;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;

/**
 * {@code cutroom.plan-preview/1}: a plugin that turns a job (typically a free-text instruction) into steps shows them
 * to the user before it does anything, and the user edits them: changes a step's values through the same form the
 * editor builds for descriptor parameters, narrows or widens the part of the clip a step covers, removes steps.
 * Then the plugin applies the edited plan. Any plugin may offer this; nothing in the editor knows the plugin.
 *
 * <ol>
 *   <li>{@link #preview} (job purpose {@link dev.cutroom.plugin.api.JobPurpose#PREVIEW_PLAN}) answers a
 *       {@link PlanPreview}: steps, each with {@link dev.cutroom.plugin.api.ParameterSpec}s and values, and the
 *       clauses it did not understand as {@link PlanPreview.Problem}s. It makes nothing.</li>
 *   <li>The editor shows the plan; Apply is offered only for a plan with steps, no problems and valid values
 *       (checked against each step's specs with the same rules as {@code --param}).</li>
 *   <li>{@link #apply} (purpose {@link dev.cutroom.plugin.api.JobPurpose#APPLY_PLAN}) gets the edited plan and does
 *       the work, as {@link dev.cutroom.plugin.api.Plugin#run} would, returning outputs as one undoable edit.</li>
 * </ol>
 *
 * <p>Declare {@code "cutroom.plan-preview/1"} in {@code features} and return this from
 * {@link dev.cutroom.plugin.api.Plugin#extension}. Both methods run on the job thread of a fresh instance, so keep
 * nothing between them: everything {@link #apply} needs is in the plan. Since API 1.2 (the host side of this
 * extension is being wired; the built-in instruct plugin moves onto it next).
 */
public interface PlanPreviewExtension {
    /** The feature id and type of this extension. */
    Extension<PlanPreviewExtension> EXTENSION = Extension.of("cutroom.plan-preview/1", PlanPreviewExtension.class);

    /** The plan this job would carry out; nothing is made. */
    PlanPreview preview(Job job, JobContext context) throws Exception;

    /**
     * Carries out {@code plan}, which the user may have edited (values changed within each step's specs, parts
     * changed, steps removed; never steps added). Refuse what you cannot do with an exception that says why.
     */
    JobResult apply(Job job, PlanPreview plan, JobContext context) throws Exception;
}

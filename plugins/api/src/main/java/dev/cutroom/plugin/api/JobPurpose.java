package dev.cutroom.plugin.api;

/**
 * Why the host runs a job. {@link #RUN} is the work itself ({@link Plugin#run}); the others call an extension of
 * the plugin instead, which makes no outputs: the plugin must declare that extension's feature, or the job is
 * refused before it starts. Since API 1.2; a 1.0 or 1.1 plugin only ever gets {@link #RUN}.
 */
public enum JobPurpose {
    /** Do the work: {@link Plugin#run}. */
    RUN,
    /** Say how long the work would take: {@link dev.cutroom.plugin.api.ext.EstimateExtension} ({@code cutroom.estimate/1}). */
    ESTIMATE,
    /** Say what the work would do, as an editable plan: {@link dev.cutroom.plugin.api.ext.PlanPreviewExtension} ({@code cutroom.plan-preview/1}). */
    PREVIEW_PLAN,
    /** Do the work of a plan the user may have edited: {@link dev.cutroom.plugin.api.ext.PlanPreviewExtension#apply}. */
    APPLY_PLAN
}

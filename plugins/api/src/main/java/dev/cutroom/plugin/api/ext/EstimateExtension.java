package dev.cutroom.plugin.api.ext;

import dev.cutroom.plugin.api.Extension;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;

/**
 * {@code cutroom.estimate/1}: how long a job would take, asked before the user starts it. The editor runs the
 * question like a job (in a worker, with the job's clips and values) when the run dialog opens and when the form
 * changes, and shows the answer above the form; {@code cutroom plugin run --estimate} prints it. Measure what you
 * need on the job's device (load the model, time a tile), do no work, write nothing.
 *
 * <p>Declare {@code "cutroom.estimate/1"} in the descriptor's {@code features} and return this from
 * {@link dev.cutroom.plugin.api.Plugin#extension}. Called on the job thread, once per fresh instance. Since API 1.2.
 */
public interface EstimateExtension {
    /** The feature id and type of this extension. */
    Extension<EstimateExtension> EXTENSION = Extension.of("cutroom.estimate/1", EstimateExtension.class);

    /**
     * @param job     the job that would run (its purpose is {@link dev.cutroom.plugin.api.JobPurpose#ESTIMATE})
     * @param context progress, cancel, log, media and models, as for a job; outputs are not allowed
     * @return the estimate
     * @throws Exception any failure; the editor shows "No estimate" with the message, and Start stays usable
     */
    Estimate estimate(Job job, JobContext context) throws Exception;
}

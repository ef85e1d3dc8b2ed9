package dev.cutroom.plugin.soundtrack.generate;

import dev.cutroom.plugin.api.JobContext;
import java.util.Optional;

/**
 * Something that makes music for a picture. Today's implementation is {@link AlgorithmicGenerator} (composer +
 * Gervill, CPU, any length). The seam is here for a neural generator (e.g. a MusicGen-like model on a GPU): it
 * would say in {@link #unavailable} when its weights or device are missing, and {@link MusicGenerators} would offer
 * it. None is included: no neural music weights can be had offline for this project. Implementations are
 * stateless; {@link #generate} runs on the job thread.
 */
public interface MusicGenerator {

    /** Stable id, the value of the {@code generator} parameter, e.g. {@code "algorithmic"}. */
    String id();

    /** For provenance, e.g. "algorithmic (Cutroom composer 1) + Gervill". */
    String description();

    /** Why it cannot run in this job (no weights, no GPU), or empty when it can. */
    Optional<String> unavailable(JobContext context);

    /** Makes the music. Checks {@link JobContext#checkCancelled()} and reports progress as it goes. */
    GeneratedMusic generate(MusicRequest request, JobContext context) throws Exception;
}

package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.cli.PlanNotes;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The two jobs of the instruction box, as {@link InstructModel} sees them: understand an instruction into a plan
 * ({@code planOnly=true}: nothing changes), and apply an edited plan ({@code plan=<json>}, one undo step). The app
 * runs both through {@link PluginJobs} ({@link PluginInstructJobs}); tests fake this seam so they do not depend on
 * the instruct plugin's parser. Called on the FX thread; futures may complete on any thread, and cancelling one
 * cancels its job.
 */
public interface InstructJobs {
    /** Starts a plan-only job on the clips; completes with the plan and problems it reported. */
    CompletableFuture<PlanNotes> plan(List<String> clipIds, String instruction);

    /** Starts applying {@code planJson} (InstructPlan.1) to the clips; completes once the result is on the timeline. */
    CompletableFuture<?> apply(List<String> clipIds, String instruction, String planJson);
}

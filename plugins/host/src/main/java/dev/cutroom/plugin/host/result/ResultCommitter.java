package dev.cutroom.plugin.host.result;

/**
 * Writes a finished job onto the timeline: each {@link dev.cutroom.plugin.api.Output.NewTake} as a new
 * active take with provenance, {@link dev.cutroom.plugin.api.Output.NewClip}s on their tracks,
 * {@link dev.cutroom.plugin.api.Output.Split}s as splits and side files beside the project, all as
 * <em>one</em> undoable edit. The implementation lives with the timeline model's edit commands; the host
 * only calls it.
 *
 * <p>Called on the job's thread after validation. It must be all or nothing: when it throws, the project
 * must be exactly as before, and the runner then deletes the job's outputs and fails the job with
 * {@link dev.cutroom.plugin.host.exec.FailureKind#COMMIT_FAILED}. An implementation that must touch the
 * project on another thread (the UI thread) hands over and waits.
 */
@FunctionalInterface
public interface ResultCommitter {

    /** @throws Exception when the edit could not be applied (nothing was changed) */
    CommitReceipt commit(CompletedJob job) throws Exception;
}

package dev.cutroom.plugin.api;

/**
 * Thrown by a plugin (or {@link JobContext#checkCancelled()}) to stop because the job was cancelled.
 * Not an error: the host removes the job's outputs and reports it as cancelled.
 */
public final class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Any thread. */
    public JobCancelledException() {
        super("cancelled", null, false, false);
    }
}

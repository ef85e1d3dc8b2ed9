package dev.cutroom.plugin.host.exec;

/** Why a job did not produce a result. */
public enum FailureKind {
    /** The plugin threw an exception. */
    PLUGIN_ERROR,
    /** The plugin ran out of memory (the worker's heap, {@code -Xmx}). */
    OUT_OF_MEMORY,
    /** The worker process died without reporting (a native crash, {@code System.exit}, a kill). */
    CRASHED,
    /** The job ran longer than its time limit. */
    TIMED_OUT,
    /** The user cancelled it. */
    CANCELLED,
    /** The plugin returned outputs that failed the checks (missing, undecodable, wrong duration). */
    INVALID_RESULT,
    /** Writing the result onto the timeline failed. */
    COMMIT_FAILED,
    /** The host itself failed (could not start a worker, I/O error). */
    HOST_ERROR
}

package dev.cutroom.plugin.host.exec;

import java.util.Objects;

/**
 * A job that ended without a result, with a message for the user and details (a stack trace or the
 * worker's last stderr lines) for the log.
 */
public final class JobFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String details;

    public JobFailedException(FailureKind kind, String message, String details) {
        super(kind + ": " + message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.details = details == null ? "" : details;
    }

    public JobFailedException(FailureKind kind, String message, Throwable cause) {
        super(kind + ": " + message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.details = "";
    }

    public FailureKind kind() {
        return kind;
    }

    /** Stack trace or stderr tail; may be empty. */
    public String details() {
        return details;
    }

    /** The failure for a cancelled job. */
    public static JobFailedException stopped(CancelSignal.Reason reason, String what) {
        return reason == CancelSignal.Reason.TIMED_OUT
                ? new JobFailedException(FailureKind.TIMED_OUT, what + " exceeded its time limit and was stopped", "")
                : new JobFailedException(FailureKind.CANCELLED, what + " was cancelled", "");
    }
}

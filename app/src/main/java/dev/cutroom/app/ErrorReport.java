package dev.cutroom.app;

import java.lang.System.Logger.Level;

/**
 * The one place that decides what a user sees of an unexpected error and what goes to the log: the user gets one
 * line (what failed and why, in words); the log ({@link System.Logger} "dev.cutroom", the JDK's logging unless the
 * user configures another) gets the whole error with its stack trace. Nothing in Cutroom calls
 * {@code printStackTrace} to show an error. Any thread.
 */
public final class ErrorReport {
    private static final System.Logger LOG = System.getLogger("dev.cutroom");

    private ErrorReport() {}

    /**
     * Logs {@code error} in full under {@code what} and returns the line a user sees, e.g. "Cannot open the editor:
     * no display". {@code -Dcutroom.debug=true} logs at ERROR (shown on stderr by default), otherwise at DEBUG.
     */
    public static String report(String what, Throwable error) {
        LOG.log(Boolean.getBoolean("cutroom.debug") ? Level.ERROR : Level.DEBUG, what, error);
        String reason = error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getSimpleName() : error.getMessage();
        return what + ": " + reason;
    }
}

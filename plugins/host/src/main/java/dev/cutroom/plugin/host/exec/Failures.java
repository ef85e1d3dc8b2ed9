package dev.cutroom.plugin.host.exec;

import dev.cutroom.plugin.api.JobCancelledException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns what a plugin threw (here or in a worker) into a {@link JobFailedException}. */
public final class Failures {
    private Failures() {}

    public static JobFailedException fromThrowable(String pluginId, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return fromReport(pluginId, e.getClass().getName(), e.getMessage(), trace.toString());
    }

    /** From the class name and message a worker reported. */
    public static JobFailedException fromReport(String pluginId, String errorClass, String message, String stackTrace) {
        if (JobCancelledException.class.getName().equals(errorClass)) {
            return new JobFailedException(FailureKind.CANCELLED, pluginId + " stopped on request", stackTrace);
        }
        if (OutOfMemoryError.class.getName().equals(errorClass)) {
            return new JobFailedException(FailureKind.OUT_OF_MEMORY, pluginId + " ran out of memory: " + message, stackTrace);
        }
        String simple = errorClass.substring(errorClass.lastIndexOf('.') + 1);
        return new JobFailedException(FailureKind.PLUGIN_ERROR, pluginId + " failed: " + simple + (message == null ? "" : ": " + message), stackTrace);
    }
}

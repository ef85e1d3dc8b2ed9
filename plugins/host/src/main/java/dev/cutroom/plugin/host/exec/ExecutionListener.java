package dev.cutroom.plugin.host.exec;

import dev.cutroom.plugin.api.LogLevel;

/** Receives a running job's progress and log. Called from job and I/O threads; implementations are thread-safe. */
public interface ExecutionListener {
    ExecutionListener NONE = new ExecutionListener() {
        @Override public void progress(double fraction, String message) { }
        @Override public void log(LogLevel level, String message) { }
    };

    /** @param fraction 0..1 */
    void progress(double fraction, String message);

    void log(LogLevel level, String message);
}

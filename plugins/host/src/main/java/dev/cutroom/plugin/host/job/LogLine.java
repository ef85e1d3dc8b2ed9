package dev.cutroom.plugin.host.job;

import dev.cutroom.plugin.api.LogLevel;
import java.time.Instant;

/** One line of a job's log: from the plugin, the host, or the worker's stderr. */
public record LogLine(Instant time, LogLevel level, String message) {
}

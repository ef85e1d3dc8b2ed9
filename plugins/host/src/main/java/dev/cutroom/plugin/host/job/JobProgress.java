package dev.cutroom.plugin.host.job;

import java.time.Duration;
import java.util.Optional;

/**
 * A job's progress as the editor shows it.
 *
 * @param fraction  0..1
 * @param message   the plugin's latest message
 * @param elapsed   time since the job started running
 * @param remaining estimated time left, or null while too early to tell
 */
public record JobProgress(double fraction, String message, Duration elapsed, Duration remaining) {
    public static final JobProgress NONE = new JobProgress(0, "", Duration.ZERO, null);

    public Optional<Duration> eta() {
        return Optional.ofNullable(remaining);
    }
}

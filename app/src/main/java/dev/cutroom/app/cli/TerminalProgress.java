package dev.cutroom.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows the progress of a long command: a redrawn bar with percentage and ETA on an interactive terminal,
 * or a plain line every ten percent when output goes to a file or pipe (so logs stay readable).
 * Safe to call from any thread.
 */
public final class TerminalProgress {
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private int lastDecile = -1;
    private long lastDrawNanos;

    public TerminalProgress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** A progress display on standard error; interactive when a console is attached. */
    public static TerminalProgress onStderr() {
        return new TerminalProgress(System.err, System.console() != null && System.console().isTerminal());
    }

    public synchronized void update(double fraction, String message) {
        double f = Math.max(0, Math.min(1, Double.isFinite(fraction) ? fraction : 0));
        long now = System.nanoTime();
        if (interactive) {
            if (now - lastDrawNanos < 100_000_000L && f < 1) return; // at most 10 redraws a second
            lastDrawNanos = now;
            int filled = (int) Math.round(f * BAR_WIDTH);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%%", Math.round(f * 100)) + " " + eta(f, now) + " " + trim(message) + "\u001b[K");
            out.flush();
        } else {
            int decile = (int) Math.floor(f * 10);
            if (decile == lastDecile) return;
            lastDecile = decile;
            out.println(String.format(Locale.ROOT, "%3d%% %s %s", decile * 10, eta(f, now), trim(message)));
        }
    }

    /** Ends the bar line (call once when the work is done or failed). */
    public synchronized void finish() {
        if (interactive) out.println();
    }

    private String eta(double f, long now) {
        if (f <= 0.001 || f >= 1) return "";
        double elapsed = (now - startNanos) / 1e9;
        long remaining = Math.round(elapsed * (1 - f) / f);
        Duration d = Duration.ofSeconds(remaining);
        return String.format(Locale.ROOT, "ETA %d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    private static String trim(String message) {
        if (message == null) return "";
        return TerminalText.safe(message.length() > 50 ? message.substring(0, 47) + "..." : message); // a plugin's text
    }
}

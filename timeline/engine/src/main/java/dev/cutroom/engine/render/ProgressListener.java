package dev.cutroom.engine.render;

/**
 * Receives progress of long work. Called on the thread doing the work; implementations that touch a UI
 * must hand over to the UI thread themselves.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction 0 at the start, 1 when done, never decreasing
     * @param message  short human-readable state, e.g. "Encoding frame 120 of 300"
     */
    void progress(double fraction, String message);
}

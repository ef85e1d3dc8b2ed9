package dev.cutroom.plugin.api;

import java.nio.file.Path;

/**
 * What the host gives a running job. Implemented by the host; plugins never implement it except in tests.
 * Progress, log and cancellation methods may be called from any thread the plugin starts; the rest are
 * meant for the job thread.
 */
public interface JobContext {

    /**
     * Reports progress. Any thread; cheap enough to call once per frame (the host throttles what it
     * forwards).
     *
     * @param fraction 0 to 1, should not decrease; values outside are clamped
     * @param message  short state for the user, e.g. "Frame 120 of 300"
     */
    void progress(double fraction, String message);

    /** Whether the user cancelled or the job timed out. Any thread; poll between units of work. */
    boolean isCancelled();

    /** Throws {@link JobCancelledException} when {@link #isCancelled()}. Any thread. */
    default void checkCancelled() {
        if (isCancelled()) throw new JobCancelledException();
    }

    /** Adds a line to the job log the editor shows. Any thread. */
    void log(LogLevel level, String message);

    /** {@link #log} at {@link LogLevel#INFO}. Any thread. */
    default void info(String message) {
        log(LogLevel.INFO, message);
    }

    /** {@link #log} at {@link LogLevel#WARN}. Any thread. */
    default void warn(String message) {
        log(LogLevel.WARN, message);
    }

    /**
     * A private folder for temporary files, empty at the start and deleted after the job whatever
     * happens. Any thread.
     */
    Path scratchDir();

    /**
     * A new, not yet existing path in the job's output folder for a file the result will refer to.
     * Outputs written elsewhere are refused. Any thread.
     *
     * @param fileName a simple file name with extension, e.g. {@code "upscaled.mp4"}; made unique if taken
     */
    Path newOutputFile(String fileName);

    /** Frames and samples of the selected clips, and writers for new media. Job thread. */
    MediaAccess media();

    /** The models declared in the descriptor. Job thread. */
    ModelAccess models();

    /**
     * The device models run on, e.g. {@code "OnnxRuntime on cpu()"}, for the job log. Job thread;
     * may take a moment the first time (it starts the inference engine).
     */
    String device();
}

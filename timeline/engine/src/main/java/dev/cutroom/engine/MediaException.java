package dev.cutroom.engine;

import java.nio.file.Path;

/**
 * A media file could not be opened, probed, decoded or written. The message always names the file
 * and the problem, so it can be shown to the user as it is.
 */
public class MediaException extends RuntimeException {
    private final transient Path file;

    public MediaException(Path file, String problem) {
        this(file, problem, null);
    }

    public MediaException(Path file, String problem, Throwable cause) {
        super(file == null ? problem : file + ": " + problem, cause);
        this.file = file;
    }

    /** The file concerned, or null when the problem is not tied to one file. */
    public Path file() {
        return file;
    }
}

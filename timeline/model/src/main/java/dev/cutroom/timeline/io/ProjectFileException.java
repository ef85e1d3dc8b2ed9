package dev.cutroom.timeline.io;

import java.io.IOException;

/**
 * A project file could not be read or written. The message always names the file and the problem and, where
 * it applies, the JSON path ({@code timeline.tracks[1].clips[3].start}) or the line and column.
 */
public final class ProjectFileException extends IOException {
    /** What went wrong, for callers that react differently (e.g. offer the .bak or the autosave). */
    public enum Kind {
        /** The file has no content. */
        EMPTY,
        /** The JSON ends early: the file was cut short. */
        TRUNCATED,
        /** Not well-formed JSON. */
        MALFORMED,
        /** Well-formed JSON, but not a Cutroom project. */
        FOREIGN,
        /** Written by a newer Cutroom than this one. */
        NEWER_VERSION,
        /** A required field is missing or has the wrong type or value. */
        INVALID,
        /** Fields are fine one by one, but the project breaks a model rule (overlapping clips, duplicate ids...). */
        MODEL_RULES,
        /** Reading or writing the file itself failed (also: not a regular file, too large, read-only). */
        IO,
        /** The file on disk is no longer the one that was loaded (another program saved it); it was not overwritten. */
        CHANGED_ON_DISK,
        /** Another program holds the project's lock ({@link ProjectLock}); the message names it. */
        LOCKED
    }

    private final Kind kind;
    private final String file;
    private final String jsonPath;
    private final String problem;

    public ProjectFileException(Kind kind, String file, String jsonPath, String problem, Throwable cause) {
        super(format(file, jsonPath, problem), cause);
        this.kind = kind;
        this.file = file;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    public ProjectFileException(Kind kind, String file, String problem) { this(kind, file, null, problem, null); }

    private static String format(String file, String jsonPath, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<project>" : file).append(": ");
        if (jsonPath != null && !jsonPath.isEmpty()) sb.append(jsonPath).append(": ");
        return sb.append(problem).toString();
    }

    public Kind kind() { return kind; }

    /** The file (as given to the store), or a description such as {@code <memory>}. */
    public String file() { return file; }

    /** JSON path of the offending value, or null when the problem is not tied to one. */
    public String jsonPath() { return jsonPath; }

    /** The problem without the file name. */
    public String problem() { return problem; }

    /** A copy naming another file (the codec works on bytes; the store knows the file). */
    ProjectFileException inFile(String otherFile) {
        ProjectFileException e = new ProjectFileException(kind, otherFile, jsonPath, problem, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}

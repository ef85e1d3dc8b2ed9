package dev.cutroom.otio;

/**
 * An OpenTimelineIO file that cannot be read (not JSON, cut short, not a timeline, a value of the wrong type or out
 * of range, nested too deep) or written. The message names the file and, where known, the JSON path of the problem,
 * e.g. {@code edit.otio at $.tracks.children[1].children[3].source_range.duration.rate: rate must be a positive number, got NaN}.
 */
public final class OtioException extends Exception {
    private final String source;
    private final String path;
    private final String problem;

    public OtioException(String source, String path, String problem, Throwable cause) {
        super(source + (path == null ? "" : " at " + path) + ": " + problem, cause);
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    public OtioException(String source, String path, String problem) { this(source, path, problem, null); }

    /** The file (or other source) named in the message. */
    public String source() { return source; }

    /** JSON path of the problem ({@code $.tracks.children[0]}), or null when it concerns the whole file. */
    public String path() { return path; }

    /** The problem without the file and path. */
    public String problem() { return problem; }
}

package dev.cutroom.otio;

import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.timeline.io.MediaGuard;
import dev.cutroom.timeline.io.MediaPaths;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a media path or URL written in an interchange file (OTIO {@code target_url}, FCPXML {@code src}, an EDL's
 * source file comment) points, and whether it may be followed. Shared by every importer so that they all treat
 * hostile paths the same way: a file outside the project folder and the imported file's folder is not linked until
 * the user confirms ({@link ImportReport.Kind#NEEDS_CONFIRMATION}); URLs that are not local files stay offline.
 * Each URL is reported once.
 */
public final class MediaLocator {
    /** Start of the error of media that was not followed because it lies outside the project folder. */
    public static final String OUTSIDE_ERROR = "outside the project folder: confirm to link";
    /** The stored path of media that was not linked because it lies outside: it names no file. */
    public static final String UNLINKED_PATH = "missing:";

    /**
     * @param stored   the path to store in the project (relative to the project folder where it lies under it)
     * @param resolved the absolute file, or null when there is none (not local, invalid)
     * @param error    why the media stays offline, or null when it can be linked
     */
    public record Located(String stored, String resolved, String error) {}

    private final Path fileFolder, projectFolder;
    private final boolean allowOutside;
    private final ImportReport.Builder report;
    private final Map<String, Located> located = new HashMap<>();

    /**
     * @param fileFolder    folder of the imported file: relative paths are relative to it
     * @param projectFolder folder of the project being made
     */
    public MediaLocator(Path fileFolder, Path projectFolder, boolean allowOutside, ImportReport.Builder report) {
        this.fileFolder = fileFolder.toAbsolutePath().normalize();
        this.projectFolder = projectFolder.toAbsolutePath().normalize();
        this.allowOutside = allowOutside;
        this.report = Objects.requireNonNull(report);
    }

    /** Where {@code url} points; {@code path} names it in the report (e.g. a JSON path or a line number). */
    public Located locate(String url, String path) {
        String key = url == null ? "" : url;
        Located known = located.get(key);
        if (known != null) return known;
        Located l = locateOnce(url, path);
        if (located.size() < 100_000) located.put(key, l);
        return l;
    }

    private Located locateOnce(String url, String p) {
        if (url == null || url.isBlank()) {
            report.add(Kind.OFFLINE, p, "no path for this media; kept as offline media");
            return new Located("missing:", null, "the imported file gives no path for this media");
        }
        Path file;
        try {
            file = toPath(url);
        } catch (NotLocal e) {
            report.add(Kind.OFFLINE, p, e.getMessage() + ": " + url + "; kept as offline media");
            return new Located(url, null, e.getMessage());
        }
        if (file == null) {
            report.add(Kind.OFFLINE, p, "not a valid file path: " + url + "; kept as offline media");
            return new Located(url.replace('\0', '?'), null, "not a valid file path");
        }
        Path abs = file.isAbsolute() ? file.normalize() : fileFolder.resolve(file).normalize();
        // judged on real paths (links followed) by the same guard as every other reader of media
        boolean inside = MediaGuard.isInside(abs, List.of(projectFolder, fileFolder));
        if (!inside && !allowOutside) {
            report.add(Kind.NEEDS_CONFIRMATION, p, "media " + url + " lies outside the project folder (" + abs + "); not linked. "
                    + "Confirm to link it (or import with --allow-outside)");
            // no path is stored: a later render or plugin run must not read what was never confirmed
            return new Located(UNLINKED_PATH, null, OUTSIDE_ERROR + " (" + abs + ")");
        }
        return new Located(MediaPaths.toStored(projectFolder, abs), abs.toString(), null);
    }

    static final class NotLocal extends Exception {
        NotLocal(String m) { super(m); }
    }

    /** A file path for a URL (file URL, absolute or relative path); null when not a valid path. */
    static Path toPath(String url) throws NotLocal {
        try {
            String u = url.trim();
            if (u.indexOf('\0') >= 0) return null;
            if (u.regionMatches(true, 0, "file:", 0, 5)) {
                String host = null;
                String p;
                try {
                    URI uri = new URI(u);
                    host = uri.getHost();
                    p = uri.getPath();
                } catch (URISyntaxException e) {
                    // written without escaping (spaces): take it literally
                    p = u.substring(5);
                    if (p.startsWith("//")) {
                        int slash = p.indexOf('/', 2);
                        host = slash < 0 ? p.substring(2) : p.substring(2, slash);
                        p = slash < 0 ? "/" : p.substring(slash);
                    }
                }
                if (host != null && !host.isEmpty() && !host.equalsIgnoreCase("localhost")) throw new NotLocal("a file on another machine (" + host + ") is not supported");
                if (p == null || p.isEmpty()) return null;
                if (p.matches("^/[A-Za-z]:/.*")) p = p.substring(1); // file:///C:/...
                return Path.of(p);
            }
            if (u.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !u.matches("^[A-Za-z]:[\\\\/].*")) {
                throw new NotLocal("not a local file (" + u.substring(0, u.indexOf(':')) + " URL)");
            }
            return Path.of(u);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

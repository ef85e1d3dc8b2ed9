package dev.cutroom.timeline.io;

import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How media paths are stored. The rule (the same as {@code dev.cutroom.engine.MediaResolver#toStoredPath}):
 * a media file in the project file's folder or below it is stored relative to that folder, with '/' separators
 * ({@code clips/a.mp4}); anything else (a sibling folder, another disk) is stored absolute. We do not write
 * {@code ../} paths: a project copied alone would silently point at whatever sits beside its new folder.
 *
 * <p>In memory, {@link MediaItem#path()} is kept as stored; relative paths are relative to the folder of the
 * file the project was loaded from ({@link Extras#baseFolder()}) and resolve with
 * {@code new MediaResolver(projectFolder)} or {@link #resolve(Path, String)}. Saving into another folder
 * (Save As) rewrites them with {@link #rebase(Project, Path, Path)}.
 */
public final class MediaPaths {
    private MediaPaths() {}

    /** Absolute, normalised file for a stored path; relative paths resolve against {@code folder}. */
    public static Path resolve(Path folder, String stored) {
        Path p = Path.of(stored);
        if (p.isAbsolute()) return p.normalize();
        return folder.toAbsolutePath().normalize().resolve(p).normalize();
    }

    /**
     * The absolute file of {@code item} in a project saved as, or loaded from, {@code projectFile}: what the engine
     * opens. Relative stored paths resolve against the project file's folder.
     */
    public static Path mediaFile(Path projectFile, MediaItem item) {
        Path folder = projectFile.toAbsolutePath().getParent();
        return resolve(folder, item.path());
    }

    /** The path to store for {@code file} in a project whose file lies in {@code folder}. */
    public static String toStored(Path folder, Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        if (!f.startsWith(base) || f.equals(base)) return f.toString();
        return base.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
    }

    /**
     * The project with every media path as it must be stored in a file in {@code to}, given that its relative
     * paths are currently relative to {@code from} ({@code from == null}: they are already relative to {@code to}).
     * Also relativises absolute paths that lie under {@code to}. Paths that are not valid on this system are kept.
     */
    public static Project rebase(Project project, Path from, Path to) {
        Path base = from == null ? to : from;
        List<MediaItem> out = null;
        List<MediaItem> media = project.media();
        for (int i = 0; i < media.size(); i++) {
            MediaItem m = media.get(i);
            String stored = m.path();
            if (stored == null) continue;
            String rebased;
            try {
                rebased = toStored(to, resolve(base, stored));
            } catch (InvalidPathException e) {
                continue;
            }
            if (!rebased.equals(stored)) {
                if (out == null) out = new ArrayList<>(media);
                out.set(i, m.withPath(rebased));
            }
        }
        return out == null ? project : project.withMedia(out);
    }
}

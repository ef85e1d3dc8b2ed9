package dev.cutroom.engine;

import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns the paths a project stores into absolute files. Relative paths resolve against the project's
 * folder so that a project moved together with its media keeps working.
 */
public final class MediaResolver {
    private final Path projectFolder;

    /** @param projectFolder folder of the project file; relative media paths resolve against it */
    public MediaResolver(Path projectFolder) {
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder").toAbsolutePath().normalize();
    }

    public Path projectFolder() {
        return projectFolder;
    }

    /** The absolute, normalised file for a path as written in a project. */
    public Path resolve(String storedPath) {
        Objects.requireNonNull(storedPath, "storedPath");
        return projectFolder.resolve(Path.of(storedPath)).toAbsolutePath().normalize();
    }

    public Path resolve(MediaItem item) {
        return resolve(item.path());
    }

    /**
     * The file a take plays.
     *
     * @throws MediaException when the project's media bin has no item with the take's media id
     */
    public Path resolve(Project project, Take take) {
        MediaItem item = project.mediaItem(take.mediaId());
        if (item == null) {
            throw new MediaException(null, "take '" + take.id() + "' refers to media '" + take.mediaId() + "' that is not in the project's media bin");
        }
        return resolve(item);
    }

    /**
     * The path to store for {@code file}: relative to the project folder when the file lies inside it
     * (with '/' separators, so project files move between systems), absolute otherwise.
     */
    public String toStoredPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(projectFolder)) return absolute.toString();
        return projectFolder.relativize(absolute).toString().replace(absolute.getFileSystem().getSeparator(), "/");
    }
}

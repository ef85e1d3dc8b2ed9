package dev.cutroom.timeline.io;

import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Path;

/**
 * A project as read from a file, with what the file held that this version does not model.
 * Pass {@code extras} back to {@link ProjectStore#save(Project, Extras, java.nio.file.Path)} so that it survives.
 *
 * @param project the model; media paths exactly as stored (relative to {@code extras.baseFolder()} when relative)
 * @param extras  unknown content and the base folder of relative media paths
 * @param fromVersion the Project.N version the file had before upgrading (less than current for old files)
 * @param stamp   what the file held when it was read or written (null when not from a file); pass it back to
 *                {@link ProjectStore#saveOver} so that a file changed by another program is not overwritten
 */
public record LoadedProject(Project project, Extras extras, int fromVersion, FileStamp stamp) {
    public LoadedProject(Project project, Extras extras, int fromVersion) { this(project, extras, fromVersion, null); }

    /** The same, with the stamp of the file it came from. */
    public LoadedProject withStamp(FileStamp fileStamp) { return new LoadedProject(project, extras, fromVersion, fileStamp); }

    /** True when the file was written in an older format and was upgraded while loading. */
    public boolean upgraded() { return fromVersion < ProjectJson.VERSION; }

    /**
     * The absolute file of {@code item}, resolving a relative stored path against the folder the project was loaded
     * from (the working directory when that is unknown).
     */
    public Path mediaFile(MediaItem item) {
        Path base = extras.baseFolder() != null ? extras.baseFolder() : Path.of("");
        return MediaPaths.resolve(base, item.path());
    }
}

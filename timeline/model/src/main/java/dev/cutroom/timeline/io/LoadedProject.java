package dev.cutroom.timeline.io;

import dev.cutroom.timeline.model.Project;

/**
 * A project as read from a file, with what the file held that this version does not model.
 * Pass {@code extras} back to {@link ProjectStore#save(Project, Extras, java.nio.file.Path)} so that it survives.
 *
 * @param project the model; media paths exactly as stored (relative to {@code extras.baseFolder()} when relative)
 * @param extras  unknown content and the base folder of relative media paths
 * @param fromVersion the Project.N version the file had before upgrading (less than current for old files)
 */
public record LoadedProject(Project project, Extras extras, int fromVersion) {
    /** True when the file was written in an older format and was upgraded while loading. */
    public boolean upgraded() { return fromVersion < ProjectJson.VERSION; }
}

package dev.cutroom.timeline.io;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * An autosave newer than the last save: offer it to the user after an unclean exit.
 *
 * @param savedAt last-modified time of the project file, or null when it does not exist (never saved, or lost)
 */
public record Recovery(Path projectFile, Path autosaveFile, FileTime autosavedAt, FileTime savedAt) {}

package dev.cutroom.plugin.host.result;

import dev.cutroom.plugin.host.context.JobWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The one rule for files a plugin returns: a regular file of its own inside the job's output folder. Refused: a
 * path outside {@code out/} (or one that reaches it through a linked folder), a symbolic link (to
 * {@code /etc/shadow}, say), a file with other hard links (a hard link to a file the user owns elsewhere), and
 * anything that is not a plain file (a FIFO, a device, a folder), or an empty one. Checked after the plugin
 * finished, before anything moves into the project.
 */
final class ResultFiles {
    private ResultFiles() {}

    /** What is wrong with {@code file}, or empty when it may be used. */
    static Optional<String> problem(Path file, JobWorkspace workspace) {
        if (!workspace.isOutput(file)) return Optional.of(file + " is outside the job's output folder (use JobContext.newOutputFile)");
        String name = String.valueOf(file.getFileName());
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) return Optional.of(name + " is a symbolic link; only regular files are accepted");
            if (!attrs.isRegularFile()) return Optional.of(name + " is not a regular file (a folder, FIFO or device); only regular files are accepted");
            if (!file.toRealPath().startsWith(workspace.outputs().toRealPath())) {
                return Optional.of(name + " lies outside the job's output folder once links are followed");
            }
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            if (links instanceof Integer n && n > 1) return Optional.of(name + " has " + n + " hard links; only a file of the plugin's own is accepted");
            if (attrs.size() == 0) return Optional.of(name + " is empty");
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.of(name + " is missing");
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(name + " cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }
}

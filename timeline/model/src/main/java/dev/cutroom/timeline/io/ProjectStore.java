package dev.cutroom.timeline.io;

import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Project;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads and writes project files safely.
 *
 * <p><b>Saving</b> never leaves a half-written file under the project's name: the bytes go to a temp file in the
 * same folder ({@code .NAME~RANDOM.tmp}), which is fsynced; the previous save is kept as {@code NAME.bak}
 * (hard link, or a copy where links are not supported, so {@code NAME} exists at every moment); the temp file is
 * then atomically renamed onto {@code NAME} and the folder is fsynced. If anything fails the temp file is
 * removed, {@code NAME} is untouched, and a {@link ProjectFileException} says why.
 *
 * <p>A temp file left by a killed save or autosave is removed by the next save or autosave of the same file.
 *
 * <p><b>Autosave</b> writes {@code NAME.autosave} beside the project file the same atomic way, and never
 * touches {@code NAME} or {@code NAME.bak}. {@link #findRecovery(Path)} reports an autosave newer than the save;
 * a successful {@link #save} removes the then out-of-date autosave.
 *
 * <p><b>Media paths</b>: see {@link MediaPaths}. Saving with {@link Extras} whose {@link Extras#baseFolder()}
 * differs from the target's folder (Save As) rewrites relative paths so they still find the same files.
 *
 * <p>Thread-safe as long as two threads do not save the same file at once.
 */
public final class ProjectStore {
    private static final int CHUNK = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final UnaryOperator<OutputStream> outputFilter;

    public ProjectStore() { this(UnaryOperator.identity()); }

    /** Test hook: every temp file is written through {@code outputFilter} (e.g. one that fails half way). */
    ProjectStore(UnaryOperator<OutputStream> outputFilter) { this.outputFilter = Objects.requireNonNull(outputFilter); }

    public static Path backupFile(Path projectFile) { return sibling(projectFile, ".bak"); }

    public static Path autosaveFile(Path projectFile) { return sibling(projectFile, ".autosave"); }

    private static Path sibling(Path file, String suffix) {
        Path abs = file.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName().toString() + suffix);
    }

    // ------------------------------------------------------------------ load

    /**
     * Reads a project. Old formats are upgraded; unknown content is returned in {@link LoadedProject#extras()},
     * whose base folder is {@code file}'s folder. Media paths are as stored (see {@link MediaPaths}).
     *
     * @throws ProjectFileException naming the file and the problem (see {@link ProjectFileException.Kind})
     */
    public LoadedProject load(Path file) throws ProjectFileException {
        Path abs = file.toAbsolutePath();
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(abs);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(Kind.IO, source, null, "no such file", e);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, source, null, "cannot read the file: " + e, e);
        }
        return ProjectJson.read(bytes, source, abs.getParent());
    }

    // ------------------------------------------------------------------ save

    /** Saves a project that has no extras; relative media paths are taken as relative to {@code target}'s folder. */
    public void save(Project project, Path target) throws ProjectFileException { save(project, Extras.NONE, target); }

    /**
     * Saves atomically, keeping the previous save as {@code NAME.bak} and writing {@code extras} back.
     * Relative media paths are rewritten when {@code extras.baseFolder()} is set and is not {@code target}'s folder;
     * use {@link #saveAs} to also get the rewritten project back.
     */
    public void save(Project project, Extras extras, Path target) throws ProjectFileException {
        saveAs(project, extras, target);
    }

    /**
     * Saves like {@link #save(Project, Extras, Path)} and returns what the editor should hold from now on: the
     * project with media paths as written (relative to {@code target}'s folder where possible) and extras whose
     * base folder is {@code target}'s folder.
     */
    public LoadedProject saveAs(Project project, Extras extras, Path target) throws ProjectFileException {
        Extras x = extras == null ? Extras.NONE : extras;
        Path abs = target.toAbsolutePath();
        Path folder = abs.getParent();
        Project written = MediaPaths.rebase(project, x.baseFolder(), folder);
        byte[] bytes = ProjectJson.write(written, x);
        removeStaleTemps(abs);
        writeAtomically(abs, bytes, true, target.toString());
        removeStaleTemps(autosaveFile(abs));
        try {
            Files.deleteIfExists(autosaveFile(abs));
        } catch (IOException ignored) {
            // an old autosave left behind is harmless: it is older than the save, so findRecovery ignores it
        }
        return new LoadedProject(written, x.withBaseFolder(folder), ProjectJson.VERSION);
    }

    /** Writes {@code NAME.autosave} beside {@code projectFile} atomically; never touches the user's save. */
    public void autosave(Project project, Path projectFile) throws ProjectFileException { autosave(project, Extras.NONE, projectFile); }

    public void autosave(Project project, Extras extras, Path projectFile) throws ProjectFileException {
        Extras x = extras == null ? Extras.NONE : extras;
        Path file = autosaveFile(projectFile);
        Project written = MediaPaths.rebase(project, x.baseFolder(), file.getParent());
        removeStaleTemps(file);
        writeAtomically(file, ProjectJson.write(written, x), false, file.toString());
    }

    /** The autosave of {@code projectFile} when it exists and is newer than the save (or there is no save). */
    public Optional<Recovery> findRecovery(Path projectFile) {
        Path auto = autosaveFile(projectFile);
        try {
            if (!Files.isRegularFile(auto)) return Optional.empty();
            FileTime autoTime = Files.getLastModifiedTime(auto);
            Path abs = projectFile.toAbsolutePath();
            FileTime saved = Files.exists(abs) ? Files.getLastModifiedTime(abs) : null;
            if (saved != null && autoTime.compareTo(saved) <= 0) return Optional.empty();
            return Optional.of(new Recovery(abs, auto, autoTime, saved));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Loads the autosave of {@code projectFile} (same folder, so media paths resolve the same way). */
    public LoadedProject loadRecovery(Path projectFile) throws ProjectFileException { return load(autosaveFile(projectFile)); }

    /** Deletes the autosave of {@code projectFile}, e.g. after the user declined to recover it. */
    public void discardAutosave(Path projectFile) throws ProjectFileException {
        Path auto = autosaveFile(projectFile);
        try {
            Files.deleteIfExists(auto);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, auto.toString(), null, "cannot delete the autosave: " + e, e);
        }
    }

    // ------------------------------------------------------------------ atomic write

    private void writeAtomically(Path target, byte[] bytes, boolean keepBackup, String source) throws ProjectFileException {
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            tmp = newTempFile(folder, name);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = outputFilter.apply(new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

                    @Override
                    public void close() { /* the channel is closed by try-with-resources */ }
                });
                for (int off = 0; off < bytes.length; off += CHUNK) out.write(bytes, off, Math.min(CHUNK, bytes.length - off));
                out.flush();
                channel.force(true);
            }
            copyPermissions(target, tmp);
            if (keepBackup && Files.isRegularFile(target)) backup(target, backupFile(target));
            move(tmp, target);
            tmp = null;
            fsyncFolder(folder);
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(Kind.IO, source, null, "cannot save; the previous file is unchanged: " + e, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing better to do; removeStaleTemps tidies it on the next save
                }
            }
        }
    }

    /**
     * A new empty temp file beside the target. Not {@link Files#createTempFile}: that makes the file private (0600),
     * and the rename would then silently change the project file's permissions.
     */
    private static Path newTempFile(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve("." + name + "~" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) throw e;
            }
        }
    }

    /** Keeps the project file's permissions across the rename (best effort, POSIX only). */
    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from) && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // keep the default permissions
        }
    }

    /** Makes {@code backup} the current content of {@code file}; {@code file} stays in place throughout. */
    private static void backup(Path file, Path backup) throws IOException {
        Path tmp = backup.resolveSibling("." + backup.getFileName() + "~link.tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createLink(tmp, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
        }
        move(tmp, backup);
        // rename(2) does nothing when both names are links to the same file: after a kill between backing up and
        // renaming the new save into place, NAME.bak is already NAME, and the link would otherwise stay behind
        Files.deleteIfExists(tmp);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void fsyncFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported on every OS (e.g. Windows); the rename itself is still atomic there
        }
    }

    /** Removes temp files a crash (power loss, killed process) left beside {@code target}. */
    private static void removeStaleTemps(Path target) {
        String prefix = "." + target.getFileName() + "~";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), prefix + "*.tmp")) {
            for (Path p : ds) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // leave it
                }
            }
        } catch (IOException ignored) {
            // folder unreadable: the save itself will report the problem
        }
    }
}

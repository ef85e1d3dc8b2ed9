package dev.cutroom.timeline.io;

import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Project;

import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * a successful {@link #save} removes the then out-of-date autosave, unless {@link AutosaveRule#KEEP_NEWER} asks to
 * keep one newer than the replaced file (see {@link #saveOver}).
 *
 * <p><b>Media paths</b>: see {@link MediaPaths}. Saving with {@link Extras} whose {@link Extras#baseFolder()}
 * differs from the target's folder (Save As) rewrites relative paths so they still find the same files.
 *
 * <p><b>Guards</b> (every save): the project's real file is written (a project opened through a symbolic link
 * keeps the link, and its {@code .bak} and autosave sit beside the real file); a read-only project file is not
 * replaced; a {@code NAME.bak} or {@code NAME.autosave} that is a folder is refused before anything is written.
 * {@link #saveOver} also refuses ({@link Kind#CHANGED_ON_DISK}) when the file is no longer what was loaded, and
 * can keep a newer autosave (unsaved edits of an editor session) as a recovery copy instead of deleting it.
 * Loading accepts only regular files up to {@link #MAX_FILE_BYTES} (a FIFO or {@code /dev/zero} is refused at once).
 * Concurrent writers coordinate through {@link ProjectLock}.
 *
 * <p>Thread-safe as long as two threads do not save the same file at once.
 */
public final class ProjectStore {
    /** Largest project file read (a 10,000-clip project is about 6 MB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final DateTimeFormatter RECOVERED_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final UnaryOperator<OutputStream> outputFilter;

    public ProjectStore() { this(UnaryOperator.identity()); }

    /** Test hook: every temp file is written through {@code outputFilter} (e.g. one that fails half way). */
    ProjectStore(UnaryOperator<OutputStream> outputFilter) { this.outputFilter = Objects.requireNonNull(outputFilter); }

    public static Path backupFile(Path projectFile) { return sibling(projectFile, ".bak"); }

    public static Path autosaveFile(Path projectFile) { return sibling(projectFile, ".autosave"); }

    /** What to do with an autosave newer than the file a save replaces. */
    public enum AutosaveRule {
        /** It is the caller's own (the editor saving the session it autosaved): the save supersedes it, delete it. */
        SUPERSEDE,
        /** It may hold another session's unsaved edits: keep it as {@code STEM.recovered-TIME.cutroom}, and say so. */
        KEEP_NEWER
    }

    /**
     * A finished save: what the caller holds from now on, the new file's stamp, and where a newer autosave was
     * kept (null when there was none).
     */
    public record Saved(LoadedProject written, Path keptAutosave) {
        public FileStamp stamp() { return written.stamp(); }
    }

    /**
     * The file a save of {@code file} writes: the real file after symbolic links (also when the link's target does
     * not exist yet), or {@code file} made absolute when nothing about it is a link.
     */
    public static Path realTarget(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        for (int hops = 0; hops < 40; hops++) {
            if (Files.exists(abs)) return abs.toRealPath();
            if (!Files.isSymbolicLink(abs)) {
                Path parent = abs.getParent();
                return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
            }
            abs = abs.resolveSibling(Files.readSymbolicLink(abs)).toAbsolutePath(); // a link to a file not made yet
        }
        throw new IOException(file + ": too many levels of symbolic links");
    }

    /** The copy a {@link AutosaveRule#KEEP_NEWER} save keeps of a newer autosave. */
    static Path recoveredFile(Path realProjectFile, FileTime autosavedAt) {
        String name = realProjectFile.getFileName().toString();
        String stem = name.endsWith(".cutroom") ? name.substring(0, name.length() - ".cutroom".length()) : name;
        return realProjectFile.resolveSibling(stem + ".recovered-" + RECOVERED_TIME.format(autosavedAt.toInstant()) + ".cutroom");
    }

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
        String source = file.toString();
        Path real;
        BasicFileAttributes attributes;
        try {
            real = realTarget(file);
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(Kind.IO, source, null, "no such file", e);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, source, null, "cannot read the file: " + e, e);
        }
        requireRegular(attributes, source);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1); // the file may have grown since its size was read
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, source, null, "cannot read the file: " + e, e);
        }
        if (bytes.length > MAX_FILE_BYTES) throw tooLarge(source, bytes.length);
        return ProjectJson.read(bytes, source, real.getParent()).withStamp(FileStamp.of(bytes, attributes.lastModifiedTime()));
    }

    /** Only regular files are read: opening a FIFO would block, and a device such as /dev/zero never ends. */
    private static void requireRegular(BasicFileAttributes a, String source) throws ProjectFileException {
        if (a.isDirectory()) throw new ProjectFileException(Kind.IO, source, "is a folder, not a project file");
        if (!a.isRegularFile()) {
            throw new ProjectFileException(Kind.IO, source, "is not a regular file (a pipe, device or socket); project files are plain files");
        }
        if (a.size() > MAX_FILE_BYTES) throw tooLarge(source, a.size());
    }

    private static ProjectFileException tooLarge(String source, long size) {
        return new ProjectFileException(Kind.IO, source, "is " + (size >> 20) + " MB or more; project files are at most "
                + (MAX_FILE_BYTES >> 20) + " MB, so this is not read");
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
        return saveOver(project, extras, target, null, AutosaveRule.SUPERSEDE).written();
    }

    /**
     * Saves like {@link #saveAs}, over a file that was loaded (or saved) with stamp {@code loaded}: when the file on
     * disk no longer holds those bytes (another program saved it), nothing is written and
     * {@link Kind#CHANGED_ON_DISK} says so. A null stamp skips that check (a new file, or an explicit replace).
     * An autosave newer than the file being replaced is deleted or kept according to {@code autosaveRule}.
     */
    public Saved saveOver(Project project, Extras extras, Path target, FileStamp loaded, AutosaveRule autosaveRule) throws ProjectFileException {
        Extras x = extras == null ? Extras.NONE : extras;
        String source = target.toString();
        Path real = real(target);
        Path folder = real.getParent();
        requireWritable(real, source);
        requireFileSlot(backupFile(real), source, "keep the previous save as");
        Optional<Recovery> newerAutosave = findRecovery(real);
        Project written = MediaPaths.rebase(project, x.baseFolder(), folder);
        byte[] bytes = ProjectJson.write(written, x);
        removeStaleTemps(real);
        FileTime modified = writeAtomically(real, bytes, true, source, loaded == null ? null : () -> requireUnchanged(real, loaded, source));
        Path kept = null;
        Path auto = autosaveFile(real);
        removeStaleTemps(auto);
        try {
            if (autosaveRule == AutosaveRule.KEEP_NEWER && newerAutosave.isPresent()) {
                kept = recoveredFile(real, newerAutosave.get().autosavedAt());
                move(auto, kept);
            } else {
                Files.deleteIfExists(auto);
            }
        } catch (IOException e) {
            kept = kept != null ? auto : null; // the move failed: the autosave is still where it was, newer than nothing now
        }
        LoadedProject result = new LoadedProject(written, x.withBaseFolder(folder), ProjectJson.VERSION, FileStamp.of(bytes, modified));
        return new Saved(result, kept);
    }

    private static Path real(Path target) throws ProjectFileException {
        try {
            return realTarget(target);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, target.toString(), null, "cannot save: " + e, e);
        }
    }

    /** A read-only project file (the user's protection) is not replaced; neither is a folder. */
    private static void requireWritable(Path real, String source) throws ProjectFileException {
        if (Files.isDirectory(real)) throw new ProjectFileException(Kind.IO, source, "is a folder; a project is not saved over it");
        if (!Files.exists(real)) return;
        boolean writable = Files.isWritable(real);
        try {
            // as root access(2) says yes to every file, so ask the permission bits as well
            if (Files.getFileAttributeView(real, PosixFileAttributeView.class) != null) {
                writable &= Files.getPosixFilePermissions(real).contains(PosixFilePermission.OWNER_WRITE);
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // keep what isWritable said
        }
        if (!writable) {
            throw new ProjectFileException(Kind.IO, source, "the file is read-only, so it is not overwritten; make it writable or save under another name");
        }
    }

    /** {@code side} (the .bak or the autosave) must be a plain file or absent: a folder there would block the rename. */
    private static void requireFileSlot(Path side, String source, String purpose) throws ProjectFileException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(side, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // absent (or unreadable, and the save will say so)
        }
        if (!a.isRegularFile() && !a.isSymbolicLink()) {
            throw new ProjectFileException(Kind.IO, source, "cannot " + purpose + " " + side + ": that is " + (a.isDirectory() ? "a folder" : "not a regular file")
                    + "; move it away and save again (nothing was written)");
        }
    }

    /** Throws when {@code real} no longer holds what {@code loaded} stamped. */
    private static void requireUnchanged(Path real, FileStamp loaded, String source) throws ProjectFileException {
        FileStamp now;
        try {
            now = FileStamp.read(real, MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, source, null, "cannot check the file before saving over it: " + e, e);
        }
        if (now == null || loaded.sameContent(now)) return; // deleted meanwhile: writing it again overwrites nothing
        throw new ProjectFileException(Kind.CHANGED_ON_DISK, source, null, "the file changed on disk since it was loaded (now " + now.size()
                + " bytes, modified " + now.modified() + "), so it was not overwritten; reload it, or save under another name", null);
    }

    /** A check run just before the new file replaces the old one. */
    @FunctionalInterface
    private interface PreReplace {
        void check() throws ProjectFileException;
    }

    /** Writes {@code NAME.autosave} beside {@code projectFile} atomically; never touches the user's save. */
    public void autosave(Project project, Path projectFile) throws ProjectFileException { autosave(project, Extras.NONE, projectFile); }

    public void autosave(Project project, Extras extras, Path projectFile) throws ProjectFileException {
        Extras x = extras == null ? Extras.NONE : extras;
        Path file = autosaveFile(real(projectFile));
        requireFileSlot(file, file.toString(), "write the autosave");
        Project written = MediaPaths.rebase(project, x.baseFolder(), file.getParent());
        removeStaleTemps(file);
        writeAtomically(file, ProjectJson.write(written, x), false, file.toString(), null);
    }

    /** The autosave of {@code projectFile} when it exists and is newer than the save (or there is no save). */
    public Optional<Recovery> findRecovery(Path projectFile) {
        try {
            Path abs = realTarget(projectFile);
            Path auto = autosaveFile(abs);
            if (!Files.isRegularFile(auto)) return Optional.empty();
            FileTime autoTime = Files.getLastModifiedTime(auto);
            FileTime saved = Files.exists(abs) ? Files.getLastModifiedTime(abs) : null;
            if (saved != null && autoTime.compareTo(saved) <= 0) return Optional.empty();
            return Optional.of(new Recovery(abs, auto, autoTime, saved));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Loads the autosave of {@code projectFile} (same folder, so media paths resolve the same way). */
    public LoadedProject loadRecovery(Path projectFile) throws ProjectFileException { return load(autosaveFile(real(projectFile))); }

    /** Deletes the autosave of {@code projectFile}, e.g. after the user declined to recover it. */
    public void discardAutosave(Path projectFile) throws ProjectFileException {
        Path auto = autosaveFile(real(projectFile));
        try {
            Files.deleteIfExists(auto);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, auto.toString(), null, "cannot delete the autosave: " + e, e);
        }
    }

    // ------------------------------------------------------------------ atomic write

    /** Returns the modification time of the written file. */
    private FileTime writeAtomically(Path target, byte[] bytes, boolean keepBackup, String source, PreReplace preReplace) throws ProjectFileException {
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
            if (preReplace != null) preReplace.check();
            if (keepBackup && Files.isRegularFile(target)) backup(target, backupFile(target));
            move(tmp, target);
            tmp = null;
            fsyncFolder(folder);
            return Files.getLastModifiedTime(target);
        } catch (ProjectFileException e) {
            throw e;
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
            try {
                Files.createLink(tmp, file);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
            move(tmp, backup);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // no temp file is left behind by a failed save
            throw e;
        }
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

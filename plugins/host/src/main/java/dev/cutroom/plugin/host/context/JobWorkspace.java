package dev.cutroom.plugin.host.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A job's folders: {@code scratch/} (deleted after the job whatever happens) and {@code out/} (the only
 * place outputs may be written; deleted when the job fails or is cancelled, so nothing partial survives).
 * Thread-safe.
 */
public final class JobWorkspace {
    private final Path root;
    private final Path scratch;
    private final Path outputs;

    private JobWorkspace(Path root) {
        this.root = root;
        this.scratch = root.resolve("scratch");
        this.outputs = root.resolve("out");
    }

    /** Creates {@code parent/jobId/{scratch,out}}. */
    public static JobWorkspace create(Path parent, String jobId) {
        JobWorkspace w = new JobWorkspace(parent.resolve(jobId).toAbsolutePath().normalize());
        try {
            Files.createDirectories(w.scratch);
            Files.createDirectories(w.outputs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create job folders under " + w.root, e);
        }
        return w;
    }

    /** Opens an existing workspace (in a worker, from the paths the host sent). */
    public static JobWorkspace existing(Path root) {
        return new JobWorkspace(root.toAbsolutePath().normalize());
    }

    public Path root() { return root; }

    public Path scratch() { return scratch; }

    public Path outputs() { return outputs; }

    /**
     * A fresh path in {@code out/}. Only the file name part of {@code fileName} is used, and a counter is
     * added before the extension when the name is taken.
     */
    public synchronized Path newOutputFile(String fileName) {
        String name = Path.of(fileName.isBlank() ? "output" : fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path candidate = outputs.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) candidate = outputs.resolve(stem + "-" + n + ext);
        try {
            Files.createFile(candidate); // reserve the name so two threads never get the same path
            Files.delete(candidate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reserve output file " + candidate, e);
        }
        return candidate;
    }

    /** Whether {@code file} lies inside {@code out/}. */
    public boolean isOutput(Path file) {
        return file.toAbsolutePath().normalize().startsWith(outputs);
    }

    /** Removes everything the job wrote to {@code out/}. */
    public void deleteOutputs() {
        deleteTree(outputs);
    }

    /** Removes the scratch folder. */
    public void deleteScratch() {
        deleteTree(scratch);
    }

    /** Removes the whole workspace. */
    public void deleteAll() {
        deleteTree(root);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}

package dev.cutroom.models.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of pulled models: {@code <root>/<model id>/<file path>}, one folder per model, each file at its
 * descriptor {@code path} so that {@link ModelSource#directory(Path) ModelSource.directory(root/id)} reads it.
 * The root is {@code -Dcutroom.models.pulled}, or {@code ~/.cutroom/models} by default; {@code cutroom models
 * pull} fills it and the plugin host reads from it.
 */
public final class PulledModels {
    /** System property naming the root folder. */
    public static final String PROPERTY = "cutroom.models.pulled";

    private final Path root;

    public PulledModels(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The configured root: {@code -Dcutroom.models.pulled} or {@code ~/.cutroom/models}. */
    public static Path defaultRoot() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return Path.of(System.getProperty("user.home"), ".cutroom", "models");
    }

    /** The pulled models at {@link #defaultRoot()}. */
    public static PulledModels standard() {
        return new PulledModels(defaultRoot());
    }

    public Path root() {
        return root;
    }

    /** The folder of one model. */
    public Path folderOf(String modelId) {
        return root.resolve(modelId);
    }

    /** All models Cutroom describes: built in first, then those to pull. */
    public static List<String> knownIds() {
        List<String> all = new ArrayList<>(ModelCatalog.BUILT_IN);
        all.addAll(ModelCatalog.PULLED);
        return all;
    }

    /** Whether the model's folder exists (its files may still be wrong; see {@link #verify}). */
    public boolean isInstalled(String modelId) {
        return Files.isDirectory(folderOf(modelId));
    }

    /**
     * Checks every file of a pulled model against the descriptor.
     *
     * @return one line per problem (missing file, size or SHA-256 mismatch); empty when all files are good
     */
    public List<String> verify(ModelDescriptor d) throws IOException {
        return verifyFiles(d, folderOf(d.id()), false);
    }

    /**
     * Installs a model from an unpacked source package: each file is taken from {@code packageRoot/<sourcePath>},
     * checked against its SHA-256 and copied to {@code <root>/<id>/<path>}. The model's folder is replaced only
     * when every file is good; otherwise nothing changes.
     *
     * @return the model's folder
     * @throws IOException naming the first bad or missing file
     */
    public Path install(ModelDescriptor d, Path packageRoot) throws IOException {
        List<String> problems = verifyFiles(d, packageRoot, true);
        if (!problems.isEmpty()) throw new IOException("package for " + d.id() + " does not match its descriptor: " + String.join("; ", problems));
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, "." + d.id() + "-");
        try {
            for (ModelDescriptor.FileEntry f : d.files()) {
                Path target = staging.resolve(f.path()).normalize();
                if (!target.startsWith(staging)) throw new IOException("file path " + f.path() + " leaves the model folder");
                Files.createDirectories(target.getParent());
                Files.copy(packageRoot.resolve(sourcePathOf(f)), target);
            }
            Path folder = folderOf(d.id());
            deleteTree(folder);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            return folder;
        } finally {
            deleteTree(staging);
        }
    }

    private static String sourcePathOf(ModelDescriptor.FileEntry f) {
        return f.sourcePath() == null || f.sourcePath().isBlank() ? f.path() : f.sourcePath();
    }

    private static List<String> verifyFiles(ModelDescriptor d, Path folder, boolean useSourcePaths) throws IOException {
        List<String> problems = new ArrayList<>();
        for (ModelDescriptor.FileEntry f : d.files()) {
            Path file = folder.resolve(useSourcePaths ? sourcePathOf(f) : f.path());
            if (!Files.isRegularFile(file)) {
                problems.add(file + " is missing");
                continue;
            }
            long size = Files.size(file);
            if (f.size() > 0 && size != f.size()) {
                problems.add(file + " has " + size + " bytes, expected " + f.size());
                continue;
            }
            String sha = sha256(file);
            if (!sha.equalsIgnoreCase(f.sha256())) problems.add(file + ": SHA-256 " + sha + " does not match the descriptor's " + f.sha256());
        }
        return problems;
    }

    /** Lower-case hex SHA-256 of a file, streamed. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

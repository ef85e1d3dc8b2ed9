package dev.cutroom.realfootage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The corpus's real photographs: the committed manifest ({@code real-photos.tsv}: file, SHA-256, Debian package,
 * licence, credit) and the cache folder {@code tools/fetch-real-photos.sh} fills. The folder is the system
 * property {@value #FOLDER_PROPERTY}, else the environment variable {@value #FOLDER_ENV}, else
 * {@code ~/.cache/cutroom/real-photos}. Any thread.
 */
public final class RealPhotos {
    public static final String FOLDER_PROPERTY = "cutroom.realPhotos";
    public static final String FOLDER_ENV = "CUTROOM_REAL_PHOTOS";
    /** The line that tells a user how to get the photos. */
    public static final String HOW_TO_FETCH = "run tools/fetch-real-photos.sh (it takes them from Debian's python3-skimage)";

    /** One photograph of the manifest. {@code content} is e.g. "person", "still life". */
    public record Photo(String name, String fileName, String sha256, String debianPackage, String licence, String credit, String content) {
        public boolean showsPerson() {
            return content.equals("person");
        }
    }

    private static final List<Photo> MANIFEST = readManifest();
    private static final Map<String, Picture> LOADED = new ConcurrentHashMap<>();

    private RealPhotos() {}

    /** Every photograph the corpus may use, in manifest order. */
    public static List<Photo> manifest() {
        return MANIFEST;
    }

    /** The photograph called {@code name}. */
    public static Photo photo(String name) {
        return MANIFEST.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no real photo called '" + name + "' in the manifest"));
    }

    /** Where the photographs are expected. */
    public static Path folder() {
        String env = System.getenv(FOLDER_ENV);
        if (env != null && !env.isBlank()) return Path.of(env);
        String property = System.getProperty(FOLDER_PROPERTY);
        if (property != null && !property.isBlank()) return Path.of(property);
        return Path.of(System.getProperty("user.home"), ".cache", "cutroom", "real-photos");
    }

    /** Whether every photograph of the manifest is in the folder (sizes only; {@link #load} checks the hash). */
    public static boolean available() {
        return MANIFEST.stream().allMatch(p -> Files.isRegularFile(folder().resolve(p.fileName())));
    }

    /**
     * The photograph's pixels, checked against its SHA-256. Cached.
     *
     * @throws MissingPhotoException when the file is missing or not the one the manifest names
     */
    public static Picture load(String name) {
        return LOADED.computeIfAbsent(name, n -> read(photo(n), folder()));
    }

    static Picture read(Photo photo, Path folder) {
        Path file = folder.resolve(photo.fileName());
        if (!Files.isRegularFile(file)) {
            throw new MissingPhotoException("real photo " + file + " is missing: " + HOW_TO_FETCH);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!sha.equals(photo.sha256())) {
                throw new MissingPhotoException("real photo " + file + " is not the expected file (SHA-256 " + sha + "): " + HOW_TO_FETCH);
            }
            var image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (image == null) throw new MissingPhotoException("real photo " + file + " cannot be decoded");
            return Picture.of(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Photo> readManifest() {
        try (InputStream in = RealPhotos.class.getResourceAsStream("real-photos.tsv")) {
            if (in == null) throw new IllegalStateException("real-photos.tsv is missing from the class path");
            List<Photo> photos = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 7) throw new IllegalStateException("real-photos.tsv: 7 tab-separated fields expected in: " + line);
                photos.add(new Photo(f[0], Path.of(f[1]).getFileName().toString(), f[2], f[3], f[4], f[5], f[6]));
            }
            return List.copyOf(photos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photograph of the manifest is not in the cache folder, or is not the file the manifest names. */
    public static final class MissingPhotoException extends RuntimeException {
        public MissingPhotoException(String message) {
            super(message);
        }
    }
}

package dev.cutroom.engine.cache;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.timeline.model.Rational;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Small pictures of media for the UI (bin icons, filmstrips on clips). Two levels: recently used images
 * in memory, and PNG files in a cache folder that survive restarts. Entries are keyed by the media file's
 * path, size and modification time plus the requested time and size. Safe to call from several threads
 * (the same thumbnail may then be decoded twice, which is harmless).
 */
public final class ThumbnailCache {
    private final Path folder;
    private final LruMap<String, BufferedImage> memory;

    /**
     * @param folder        where PNGs are kept (created when needed)
     * @param memoryEntries how many images to keep in memory
     */
    public ThumbnailCache(Path folder, int memoryEntries) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.memory = new LruMap<>(memoryEntries);
    }

    /**
     * The frame covering {@code time} as it is meant to be shown (turned upright, non-square pixels
     * applied), scaled to fit {@code maxWidth x maxHeight} with its aspect kept.
     * The returned image is shared: do not draw on it.
     *
     * @throws MediaException when the media cannot be decoded
     */
    public BufferedImage thumbnail(Path media, Rational time, int maxWidth, int maxHeight) {
        if (maxWidth <= 0 || maxHeight <= 0) throw new IllegalArgumentException("bad thumbnail size " + maxWidth + "x" + maxHeight);
        String key = keyOf(media, time, maxWidth, maxHeight);
        BufferedImage cached;
        synchronized (memory) { cached = memory.get(key); }
        if (cached != null) return cached;
        BufferedImage image = readFromDisk(key);
        if (image == null) {
            image = decode(media, time, maxWidth, maxHeight);
            writeToDisk(key, image);
        }
        synchronized (memory) { memory.put(key, image); }
        return image;
    }

    /** Number of images held in memory (for tests and diagnostics). */
    public int memorySize() {
        synchronized (memory) { return memory.size(); }
    }

    private static String keyOf(Path media, Rational time, int maxWidth, int maxHeight) {
        if (!Files.isRegularFile(media)) throw new MediaException(media, "file not found");
        // "upright": thumbnails cached before rotation was applied were sideways; a new key retires them
        return CacheKeys.of(media, "thumb|upright|" + time + "|" + maxWidth + "x" + maxHeight);
    }

    private static BufferedImage decode(Path media, Rational time, int maxWidth, int maxHeight) {
        try (VideoReader reader = VideoReader.open(media, VideoReader.Options.fitWithin(maxWidth, maxHeight, PixelFormat.BGR24).asShown())) {
            return reader.frameAt(time).toBufferedImage();
        }
    }

    private BufferedImage readFromDisk(String key) {
        Path file = folder.resolve(key + ".png");
        if (!Files.isRegularFile(file)) return null;
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            return null; // a damaged cache entry is decoded again and overwritten
        }
    }

    private void writeToDisk(String key, BufferedImage image) {
        try {
            CacheKeys.writeAtomically(folder.resolve(key + ".png"), temp -> ImageIO.write(image, "png", temp.toFile()));
        } catch (IOException e) {
            // the disk cache is an optimisation: a full or read-only disk must not break the UI
        }
    }
}

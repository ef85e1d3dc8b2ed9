package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.engine.cache.ThumbnailCache;
import dev.cutroom.engine.cache.Waveform;
import dev.cutroom.engine.cache.WaveformCache;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Rational;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pictures drawn inside clips: head thumbnails of video clips and waveforms of audio clips. Both load on the
 * background executor (disk caches of the engine) and ask for a redraw when they arrive; until then the clip is
 * drawn without them, so the timeline never waits for media.
 */
final class ClipArt {
    static final int BUCKETS_PER_SECOND = 100;
    private static final Object MISSING = new Object();

    private final EditorModel model;
    private final ThumbnailCache thumbnails;
    private final WaveformCache waveforms;
    private final Runnable redraw;
    private final Map<String, Object> loaded = new ConcurrentHashMap<>();

    ClipArt(EditorModel model, ThumbnailCache thumbnails, WaveformCache waveforms, Runnable redraw) {
        this.model = model;
        this.thumbnails = thumbnails;
        this.waveforms = waveforms;
        this.redraw = redraw;
    }

    /** The waveform of a media item, or null while it loads (or when it cannot be read). */
    Waveform waveform(MediaItem item) {
        if (waveforms == null || item == null || !item.isUsable() || !item.info().hasAudio()) return null;
        Path file = model.resolver().resolve(item);
        return get("w:" + file, () -> waveforms.peaks(file, BUCKETS_PER_SECOND), file);
    }

    /** A small picture of the media at {@code time}, or null while it loads. Times are rounded to 1/10 s to share. */
    Image thumbnail(MediaItem item, Rational time) {
        if (thumbnails == null || item == null || !item.isUsable() || !item.info().hasVideo()) return null;
        Path file = model.resolver().resolve(item);
        Rational t = Rational.of(Math.round(time.toDouble() * 10), 10);
        return get("t:" + file + "@" + t, () -> SwingFXUtils.toFXImage(thumbnails.thumbnail(file, t, 96, 54), null), file);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key, java.util.function.Supplier<T> load, Path file) {
        Object v = loaded.get(key);
        if (v == MISSING) return null;
        if (v != null) return (T) v;
        loaded.put(key, MISSING);
        model.background().execute(() -> {
            try {
                if (!Files.isRegularFile(file)) return;
                T value = load.get();
                loaded.put(key, value);
                model.uiThread().execute(redraw);
            } catch (RuntimeException e) {
                // drawn without it
            }
        });
        return null;
    }
}

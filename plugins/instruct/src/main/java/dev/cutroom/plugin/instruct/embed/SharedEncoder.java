package dev.cutroom.plugin.instruct.embed;

import dev.cutroom.models.descriptor.ModelCache;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one MiniLM encoder of this JVM, loaded on first use (about a second) and kept: every instruction
 * after the first costs only its own encoding. When the model cannot be loaded the reason is kept and
 * callers fall back to the lexicon alone, saying so.
 */
public final class SharedEncoder {

    private SharedEncoder() {
    }

    /** The encoder, or empty when it could not be loaded (see {@link #failure()}). */
    public static Optional<MiniLmEncoder> get() {
        return Optional.ofNullable(Holder.ENCODER);
    }

    /** Why the encoder could not be loaded; empty when it loaded. */
    public static Optional<String> failure() {
        return Optional.ofNullable(Holder.FAILURE);
    }

    /** Initialised once, thread-safely, by the class loader on first access. */
    private static final class Holder {
        static final MiniLmEncoder ENCODER;
        static final String FAILURE;

        static {
            MiniLmEncoder encoder = null;
            String failure = null;
            try {
                encoder = MiniLmEncoder.load(cacheRoot());
            } catch (RuntimeException | LinkageError e) {
                failure = "the sentence-embedding model " + MiniLmEncoder.MODEL_ID + " could not be loaded ("
                        + e.getMessage() + "); instructions are understood by the lexicon only";
            }
            ENCODER = encoder;
            FAILURE = failure;
        }

        private static Path cacheRoot() {
            String dir = System.getProperty(ModelCache.CACHE_DIR_PROPERTY);
            return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "cutroom", "models");
        }
    }
}

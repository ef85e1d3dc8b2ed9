package dev.cutroom.engine.render;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Asks long work to stop. The work polls {@link #isCancelled()} between units (frames) and throws
 * {@link CancelledException}; any thread may cancel.
 */
@FunctionalInterface
public interface CancelToken {
    CancelToken NEVER = () -> false;

    boolean isCancelled();

    /** A token backed by any condition, e.g. {@code javafx.concurrent.Task::isCancelled}. */
    static CancelToken of(BooleanSupplier condition) {
        Objects.requireNonNull(condition, "condition");
        return condition::getAsBoolean;
    }

    /** A token that is cancelled by calling {@link Flag#cancel()}. */
    static Flag flag() {
        return new Flag();
    }

    /** Throws when cancelled; call between units of work. */
    default void throwIfCancelled() {
        if (isCancelled()) throw new CancelledException();
    }

    final class Flag implements CancelToken {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        public void cancel() { cancelled.set(true); }

        @Override
        public boolean isCancelled() { return cancelled.get(); }
    }

    /** Thrown by work that stopped because it was cancelled. Not an error: nothing is left behind. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}

package dev.cutroom.plugin.host.exec;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Asks a job to stop, remembering why (the first reason wins). Thread-safe. */
public final class CancelSignal {
    /** Why a job was stopped. */
    public enum Reason { CANCELLED, TIMED_OUT }

    private final AtomicReference<Reason> reason = new AtomicReference<>();
    private final CountDownLatch raised = new CountDownLatch(1);

    /** @return true if this call cancelled (false when already cancelled) */
    public boolean cancel(Reason why) {
        if (!reason.compareAndSet(null, why)) return false;
        raised.countDown();
        return true;
    }

    public boolean isCancelled() {
        return reason.get() != null;
    }

    /** The reason, or null while not cancelled. */
    public Reason reason() {
        return reason.get();
    }

    /** Waits up to {@code millis} for a cancel; true if cancelled. */
    public boolean await(long millis) throws InterruptedException {
        return raised.await(millis, TimeUnit.MILLISECONDS);
    }
}

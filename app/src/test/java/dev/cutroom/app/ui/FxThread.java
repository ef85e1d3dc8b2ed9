package dev.cutroom.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/** Runs test code on the JavaFX thread and waits for it; one copy for every UI test package. */
public final class FxThread {
    private FxThread() {
    }

    /** Calls {@code action} on the FX thread and returns its result (60 s at most). */
    public static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try { f.complete(action.call()); } catch (Throwable t) { f.completeExceptionally(t); }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    public static void runFx(Runnable action) throws Exception {
        onFx(() -> { action.run(); return null; });
    }

    /** Polls {@code condition} on the FX thread until it holds, or fails naming {@code what}. */
    public static void waitFor(String what, long timeoutMs, BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (onFx(condition::getAsBoolean)) return;
            Thread.sleep(25);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}

package dev.cutroom.app.cli;

import dev.cutroom.engine.render.CancelToken;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl+C into a cancel request for long work on the command line, and gives that work a few
 * seconds to clean up (delete its partial output) before the JVM exits.
 */
final class CancelOnInterrupt implements AutoCloseable {
    private final CancelToken.Flag token = CancelToken.flag();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::cancelAndWait, "cancel-on-interrupt");

    CancelOnInterrupt() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    CancelToken token() { return token; }

    private void cancelAndWait() {
        token.cancel();
        try {
            finished.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running; it will see the latch released.
        }
    }
}

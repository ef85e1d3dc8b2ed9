package dev.cutroom.app.drill;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls one at a time on a daemon thread, each with a time limit, so a fuzz drill can tell a hang from a slow
 * input. A call that runs over is abandoned and its thread replaced (a stuck thread cannot be reused).
 */
final class TimeBox implements AutoCloseable {
    /**
     * @param thrown  what the call threw, null when it returned
     * @param ranOver the call was still running at the limit
     */
    record Outcome(Throwable thrown, boolean ranOver, long millis) {}

    private final long limitMillis;
    private final String threadName;
    private ExecutorService thread;

    TimeBox(long limitMillis, String threadName) {
        this.limitMillis = limitMillis;
        this.threadName = threadName;
        this.thread = newThread();
    }

    long limitMillis() { return limitMillis; }

    Outcome run(Callable<?> call) {
        long t0 = System.nanoTime();
        Future<?> f = thread.submit(call);
        try {
            f.get(limitMillis, TimeUnit.MILLISECONDS);
            return new Outcome(null, false, since(t0));
        } catch (TimeoutException e) {
            f.cancel(true);
            thread.shutdownNow();
            thread = newThread();
            return new Outcome(null, true, since(t0));
        } catch (ExecutionException e) {
            return new Outcome(e.getCause(), false, since(t0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(e, false, since(t0));
        }
    }

    private static long since(long t0) { return (System.nanoTime() - t0) / 1_000_000; }

    private ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name(threadName).unstarted(r));
    }

    @Override
    public void close() { thread.shutdownNow(); }
}

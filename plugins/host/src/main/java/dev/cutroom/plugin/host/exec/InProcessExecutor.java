package dev.cutroom.plugin.host.exec;

import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.host.context.JobEnvironment;
import dev.cutroom.plugin.host.discovery.PluginInstantiator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs plugins on a thread of this JVM: fast and easy to debug, but a plugin that crashes natively or
 * exhausts memory takes the host with it. For tests and debugging; {@link ExecutionMode#OUT_OF_PROCESS}
 * is the default. A plugin that ignores cancellation is interrupted and abandoned after a grace period
 * (its thread may run on; Java cannot stop it safely).
 */
public final class InProcessExecutor implements JobExecutor {
    private static final long POLL_MILLIS = 20;
    private final PluginInstantiator instantiator;
    private final JobEnvironment environment;
    private final long graceMillis;

    public InProcessExecutor(PluginInstantiator instantiator, JobEnvironment environment, long graceMillis) {
        this.instantiator = instantiator;
        this.environment = environment;
        this.graceMillis = graceMillis;
    }

    @Override
    public JobResult execute(ExecutionRequest request, ExecutionListener listener, CancelSignal cancel) throws JobFailedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread thread = Thread.ofPlatform().daemon().name("plugin-" + request.jobId()).start(() -> {
            try {
                outcome.set(PluginInvocation.run(instantiator, environment, request, listener, cancel::isCancelled));
            } catch (Throwable e) {
                outcome.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            while (!done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!cancel.isCancelled()) continue;
                if (!done.await(graceMillis, TimeUnit.MILLISECONDS)) {
                    thread.interrupt();
                    listener.log(LogLevel.WARN, "plugin did not stop within " + graceMillis + " ms; its thread was interrupted and abandoned");
                }
                break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw JobFailedException.stopped(CancelSignal.Reason.CANCELLED, request.plugin().id());
        }
        if (cancel.isCancelled()) throw JobFailedException.stopped(cancel.reason(), request.plugin().id());
        if (outcome.get() instanceof Throwable e) throw Failures.fromThrowable(request.plugin().id(), e);
        return (JobResult) outcome.get();
    }
}

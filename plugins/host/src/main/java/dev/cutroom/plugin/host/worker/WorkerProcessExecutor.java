package dev.cutroom.plugin.host.worker;

import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.host.exec.CancelSignal;
import dev.cutroom.plugin.host.exec.ExecutionListener;
import dev.cutroom.plugin.host.exec.ExecutionRequest;
import dev.cutroom.plugin.host.exec.Failures;
import dev.cutroom.plugin.host.exec.FailureKind;
import dev.cutroom.plugin.host.exec.JobExecutor;
import dev.cutroom.plugin.host.exec.JobFailedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs each job in a fresh worker JVM ({@link WorkerMain}) and turns every way it can end into a result or
 * a {@link JobFailedException}: an exception reported by the worker, an out-of-memory exit, any other
 * death of the process (native crash, {@code System.exit}), a timeout or a cancel. On cancel the worker is
 * asked to stop and killed after a short grace, so a job never outlives its cancel by more than that.
 */
public final class WorkerProcessExecutor implements JobExecutor {
    private static final long POLL_MILLIS = 20;
    private static final int STDERR_TAIL_LINES = 40;
    /** Marks the end of the worker's stdout in the message queue. */
    private static final Object END = new Object();

    private final WorkerSettings settings;
    private final WorkerCommand command;

    public WorkerProcessExecutor(WorkerSettings settings) {
        this.settings = settings;
        this.command = new WorkerCommand(settings);
    }

    @Override
    public JobResult execute(ExecutionRequest request, ExecutionListener listener, CancelSignal cancel) throws JobFailedException {
        String pluginId = request.plugin().id();
        long started = System.nanoTime();
        Process process;
        try {
            process = command.start(request.workspace());
        } catch (IOException e) {
            throw new JobFailedException(FailureKind.HOST_ERROR, "cannot start a worker JVM: " + e.getMessage(), e);
        }
        LineTail stderr = new LineTail(STDERR_TAIL_LINES);
        BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
        Thread stderrPump = pump(process.getErrorStream(), "worker-stderr-" + request.jobId(), line -> {
            stderr.add(line);
            listener.log(LogLevel.INFO, "[worker stderr] " + line);
        }, () -> { });
        pump(process.getInputStream(), "worker-stdout-" + request.jobId(), messages::add, () -> messages.add(END));
        Writer toWorker = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        try {
            try {
                send(toWorker, new WorkerMessage.Start(WorkerMessage.PROTOCOL, request.jobId(), pluginId,
                        request.plugin().origin().toString(), request.job(), request.workspace().root().toString()));
            } catch (IOException e) {
                toWorker = null; // the pipe broke: the worker died; await() reports why from its exit
            }
            return await(request, process, messages, toWorker, listener, cancel, new WorkerOutput(stderr, stderrPump), started);
        } finally {
            // closing stdin tells a worker that is still running that the host has given up on it
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private JobResult await(ExecutionRequest request, Process process, BlockingQueue<Object> messages, Writer toWorker,
                            ExecutionListener listener, CancelSignal cancel, WorkerOutput stderr, long started) throws JobFailedException {
        String pluginId = request.plugin().id();
        long cancelSentAt = 0;
        try {
            while (true) {
                Object next = messages.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (cancel.isCancelled()) {
                    if (cancelSentAt == 0) {
                        cancelSentAt = System.nanoTime();
                        trySend(toWorker, new WorkerMessage.Cancel());
                    } else if (System.nanoTime() - cancelSentAt > settings.cancelGraceMillis() * 1_000_000) {
                        process.destroyForcibly();
                        throw JobFailedException.stopped(cancel.reason(), pluginId);
                    }
                }
                if (next == null) continue;
                if (next == END) {
                    if (cancel.isCancelled()) throw JobFailedException.stopped(cancel.reason(), pluginId);
                    throw diedWithoutResult(request, process, stderr);
                }
                String line = (String) next;
                WorkerMessage message;
                try {
                    message = WireFormat.fromLine(line);
                } catch (IOException e) {
                    stderr.tail().add(line); // native code writing to fd 1: keep it for the failure report
                    listener.log(LogLevel.WARN, "[worker stdout] " + line);
                    continue;
                }
                switch (message) {
                    case WorkerMessage.Ready ready -> listener.log(LogLevel.DEBUG, "worker pid " + ready.pid() + " ready "
                            + (System.nanoTime() - started) / 1_000_000 + " ms after launch");
                    case WorkerMessage.Progress p -> listener.progress(p.fraction(), p.message());
                    case WorkerMessage.Log log -> listener.log(log.level(), log.message());
                    case WorkerMessage.Result result -> {
                        if (cancel.isCancelled()) throw JobFailedException.stopped(cancel.reason(), pluginId);
                        return result.result();
                    }
                    case WorkerMessage.Error error -> {
                        if (cancel.isCancelled()) throw JobFailedException.stopped(cancel.reason(), pluginId);
                        throw Failures.fromReport(pluginId, error.errorClass(), error.message(), error.stackTrace());
                    }
                    case WorkerMessage.Start s -> listener.log(LogLevel.WARN, "worker sent an unexpected start message");
                    case WorkerMessage.Cancel c -> listener.log(LogLevel.WARN, "worker sent an unexpected cancel message");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw JobFailedException.stopped(CancelSignal.Reason.CANCELLED, pluginId);
        }
    }

    /** Classifies a worker that ended its output without a result or error message. */
    private JobFailedException diedWithoutResult(ExecutionRequest request, Process process, WorkerOutput output) throws InterruptedException {
        String pluginId = request.plugin().id();
        int code = process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
        output.pump().join(2000); // the JVM's last words (e.g. "Terminating due to java.lang.OutOfMemoryError") may still be in the pipe
        LineTail stderr = output.tail();
        if (stderr.contains("OutOfMemoryError")) {
            String heap = settings.maxHeap() == null ? "the default" : settings.maxHeap();
            return new JobFailedException(FailureKind.OUT_OF_MEMORY, pluginId + " ran out of memory (worker heap limit " + heap + ")", stderr.text());
        }
        Path crashLog = crashLog(request.workspace().root());
        // Java reports death by signal N as 128 + N, the same as exit(128 + N): name both readings
        String how = "exited with code " + code + (code > 128 ? " (signal " + (code - 128) + ")" : "");
        String details = stderr.text() + (crashLog == null ? "" : "\n" + readQuietly(crashLog));
        return new JobFailedException(FailureKind.CRASHED, "the worker running " + pluginId + " " + how + " without a result"
                + (crashLog == null ? "" : " (native crash, see " + crashLog.getFileName() + ")"), details);
    }

    private static Path crashLog(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String readQuietly(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return String.join("\n", lines.limit(40).toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private static void send(Writer out, WorkerMessage message) throws IOException {
        out.write(WireFormat.toLine(message));
        out.write('\n');
        out.flush();
    }

    private static void trySend(Writer out, WorkerMessage message) {
        if (out == null) return;
        try {
            send(out, message);
        } catch (IOException ignored) {
            // the worker is already gone; the kill after the grace period covers it
        }
    }

    /** The worker's stderr: its last lines and the thread still copying it. */
    private record WorkerOutput(LineTail tail, Thread pump) { }

    private static Thread pump(InputStream in, String name, Consumer<String> lines, Runnable atEnd) {
        return Thread.ofPlatform().daemon().name(name).start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) lines.accept(line);
            } catch (IOException ignored) {
                // the process ended
            } finally {
                atEnd.run();
            }
        });
    }
}

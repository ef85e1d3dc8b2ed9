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
import dev.cutroom.plugin.host.limits.BoundedLineReader;
import dev.cutroom.plugin.host.sandbox.SandboxLauncher;
import dev.cutroom.plugin.host.limits.BoundedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs each job in a fresh worker JVM ({@link WorkerMain}) and turns every way it can end into a result or
 * a {@link JobFailedException}: an exception reported by the worker, an out-of-memory exit, any other
 * death of the process (native crash, {@code System.exit}), a timeout or a cancel. On cancel the worker is
 * asked to stop and killed after a short grace, so a job never outlives its cancel by more than that.
 * Messages travel over the job's own socket ({@link ProtocolChannel}); the worker's stdout and stderr go to
 * the job log, each line cut at {@value #MAX_LOG_LINE_BYTES} bytes and at most {@value #MAX_LOG_BYTES} bytes
 * in all, so a plugin that prints a 3 GB line or floods its output costs the host no memory.
 */
public final class WorkerProcessExecutor implements JobExecutor {
    private static final long POLL_MILLIS = 20;
    private static final int STDERR_TAIL_LINES = 40;
    static final int MAX_LOG_LINE_BYTES = 8 * 1024;
    static final long MAX_LOG_BYTES = 1L << 20;
    /** Marks the end of the protocol connection in the message queue. */
    private static final Object END = new Object();

    private final WorkerSettings settings;
    private final WorkerCommand command;

    public WorkerProcessExecutor(WorkerSettings settings) {
        this.settings = settings;
        this.command = new WorkerCommand(settings);
    }

    /** The worker's connection, once it presented the secret. */
    private record Connected(ProtocolSocket socket) { }

    /** A protocol line over the limit: the worker is broken or hostile. */
    private record Oversized(long bytes) { }

    @Override
    public JobResult execute(ExecutionRequest request, ExecutionListener listener, CancelSignal cancel) throws JobFailedException {
        String pluginId = request.plugin().id();
        long started = System.nanoTime();
        Process process;
        ProtocolChannel channel;
        try {
            channel = ProtocolChannel.open();
        } catch (IOException e) {
            throw new JobFailedException(FailureKind.HOST_ERROR, "cannot open the worker protocol socket: " + e.getMessage(), e);
        }
        try (channel) {
            try {
                process = command.start(request, listener);
            } catch (IOException e) {
                throw new JobFailedException(FailureKind.HOST_ERROR, "cannot start a worker JVM: " + e.getMessage(), e);
            }
            LineTail stderr = new LineTail(STDERR_TAIL_LINES);
            BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
            Thread stderrPump = pumpLog(process.getErrorStream(), "worker-stderr-" + request.jobId(), "[worker stderr] ", pluginId, listener, stderr);
            pumpLog(process.getInputStream(), "worker-stdout-" + request.jobId(), "[plugin stdout] ", pluginId, listener, stderr);
            channel.accept("worker-accept-" + request.jobId()).whenComplete((socket, error) -> {
                if (error != null) {
                    messages.add(END);
                    return;
                }
                messages.add(new Connected(socket));
                pumpProtocol(socket, request.jobId(), messages);
            });
            // a worker that dies before it connects would leave the accept waiting
            process.onExit().thenRun(channel::stopListening);
            try (var stdin = process.getOutputStream()) {
                stdin.write(channel.bootstrap().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the worker died at once; await() reports why from its exit
            }
            try {
                return await(request, process, messages, listener, cancel, new WorkerOutput(stderr, stderrPump), started);
            } finally {
                process.destroyForcibly();
                try {
                    process.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private JobResult await(ExecutionRequest request, Process process, BlockingQueue<Object> messages,
                            ExecutionListener listener, CancelSignal cancel, WorkerOutput stderr, long started) throws JobFailedException {
        String pluginId = request.plugin().id();
        long cancelSentAt = 0;
        ProtocolSocket toWorker = null;
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
                if (next instanceof Connected c) {
                    toWorker = c.socket();
                    if (!trySend(toWorker, new WorkerMessage.Start(WorkerMessage.PROTOCOL, request.jobId(), pluginId,
                            request.plugin().origin().toString(), request.job(), request.workspace().root().toString()))) {
                        toWorker = null; // the connection broke: the worker died; END follows
                    }
                    continue;
                }
                if (next instanceof Oversized o) {
                    process.destroyForcibly();
                    throw new JobFailedException(FailureKind.PLUGIN_ERROR, pluginId + " sent a protocol message of " + o.bytes()
                            + " bytes (the limit is " + BoundedText.describe(ProtocolSocket.MAX_LINE_BYTES) + "); the worker was stopped", "");
                }
                String line = (String) next;
                WorkerMessage message;
                try {
                    message = WireFormat.fromLine(line);
                } catch (IOException e) {
                    throw new JobFailedException(FailureKind.PLUGIN_ERROR, pluginId + "'s worker sent a message that is not the protocol: "
                            + e.getMessage().lines().findFirst().orElse(""), "");
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
        String sandboxFailure = stderr.lastStartingWith(SandboxLauncher.MESSAGE_PREFIX);
        if (code == SandboxLauncher.FAILED && sandboxFailure != null) {
            return new JobFailedException(FailureKind.HOST_ERROR, "the plugin sandbox could not be set up: "
                    + sandboxFailure.substring(SandboxLauncher.MESSAGE_PREFIX.length()) + " (-Dcutroom.sandbox=off runs plugins unconfined)", stderr.text());
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

    private static boolean trySend(ProtocolSocket out, WorkerMessage message) {
        if (out == null) return false;
        try {
            out.send(WireFormat.toLine(message));
            return true;
        } catch (IOException ignored) {
            return false; // the worker is already gone; its exit or the kill after the grace period covers it
        }
    }

    /** The worker's stderr: its last lines and the thread still copying it. */
    private record WorkerOutput(LineTail tail, Thread pump) { }

    /** Copies verified protocol lines into the queue; an oversized line ends the copy. */
    private static void pumpProtocol(ProtocolSocket socket, String jobId, BlockingQueue<Object> messages) {
        Thread.ofPlatform().daemon().name("worker-protocol-" + jobId).start(() -> {
            try {
                for (var line = socket.next(); line != null; line = socket.next()) {
                    if (line.cut()) {
                        messages.add(new Oversized(line.length()));
                        return;
                    }
                    messages.add(line.text());
                }
            } catch (IOException ignored) {
                // the worker ended
            } finally {
                messages.add(END);
            }
        });
    }

    /** Copies one of the worker's output streams into the job log, bounded per line and in all. */
    private static Thread pumpLog(InputStream in, String name, String prefix, String pluginId, ExecutionListener listener, LineTail tail) {
        return Thread.ofPlatform().daemon().name(name).start(() -> {
            long logged = 0;
            boolean overLimit = false;
            try (var reader = new BoundedLineReader(in, MAX_LOG_LINE_BYTES)) {
                for (var line = reader.next(); line != null; line = reader.next()) {
                    String text = line.cut() ? line.text() + " [... cut: the line had " + line.length() + " bytes]" : line.text();
                    tail.add(text);
                    logged += Math.min(line.length(), MAX_LOG_LINE_BYTES) + 1;
                    if (logged <= MAX_LOG_BYTES) {
                        listener.log(LogLevel.INFO, prefix + text);
                    } else if (!overLimit) {
                        overLimit = true;
                        listener.log(LogLevel.WARN, pluginId + " printed more than " + BoundedText.describe(MAX_LOG_BYTES)
                                + " (" + prefix.trim() + "); the rest is not logged");
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }
}

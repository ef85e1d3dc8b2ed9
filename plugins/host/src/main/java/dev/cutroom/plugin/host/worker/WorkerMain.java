package dev.cutroom.plugin.host.worker;

import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.host.context.JobEnvironment;
import dev.cutroom.plugin.host.context.JobWorkspace;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginInstantiator;
import dev.cutroom.plugin.host.discovery.PluginOrigin;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionListener;
import dev.cutroom.plugin.host.exec.ExecutionRequest;
import dev.cutroom.plugin.host.exec.PluginInvocation;
import dev.cutroom.plugin.host.job.JobBinder;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Entry point of a worker JVM: runs one job and exits. Speaks {@link WorkerMessage}s on stdin/stdout.
 * {@code System.out} is pointed at stderr first, so nothing a plugin prints can corrupt the protocol.
 */
public final class WorkerMain {
    private final PrintStream protocol;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private WorkerMain(PrintStream protocol) {
        this.protocol = protocol;
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        int status = new WorkerMain(protocol).serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        protocol.flush();
        // halt, not exit: a plugin's stray non-daemon threads or shutdown hooks must not keep the worker alive
        Runtime.getRuntime().halt(status);
    }

    private int serve(BufferedReader in) {
        send(new WorkerMessage.Ready(WorkerMessage.PROTOCOL, ProcessHandle.current().pid()));
        WorkerMessage.Start start;
        try {
            String line = in.readLine();
            if (line == null) return 0;
            start = (WorkerMessage.Start) WireFormat.fromLine(line);
        } catch (IOException | ClassCastException e) {
            send(new WorkerMessage.Error(e.getClass().getName(), "bad start message: " + e.getMessage(), ""));
            return 2;
        }
        listenForCancel(in);
        try {
            JobResult result = run(start);
            send(new WorkerMessage.Result(result));
            return 0;
        } catch (Throwable e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            send(new WorkerMessage.Error(e.getClass().getName(), e.getMessage(), trace.toString()));
            return 1;
        }
    }

    private JobResult run(WorkerMessage.Start start) throws Exception {
        if (start.protocol() != WorkerMessage.PROTOCOL) {
            throw new IllegalStateException("host speaks protocol " + start.protocol() + ", this worker " + WorkerMessage.PROTOCOL);
        }
        ClassLoader hostLoader = WorkerMain.class.getClassLoader();
        PluginOrigin origin = PluginOrigin.parse(start.origin());
        PluginEntry entry = PluginRegistry.describeOrigin(hostLoader, origin, ApiVersion.CURRENT).stream()
                .filter(e -> e.id().equals(start.pluginId()) && e.isLoadable()).findFirst()
                .orElseThrow(() -> new IllegalStateException("plugin " + start.pluginId() + " is not loadable from " + origin));
        // values lose their Java types on the wire (a colour is text): bind them again against the descriptor
        Job job = JobBinder.bind(entry.descriptor(), start.job());
        var request = new ExecutionRequest(start.jobId(), entry, job, JobWorkspace.existing(Path.of(start.workspace())));
        return PluginInvocation.run(new PluginInstantiator(hostLoader), JobEnvironment.standard(), request, listener(), cancelled::get);
    }

    /** A cancel line sets the flag; the host closing stdin (it died or gave up) ends the worker. */
    private void listenForCancel(BufferedReader in) {
        Thread.ofPlatform().daemon().name("worker-stdin").start(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (WireFormat.fromLine(line) instanceof WorkerMessage.Cancel) cancelled.set(true);
                }
            } catch (IOException e) {
                // treated like end of input
            }
            cancelled.set(true);
            protocol.flush();
            Runtime.getRuntime().halt(3);
        });
    }

    private ExecutionListener listener() {
        return new ExecutionListener() {
            @Override
            public void progress(double fraction, String message) {
                send(new WorkerMessage.Progress(fraction, message));
            }

            @Override
            public void log(LogLevel level, String message) {
                send(new WorkerMessage.Log(level, message));
            }
        };
    }

    private void send(WorkerMessage message) {
        String line = WireFormat.toLine(message);
        synchronized (protocol) {
            protocol.println(line);
            protocol.flush();
        }
    }
}

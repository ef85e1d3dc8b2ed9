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
import dev.cutroom.plugin.host.binding.JobBinder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Entry point of a worker JVM: runs one job and exits. Its stdin carries only the bootstrap (the protocol
 * socket's path and the job's secret, see {@link ProtocolChannel}), read before any plugin code is loaded;
 * every {@link WorkerMessage} then travels over that socket. The worker's stdout and stderr are not part of the
 * protocol: the host copies both into the job log, so nothing a plugin (or its native code) prints can pose
 * as the worker.
 */
public final class WorkerMain {
    private final ProtocolSocket protocol;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private WorkerMain(ProtocolSocket protocol) {
        this.protocol = protocol;
    }

    public static void main(String[] args) {
        ProtocolSocket protocol;
        try {
            protocol = connect(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            System.err.println("cutroom worker: cannot reach the host: " + e.getMessage());
            Runtime.getRuntime().halt(4);
            return;
        }
        int status = new WorkerMain(protocol).serve();
        // halt, not exit: a plugin's stray non-daemon threads or shutdown hooks must not keep the worker alive
        Runtime.getRuntime().halt(status);
    }

    /** Reads the bootstrap from stdin, connects, and presents the secret. */
    private static ProtocolSocket connect(BufferedReader stdin) throws IOException {
        String socket = stdin.readLine();
        String secret = stdin.readLine();
        if (socket == null || secret == null) throw new IOException("no bootstrap on stdin");
        ProtocolSocket protocol = new ProtocolSocket(SocketChannel.open(UnixDomainSocketAddress.of(socket)));
        protocol.send(secret);
        return protocol;
    }

    private int serve() {
        send(new WorkerMessage.Ready(WorkerMessage.PROTOCOL, ProcessHandle.current().pid()));
        WorkerMessage.Start start;
        try {
            var line = protocol.next();
            if (line == null) return 0;
            if (line.cut()) throw new IOException("start message longer than " + ProtocolSocket.MAX_LINE_BYTES + " bytes");
            start = (WorkerMessage.Start) WireFormat.fromLine(line.text());
        } catch (IOException | ClassCastException e) {
            send(new WorkerMessage.Error(e.getClass().getName(), "bad start message: " + e.getMessage(), ""));
            return 2;
        }
        listenForCancel();
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

    /** A cancel line sets the flag; the host closing the connection (it died or gave up) ends the worker. */
    private void listenForCancel() {
        Thread.ofPlatform().daemon().name("worker-protocol").start(() -> {
            try {
                for (var line = protocol.next(); line != null; line = protocol.next()) {
                    if (!line.cut() && WireFormat.fromLine(line.text()) instanceof WorkerMessage.Cancel) cancelled.set(true);
                }
            } catch (IOException e) {
                // treated like end of input
            }
            cancelled.set(true);
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
        try {
            protocol.send(WireFormat.toLine(message));
        } catch (IOException e) {
            // the host is gone: nobody is left to tell
            Runtime.getRuntime().halt(3);
        }
    }
}

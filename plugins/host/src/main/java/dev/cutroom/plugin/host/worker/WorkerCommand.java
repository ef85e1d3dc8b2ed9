package dev.cutroom.plugin.host.worker;

import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.host.context.JobWorkspace;
import dev.cutroom.plugin.host.exec.ExecutionListener;
import dev.cutroom.plugin.host.exec.ExecutionRequest;
import dev.cutroom.plugin.host.model.DeclaredModels;
import dev.cutroom.plugin.host.sandbox.Sandbox;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds and starts the worker JVM command line. The class path goes into an argument file because a
 * real class path can exceed the OS limit on command lengths.
 */
public final class WorkerCommand {
    /** Host system properties the worker needs to find the same caches and settings. */
    private static final List<String> FORWARDED_PREFIXES = List.of("cutroom.", "org.bytedeco.", "ai.djl.", "DJL_", "ENGINE_");
    private static final List<String> FORWARDED_NAMES = List.of("user.home", "java.awt.headless");

    private final WorkerSettings settings;

    public WorkerCommand(WorkerSettings settings) {
        this.settings = settings;
    }

    /** The full command for a job in {@code workspace}. */
    public List<String> build(JobWorkspace workspace) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(settings.javaBinary().toString());
        if (settings.maxHeap() != null) cmd.add("-Xmx" + settings.maxHeap());
        // an OOM leaves a JVM in an unknown state: exit at once and let the host report it
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        // the JVM's own messages (that one included) would otherwise go to stdout, which is the protocol
        cmd.add("-XX:+DisplayVMOutputToStderr");
        cmd.add("-XX:ErrorFile=" + workspace.root().resolve("hs_err_pid%p.log"));
        cmd.add("-XX:-CreateCoredumpOnCrash");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(forwardedModuleOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        // the worker's temporary files (native libraries a library unpacks, say) go to the job's scratch folder
        cmd.add("-Djava.io.tmpdir=" + workspace.scratch());
        cmd.add("-XX:-UsePerfData");
        for (String name : System.getProperties().stringPropertyNames()) {
            if (FORWARDED_NAMES.contains(name) || FORWARDED_PREFIXES.stream().anyMatch(name::startsWith)) {
                cmd.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        cmd.addAll(settings.extraJvmArgs());
        cmd.add("@" + writeArgFile(workspace.root().resolve("worker-classpath.args")));
        cmd.add(WorkerMain.class.getName());
        return cmd;
    }

    /**
     * The host's {@code --add-exports} / {@code --add-opens} options, so a plugin sees the same JDK as in
     * process (the soundtrack plugin renders MIDI through the JDK's synthesizer internals, for one).
     */
    static List<String> forwardedModuleOptions(List<String> hostArguments) {
        List<String> forwarded = new ArrayList<>();
        for (int i = 0; i < hostArguments.size(); i++) {
            String arg = hostArguments.get(i);
            if (arg.startsWith("--add-exports=") || arg.startsWith("--add-opens=")) {
                forwarded.add(arg);
            } else if ((arg.equals("--add-exports") || arg.equals("--add-opens")) && i + 1 < hostArguments.size()) {
                forwarded.add(arg);
                forwarded.add(hostArguments.get(++i));
            }
        }
        return forwarded;
    }

    /**
     * Starts the worker for {@code request} with its working directory in the job folder, confined by
     * {@link WorkerConfinement} where the system offers a sandbox; where it does not, the job log gets one warning.
     */
    public Process start(ExecutionRequest request, ExecutionListener listener) throws IOException {
        JobWorkspace workspace = request.workspace();
        List<String> worker = build(workspace);
        Sandbox.Availability sandbox = Sandbox.detect();
        if (sandbox.available()) {
            DeclaredModels.prepare(request.plugin().descriptor().models());
            Path policy = workspace.root().resolve("sandbox.policy");
            WorkerConfinement.policy(request, settings).write(policy);
            worker = Sandbox.wrap(settings.javaBinary(), policy, worker);
            listener.log(LogLevel.DEBUG, "worker confined (" + sandbox.description() + "; network "
                    + (WorkerConfinement.wantsNetwork(request) ? "allowed by the descriptor" : "refused") + ")");
        } else {
            listener.log(LogLevel.WARN, "warning: " + request.plugin().id() + " runs unconfined: " + sandbox.description()
                    + "; the plugin can read and write whatever your user can");
        }
        return new ProcessBuilder(worker).directory(workspace.root().toFile()).start();
    }

    private Path writeArgFile(Path file) throws IOException {
        String quoted = "\"" + settings.classPath().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Files.writeString(file, "-cp\n" + quoted + "\n", StandardCharsets.UTF_8);
        return file;
    }
}

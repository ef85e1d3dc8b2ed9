package dev.cutroom.plugin.host.worker;

import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.PulledModels;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.FeatureId;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.host.exec.ExecutionRequest;
import dev.cutroom.plugin.host.sandbox.SandboxPolicy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sandbox of one job's worker: it may write only its job folder (scratch and outputs; the worker's temp
 * folder is its scratch), and read its inputs (the selected clips' media and FILE parameters), its jar, the JDK
 * and the app's libraries (the class path), the models (pulled and converted, read only: the host converts a
 * declared model before the job) and the native-library caches, and the system libraries and settings a JVM
 * needs. TCP is refused unless the descriptor declares {@value #NETWORK_FEATURE}.
 */
public final class WorkerConfinement {
    /** The descriptor feature that asks for TCP network access. */
    public static final String NETWORK_FEATURE = "cutroom.network/1";

    private static final List<String> SYSTEM_READ = List.of("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc", "/sys",
            "/proc/self", "/proc/meminfo", "/proc/cpuinfo", "/proc/stat", "/proc/sys", "/proc/filesystems", "/proc/loadavg");
    private static final List<String> DEVICES = List.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/dri",
            "/dev/nvidiactl", "/dev/nvidia-uvm", "/dev/nvidia-uvm-tools", "/dev/nvidia-modeset", "/dev/nvidia-caps");

    private WorkerConfinement() {}

    /** Whether the plugin declared that it needs the network. */
    public static boolean wantsNetwork(ExecutionRequest request) {
        return request.plugin().descriptor().features().stream().map(FeatureId::toString).anyMatch(NETWORK_FEATURE::equals);
    }

    public static SandboxPolicy policy(ExecutionRequest request, WorkerSettings settings) {
        SandboxPolicy.Builder p = SandboxPolicy.builder().network(wantsNetwork(request));
        p.write(request.workspace().root());
        p.read(javaHome(settings.javaBinary()));
        for (String entry : settings.classPath().split(File.pathSeparator)) {
            if (!entry.isBlank()) p.read(pathOf(entry));
        }
        if (!request.plugin().origin().isClassPath()) p.read(request.plugin().origin().jar());
        inputs(request).forEach(p::read);
        p.read(PulledModels.defaultRoot());
        p.read(modelCacheRoot());
        p.read(pathOf(System.getProperty("org.bytedeco.javacpp.cachedir", System.getProperty("user.home") + "/.javacpp/cache")));
        p.read(pathOf(System.getProperty("DJL_CACHE_DIR", System.getProperty("user.home") + "/.djl.ai")));
        String engines = System.getenv("ENGINE_CACHE_DIR");
        if (engines != null) p.read(pathOf(engines));
        SYSTEM_READ.forEach(s -> p.read(Path.of(s)));
        DEVICES.forEach(d -> p.device(Path.of(d)));
        try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
            dev.filter(d -> d.getFileName().toString().matches("nvidia\\d+")).forEach(p::device);
        } catch (IOException e) {
            // no /dev listing: no GPU devices to grant
        }
        return p.build();
    }

    /** The media of every selected clip, and every FILE parameter's file. */
    static List<Path> inputs(ExecutionRequest request) {
        List<ClipRef> clips = switch (request.job().selection()) {
            case Selection.Clips c -> c.clips();
            case Selection.Range r -> r.clips();
        };
        Stream<Path> media = clips.stream().map(ClipRef::mediaFile);
        Stream<Path> files = request.plugin().descriptor().parameters().stream()
                .filter(s -> s.type() == ParameterType.FILE && request.job().parameters().has(s.id()))
                .map(s -> request.job().parameters().file(s.id()));
        return Stream.concat(media, files).filter(java.util.Objects::nonNull).toList();
    }

    static Path modelCacheRoot() {
        String dir = System.getProperty(ModelCache.CACHE_DIR_PROPERTY);
        return dir != null ? pathOf(dir) : Path.of(System.getProperty("user.home"), ".cache", "cutroom", "models");
    }

    private static Path javaHome(Path javaBinary) {
        Path bin = javaBinary.toAbsolutePath().getParent();
        return bin == null || bin.getParent() == null ? Path.of(System.getProperty("java.home")) : bin.getParent();
    }

    private static Path pathOf(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}

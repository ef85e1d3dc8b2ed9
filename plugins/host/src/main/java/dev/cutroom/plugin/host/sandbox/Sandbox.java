package dev.cutroom.plugin.host.sandbox;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether plugin workers can be confined here, and the command that confines one. Confinement uses Landlock
 * (Linux 5.13 or later with Landlock enabled); {@code -Dcutroom.sandbox=off} turns it off for debugging.
 */
public final class Sandbox {
    /** System property: {@code off} runs workers unconfined. */
    public static final String PROPERTY = "cutroom.sandbox";

    /** Whether workers are confined, and in words why or why not. */
    public record Availability(boolean available, int abi, String description) { }

    private static volatile Availability detected;

    private Sandbox() {}

    /** Detected once per host process (the kernel does not change under it). */
    public static Availability detect() {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return new Availability(false, 0, "the sandbox is turned off (-D" + PROPERTY + "=off)");
        }
        Availability known = detected;
        if (known != null) return known;
        int abi = Landlock.abiVersion();
        known = abi >= 1
                ? new Availability(true, abi, "Landlock ABI " + abi + (abi >= 4 ? "" : " (no TCP rules before ABI 4: network not confined)"))
                : new Availability(false, 0, "this system offers no Landlock (Linux 5.13+ with Landlock enabled is needed; errno " + -abi + ")");
        detected = known;
        return known;
    }

    /** The command that confines itself to {@code policyFile} and then execs {@code worker}. */
    public static List<String> wrap(Path javaBinary, Path policyFile, List<String> worker) {
        List<String> launcher = List.of(javaBinary.toAbsolutePath().toString(),
                // a launcher that lives for a fraction of a second: small heap, no JIT tiers, serial GC
                "-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED", "-cp", launcherClassPath(), SandboxLauncher.class.getName(), policyFile.toString());
        return java.util.stream.Stream.concat(launcher.stream(), worker.stream()).toList();
    }

    /** The jar or classes folder holding the launcher (it needs nothing else but the JDK). */
    static String launcherClassPath() {
        try {
            return Path.of(SandboxLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return System.getProperty("java.class.path");
        }
    }
}

package dev.cutroom.plugin.host.sandbox;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A tiny main that confines itself with Landlock ({@link SandboxPolicy}) and then execs the worker JVM in its
 * place. Restricting inside the worker JVM would leave the threads it had already started unconfined; a
 * restriction made before {@code execve} covers the whole new process. Usage:
 * {@code SandboxLauncher POLICY_FILE COMMAND...}. Exits with {@value #FAILED} and one line on stderr when the
 * sandbox cannot be set up: the worker then never runs unconfined by accident.
 */
public final class SandboxLauncher {
    /** Exit status when confinement failed. */
    public static final int FAILED = 97;
    /** Starts the line the launcher prints when it fails, so the host can name the cause. */
    public static final String MESSAGE_PREFIX = "cutroom sandbox: ";

    private SandboxLauncher() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println(MESSAGE_PREFIX + "usage: SandboxLauncher POLICY_FILE COMMAND...");
            System.exit(FAILED);
        }
        List<String> command = Arrays.asList(args).subList(1, args.length);
        try {
            Landlock.restrictSelf(SandboxPolicy.read(Path.of(args[0])));
            Landlock.exec(command, System.getenv());
        } catch (Exception e) {
            System.err.println(MESSAGE_PREFIX + e.getMessage());
        }
        System.exit(FAILED);
    }
}

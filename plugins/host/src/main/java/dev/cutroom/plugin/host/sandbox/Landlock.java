package dev.cutroom.plugin.host.sandbox;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Linux Landlock through {@code java.lang.foreign}: the kernel's unprivileged sandbox for file access, TCP ports
 * (ABI 4) and, from ABI 6, abstract Unix sockets and signals to processes outside the sandbox. A ruleset
 * confines the calling thread and everything it later runs, and survives {@code execve}; so the
 * {@link SandboxLauncher} restricts itself and then execs the worker JVM, which is confined from its first
 * instruction. Syscall numbers 444-446 are the same on x86-64 and arm64.
 */
public final class Landlock {
    private static final long SYS_CREATE_RULESET = 444;
    private static final long SYS_ADD_RULE = 445;
    private static final long SYS_RESTRICT_SELF = 446;
    private static final long CREATE_RULESET_VERSION = 1;
    private static final long RULE_PATH_BENEATH = 1;
    private static final int PR_SET_NO_NEW_PRIVS = 38;
    private static final int O_PATH = 0x200000;
    private static final int O_CLOEXEC = 0x80000;

    // filesystem rights (ABI 1: bits 0-12; 2: REFER; 3: TRUNCATE; 5: IOCTL_DEV)
    static final long EXECUTE = 1L, WRITE_FILE = 1L << 1, READ_FILE = 1L << 2, READ_DIR = 1L << 3;
    static final long REFER = 1L << 13, TRUNCATE = 1L << 14, IOCTL_DEV = 1L << 15;
    /** Rights that make sense on a file (the kernel refuses directory rights on a file rule). */
    static final long FILE_RIGHTS = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV;
    static final long READ = EXECUTE | READ_FILE | READ_DIR;
    static final long DEVICE = READ_FILE | WRITE_FILE | IOCTL_DEV;
    // network rights (ABI 4) and scopes (ABI 6)
    private static final long NET_BIND_TCP = 1L, NET_CONNECT_TCP = 1L << 1;
    private static final long SCOPE_ABSTRACT_UNIX_SOCKET = 1L, SCOPE_SIGNAL = 1L << 1;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MemoryLayout ERRNO_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = ERRNO_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
    /** {@code long syscall(long number, ...)}, always with four long arguments (the kernel ignores unused ones). */
    private static final MethodHandle SYSCALL = handle("syscall",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), CAPTURE_ERRNO, Linker.Option.firstVariadicArg(1));
    private static final MethodHandle PRCTL = handle("prctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), CAPTURE_ERRNO, Linker.Option.firstVariadicArg(1));
    private static final MethodHandle OPEN = handle("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), CAPTURE_ERRNO);
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle EXECVE = handle("execve", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), CAPTURE_ERRNO);

    private Landlock() {}

    private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        return LIBC.find(name).map(symbol -> LINKER.downcallHandle(symbol, descriptor, options)).orElse(null);
    }

    /** The Landlock ABI version this kernel offers (1 or more), or a negative errno (ENOSYS, EOPNOTSUPP) when it offers none. */
    public static int abiVersion() {
        if (!System.getProperty("os.name", "").equals("Linux") || SYSCALL == null) return -38;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(ERRNO_STATE);
            long v = (long) SYSCALL.invokeExact(errno, SYS_CREATE_RULESET, 0L, 0L, CREATE_RULESET_VERSION, 0L);
            return v >= 0 ? (int) v : -(int) ERRNO.get(errno, 0L);
        } catch (Throwable e) {
            return -38;
        }
    }

    /** Every filesystem right this ABI knows. */
    static long handledFs(int abi) {
        long rights = (1L << 13) - 1;
        if (abi >= 2) rights |= REFER;
        if (abi >= 3) rights |= TRUNCATE;
        if (abi >= 5) rights |= IOCTL_DEV;
        return rights;
    }

    /**
     * Confines the calling thread (and what it execs) to {@code policy}.
     *
     * @throws IOException naming the step that failed
     */
    static void restrictSelf(SandboxPolicy policy) throws IOException {
        int abi = abiVersion();
        if (abi < 1) throw new IOException("Landlock is not available (errno " + -abi + ")");
        long fs = handledFs(abi);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(ERRNO_STATE);
            MemorySegment attr = arena.allocate(24);
            attr.set(JAVA_LONG, 0, fs);
            attr.set(JAVA_LONG, 8, abi >= 4 && !policy.network() ? NET_BIND_TCP | NET_CONNECT_TCP : 0);
            attr.set(JAVA_LONG, 16, abi >= 6 ? SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL : 0);
            long size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
            long ruleset = (long) SYSCALL.invokeExact(errno, SYS_CREATE_RULESET, attr.address(), size, 0L, 0L);
            if (ruleset < 0) throw failure("landlock_create_ruleset", errno);
            try {
                for (Map.Entry<Path, Long> rule : policy.rules().entrySet()) addRule((int) ruleset, rule.getKey(), rule.getValue() & fs, arena, errno);
                if ((int) PRCTL.invokeExact(errno, PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) != 0) throw failure("prctl(NO_NEW_PRIVS)", errno);
                if ((long) SYSCALL.invokeExact(errno, SYS_RESTRICT_SELF, ruleset, 0L, 0L, 0L) != 0) throw failure("landlock_restrict_self", errno);
            } finally {
                int ignored = (int) CLOSE.invokeExact((int) ruleset);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("Landlock call failed: " + e, e);
        }
    }

    /** Grants {@code rights} beneath {@code path}; a path that does not exist is skipped. */
    private static void addRule(int ruleset, Path path, long rights, Arena arena, MemorySegment errno) throws Throwable {
        if (!Files.exists(path)) return;
        if (!Files.isDirectory(path)) rights &= FILE_RIGHTS;
        if (rights == 0) return;
        int fd = (int) OPEN.invokeExact(errno, arena.allocateFrom(path.toString()), O_PATH | O_CLOEXEC);
        if (fd < 0) return; // vanished or unreachable: nothing to grant
        try {
            MemorySegment beneath = arena.allocate(12); // struct landlock_path_beneath_attr is packed: u64 + s32
            beneath.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, rights);
            beneath.set(JAVA_INT, 8, fd);
            long r = (long) SYSCALL.invokeExact(errno, SYS_ADD_RULE, (long) ruleset, RULE_PATH_BENEATH, beneath.address(), 0L);
            if (r != 0) throw failure("landlock_add_rule " + path, errno);
        } finally {
            int ignored = (int) CLOSE.invokeExact(fd);
        }
    }

    /** Replaces this process with {@code command}; returns only by throwing. */
    static void exec(List<String> command, Map<String, String> environment) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(ERRNO_STATE);
            MemorySegment argv = strings(arena, command);
            MemorySegment envp = strings(arena, environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            int r = (int) EXECVE.invokeExact(errno, arena.allocateFrom(command.getFirst()), argv, envp);
            throw failure("execve " + command.getFirst() + " (" + r + ")", errno);
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("execve failed: " + e, e);
        }
    }

    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ADDRESS, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) array.setAtIndex(ADDRESS, i, arena.allocateFrom(values.get(i)));
        array.setAtIndex(ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    private static IOException failure(String what, MemorySegment errno) {
        return new IOException(what + " failed (errno " + (int) ERRNO.get(errno, 0L) + ")");
    }
}

package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutroom.timeline.io.ProjectFileException.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The advisory lock of one project: only its holder saves the project. The editor holds it while the project is
 * open; a command-line edit holds it from load to save, and a plugin run while it re-applies its result.
 *
 * <p>The lock is an OS file lock ({@link FileChannel#tryLock}) on {@code .NAME.lock} beside the project's real
 * file, so it goes away with the process that held it (a crash leaves no stale lock). The file names the holder
 * (pid, host, command, since when) for the message others get; it is left in place when the lock is released,
 * because deleting a lock file races with the next holder opening it.
 *
 * <p>Within one JVM the holders are tracked here: POSIX drops every lock a process holds on a file when any of
 * its descriptors of that file is closed, so a JVM must never open a lock file it already holds. A lock taken
 * {@link #acquireShared shared} (the editor's) is joined by further shared takers in the same JVM, as OS file
 * locks belong to the process; every other taker waits for it like another process would.
 */
public final class ProjectLock implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_HOLDER_BYTES = 4096;
    private static final long POLL_MILLIS = 25;
    /** Lock files this JVM holds, guarded by itself. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    /** One OS lock of this JVM, with the handles that share it. */
    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        final Holder holder;
        final boolean shared;
        int handles = 1;

        Held(FileChannel channel, FileLock lock, Holder holder, boolean shared) {
            this.channel = channel;
            this.lock = lock;
            this.holder = holder;
            this.shared = shared;
        }
    }

    /** Who holds a lock. */
    public record Holder(long pid, String host, String command, Instant since) {
        /** {@code pid 4711 on host studio (cutroom edit) since 2026-12-08T01:02:03Z}. */
        public String describe() {
            return "pid " + pid + " on host " + printable(host) + " (" + printable(command) + ") since " + since;
        }
    }

    private final Path lockFile;
    private final Held held;
    private boolean closed;

    private ProjectLock(Path lockFile, Held held) {
        this.lockFile = lockFile;
        this.held = held;
    }

    /** The lock file of {@code projectFile}: {@code .NAME.lock} beside its real file (after symbolic links). */
    public static Path lockFileOf(Path projectFile) throws IOException {
        Path real = ProjectStore.realTarget(projectFile);
        return real.resolveSibling("." + real.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code projectFile}, waiting up to {@code wait} for another holder to let go.
     *
     * @param command what this process is doing, shown to others who wait ("cutroom edit", "Cutroom editor")
     * @throws ProjectFileException {@link Kind#LOCKED} naming the holder, or {@link Kind#IO} when the lock file cannot be made
     */
    public static ProjectLock acquire(Path projectFile, String command, Duration wait) throws ProjectFileException {
        return acquire(projectFile, command, wait, false);
    }

    /**
     * Like {@link #acquire}, but joins a shared hold of this JVM on the same project (editor windows of one
     * process); other processes, and exclusive takers in this JVM, are kept out all the same.
     */
    public static ProjectLock acquireShared(Path projectFile, String command, Duration wait) throws ProjectFileException {
        return acquire(projectFile, command, wait, true);
    }

    private static ProjectLock acquire(Path projectFile, String command, Duration wait, boolean shared) throws ProjectFileException {
        Path lockFile;
        try {
            lockFile = lockFileOf(projectFile);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, projectFile.toString(), null, "cannot find the project's folder to lock it: " + e, e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            ProjectLock lock;
            try {
                lock = tryAcquire(lockFile, command, shared);
            } catch (IOException e) {
                throw new ProjectFileException(Kind.IO, projectFile.toString(), null, "cannot lock the project (" + lockFile + "): " + e, e);
            }
            if (lock != null) return lock;
            if (System.nanoTime() - deadline >= 0) {
                String who = holderOf(lockFile).map(Holder::describe).orElse("another program");
                throw new ProjectFileException(Kind.LOCKED, projectFile.toString(), null,
                        "the project is in use by " + who + "; nothing was changed. Try again when it is done (or close it there)", null);
            }
            try {
                Thread.sleep(POLL_MILLIS); // FileChannel.lock() cannot time out, so poll tryLock
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectFileException(Kind.LOCKED, projectFile.toString(), null, "interrupted while waiting for the project's lock", e);
            }
        }
    }

    /** Who holds the lock of {@code projectFile} now, if anyone says so (best effort). */
    public static Optional<Holder> holder(Path projectFile) {
        try {
            return holderOf(lockFileOf(projectFile));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Holder holder() { return held.holder; }

    public Path lockFile() { return lockFile; }

    private static ProjectLock tryAcquire(Path lockFile, String command, boolean shared) throws IOException {
        synchronized (HELD) {
            Held here = HELD.get(lockFile);
            if (here != null) {
                if (!shared || !here.shared) return null;
                here.handles++;
                return new ProjectLock(lockFile, here);
            }
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // held through another channel of this JVM that is not in HELD: treat as held
            } finally {
                if (lock == null) channel.close();
            }
            if (lock == null) return null;
            Holder holder = new Holder(ProcessHandle.current().pid(), hostName(), command, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            try {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(JSON.createObjectNode().put("pid", holder.pid()).put("host", holder.host())
                        .put("command", holder.command()).put("since", holder.since().toString()))), 0);
                channel.force(false);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            Held held = new Held(channel, lock, holder, shared);
            HELD.put(lockFile, held);
            return new ProjectLock(lockFile, held);
        }
    }

    private static Optional<Holder> holderOf(Path lockFile) {
        synchronized (HELD) {
            Held here = HELD.get(lockFile);
            if (here != null) return Optional.of(here.holder);
            // not held by this JVM, so reading (and closing) the file cannot drop a lock of ours
            try (InputStream in = Files.newInputStream(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes(MAX_HOLDER_BYTES);
                if (bytes.length == 0) return Optional.empty();
                JsonNode n = JSON.readTree(bytes);
                return Optional.of(new Holder(n.path("pid").asLong(), n.path("host").asText("?"), n.path("command").asText("?"),
                        Instant.parse(n.path("since").asText())));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // unreadable or damaged: the caller says "another program"
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /**
     * {@code ProjectLock FILE COMMAND}: holds the lock of project FILE as COMMAND until standard input ends, printing
     * {@code LOCKED} once it holds it. Tests and drills use it as "another process that has the project open".
     */
    public static void main(String[] args) throws Exception {
        try (ProjectLock lock = acquire(Path.of(args[0]), args[1], Duration.ofSeconds(30))) {
            System.out.println("LOCKED");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our input (or dies)
            }
        }
    }

    /** Control characters (terminal escapes) in a holder's text are shown as {@code ?}. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 200));
        s.codePoints().limit(200).forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }

    /** Releases this handle; the last one releases the lock. The lock file stays, emptied. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) return;
            closed = true;
            if (--held.handles > 0) return;
            try {
                held.channel.truncate(0);
            } catch (IOException ignored) {
                // the content only names the holder; a stale name without a lock is ignored
            }
            try {
                held.lock.release();
                held.channel.close();
            } catch (IOException ignored) {
                // closing the channel releases the lock in any case
            } finally {
                HELD.remove(lockFile);
            }
        }
    }
}

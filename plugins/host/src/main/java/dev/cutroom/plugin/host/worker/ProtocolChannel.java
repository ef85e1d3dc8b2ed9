package dev.cutroom.plugin.host.worker;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The host's end of the worker protocol: a Unix-domain socket in a private folder, and a per-job secret that
 * the host hands the worker on its stdin ({@link #bootstrap()}) before any plugin code is loaded. The first
 * connection that presents the secret becomes the job's channel and the socket stops listening, so neither
 * what a plugin prints (stdout and stderr only reach the job log) nor another process that finds the socket
 * can pose as the worker. Connections without the secret are closed.
 */
final class ProtocolChannel implements AutoCloseable {
    private static final int MAX_HELLO_BYTES = 256;
    /** Unix socket paths are limited to about 107 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    private final Path folder;
    private final Path socket;
    private final ServerSocketChannel server;
    private final String secret;
    private final CompletableFuture<ProtocolSocket> connected = new CompletableFuture<>();
    private final List<SocketChannel> pending = new CopyOnWriteArrayList<>();

    private ProtocolChannel(Path folder) throws IOException {
        this.folder = folder;
        this.socket = folder.resolve("w.sock");
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret = HexFormat.of().formatHex(random);
    }

    /** Listens in a fresh folder that only this user may enter. */
    static ProtocolChannel open() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        if (tmp.toAbsolutePath().toString().length() > MAX_SOCKET_PATH - 30) tmp = Path.of("/tmp");
        var owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
        Path folder = Files.createTempDirectory(tmp, "cutroom-w", owner);
        try {
            return new ProtocolChannel(folder);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(folder);
            throw e;
        }
    }

    /** What the worker reads from its stdin first: the socket's path and the secret, one line each. */
    String bootstrap() {
        return socket + "\n" + secret + "\n";
    }

    /**
     * Accepts connections on a background thread until one presents the secret.
     *
     * @return completes with the verified connection, or exceptionally when {@link #stopListening} comes first
     */
    CompletableFuture<ProtocolSocket> accept(String threadName) {
        Thread.ofPlatform().daemon().name(threadName).start(() -> {
            try {
                while (!connected.isDone()) {
                    SocketChannel candidate = server.accept();
                    pending.add(candidate);
                    Thread.ofVirtual().start(() -> verify(candidate));
                }
            } catch (IOException e) {
                // closed: by the verified connection (done) or by stopListening (which fails the future itself)
            }
        });
        return connected;
    }

    private void verify(SocketChannel candidate) {
        ProtocolSocket s = new ProtocolSocket(candidate);
        try {
            var hello = s.next(MAX_HELLO_BYTES);
            boolean good = hello != null && !hello.cut()
                    && MessageDigest.isEqual(hello.text().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
            if (good) {
                closeServer(); // first, so that nothing can connect once the channel is handed over
                if (connected.complete(s)) {
                    pending.remove(candidate);
                    return;
                }
            }
        } catch (IOException e) {
            // a connection that broke before its hello is no worker of ours
        }
        pending.remove(candidate);
        s.close();
    }

    private void closeServer() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    /** Stops listening (and fails {@link #accept} if nothing connected); the verified connection stays open. */
    void stopListening() {
        closeServer();
        pending.forEach(c -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing
            }
        });
        connected.completeExceptionally(new IOException("the worker did not connect"));
    }

    /** Closes everything, the verified connection included, and removes the socket's folder. */
    @Override
    public void close() {
        stopListening();
        connected.thenAccept(ProtocolSocket::close);
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a leftover empty folder in the temp folder is harmless
        }
    }
}

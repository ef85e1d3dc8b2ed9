package dev.cutroom.plugin.host.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Only a connection that presents the job's secret becomes the protocol; the socket then stops listening. */
class ProtocolChannelTest {
    @Test
    void aConnectionWithoutTheSecretIsClosedAndTheRightOneIsTheChannel() throws Exception {
        try (ProtocolChannel channel = ProtocolChannel.open()) {
            String[] bootstrap = channel.bootstrap().split("\n");
            Path socket = Path.of(bootstrap[0]);
            var accepted = channel.accept("test-accept");

            SocketChannel impostor = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            impostor.write(ByteBuffer.wrap("not-the-secret\n{\"type\":\"result\"}\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(readAfterHangUp(impostor)).as("the host hangs up on it").isEqualTo(-1);
            assertThat(accepted).isNotDone();

            try (SocketChannel worker = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                worker.write(ByteBuffer.wrap((bootstrap[1] + "\n{\"type\":\"ready\",\"protocol\":2,\"pid\":1}\n").getBytes(StandardCharsets.UTF_8)));
                ProtocolSocket verified = accepted.get(30, TimeUnit.SECONDS);
                assertThat(verified.next().text()).startsWith("{\"type\":\"ready\"");
                // the listener is gone: nobody else can connect now
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> SocketChannel.open(UnixDomainSocketAddress.of(socket)).close())
                        .isInstanceOf(java.io.IOException.class);
            }
            impostor.close();
            assertThat(Files.getPosixFilePermissions(socket.getParent()).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE, OWNER_EXECUTE]");
        }
    }

    /**
     * -1 once the other side has closed. A Unix socket closed with bytes of ours still unread reports a reset
     * instead of an end of stream: that is a hang-up too.
     */
    private static int readAfterHangUp(SocketChannel c) {
        try {
            return c.read(ByteBuffer.allocate(16));
        } catch (java.io.IOException reset) {
            return -1;
        }
    }
}

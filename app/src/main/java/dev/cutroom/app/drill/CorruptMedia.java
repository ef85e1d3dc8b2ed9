package dev.cutroom.app.drill;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** The ways a media file is found broken on disk, each made from the bytes of a good MP4. */
enum CorruptMedia {
    /** A copy that stopped part way (the MP4's index, written last, is missing). */
    TRUNCATED("truncated"),
    ZERO_BYTE("zero-byte"),
    /** Sound only (a WAV file) under the video's .mp4 name. */
    WRONG_EXTENSION_AUDIO("wrong extension (WAV as .mp4)"),
    /** Not media at all (a text file) under the .mp4 name. */
    WRONG_EXTENSION_TEXT("wrong extension (text as .mp4)"),
    /** The MP4's first bytes, then noise. */
    GARBAGE_STREAM("garbage stream"),
    /** Noise from the first byte. */
    GARBAGE("garbage");

    final String label;

    CorruptMedia(String label) { this.label = label; }

    byte[] damage(byte[] good, Random r) {
        return switch (this) {
            case TRUNCATED -> Arrays.copyOf(good, 1 + r.nextInt(good.length - 1));
            case ZERO_BYTE -> new byte[0];
            case WRONG_EXTENSION_AUDIO -> silentWav(48_000, 24_000);
            case WRONG_EXTENSION_TEXT -> "{\"note\": \"this is not a video\"}\n".repeat(1 + r.nextInt(50)).getBytes(StandardCharsets.UTF_8);
            case GARBAGE_STREAM -> {
                byte[] b = good.clone();
                byte[] noise = new byte[b.length - 64];
                r.nextBytes(noise);
                System.arraycopy(noise, 0, b, 64, noise.length);
                yield b;
            }
            case GARBAGE -> {
                byte[] b = new byte[1 + r.nextInt(good.length * 2)];
                r.nextBytes(b);
                yield b;
            }
        };
    }

    /** A mono 16-bit PCM WAV file of {@code samples} samples of silence. */
    static byte[] silentWav(int sampleRate, int samples) {
        int data = samples * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        return b.array();
    }
}

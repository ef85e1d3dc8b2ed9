package dev.cutroom.plugin.soundtrack.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes channel-planar float samples as 24-bit PCM WAV (RIFF, little-endian), clamped to [-1, 1]. Any thread. */
public final class WavFile {
    private WavFile() {}

    /** Writes {@code channels} at {@code sampleRate}. Any thread. */
    public static void write(Path file, float[][] channels, int sampleRate) throws IOException {
        int ch = channels.length, frames = channels[0].length, bytesPer = 3;
        long dataBytes = (long) frames * ch * bytesPer;
        if (dataBytes > 0xFFFF_FFFFL - 36) throw new IOException("too long for a WAV file");
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt((int) (36 + dataBytes)).put("WAVE".getBytes());
        header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) ch).putInt(sampleRate)
                .putInt(sampleRate * ch * bytesPer).putShort((short) (ch * bytesPer)).putShort((short) 24);
        header.put("data".getBytes()).putInt((int) dataBytes);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.array());
            byte[] block = new byte[4096 * ch * bytesPer];
            int at = 0;
            for (int i = 0; i < frames; i++) {
                for (float[] c : channels) {
                    float v = Math.max(-1f, Math.min(1f, c[i]));
                    int s = Math.round(v * 8_388_607f);
                    block[at++] = (byte) s;
                    block[at++] = (byte) (s >> 8);
                    block[at++] = (byte) (s >> 16);
                }
                if (at == block.length) { out.write(block); at = 0; }
            }
            out.write(block, 0, at);
        }
    }

    /** Reads a 16- or 24-bit PCM WAV written by {@link #write} (or any plain PCM WAV) to planar floats. Any thread. */
    public static float[][] read(Path file, int[] sampleRateOut) throws IOException {
        try (var in = javax.sound.sampled.AudioSystem.getAudioInputStream(file.toFile())) {
            var f = in.getFormat();
            if (sampleRateOut != null) sampleRateOut[0] = (int) f.getSampleRate();
            byte[] all = in.readAllBytes();
            int ch = f.getChannels(), bytes = f.getSampleSizeInBits() / 8, frames = all.length / (ch * bytes);
            float[][] out = new float[ch][frames];
            for (int i = 0; i < frames; i++) {
                for (int c = 0; c < ch; c++) {
                    int at = (i * ch + c) * bytes, s;
                    if (bytes == 3) s = (all[at] & 0xff) | (all[at + 1] & 0xff) << 8 | all[at + 2] << 16;
                    else s = (all[at] & 0xff) | all[at + 1] << 8;
                    out[c][i] = bytes == 3 ? s / 8_388_608f : s / 32_768f;
                }
            }
            return out;
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new IOException("not a WAV file: " + file, e);
        }
    }
}

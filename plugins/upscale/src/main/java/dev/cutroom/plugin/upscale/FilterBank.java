package dev.cutroom.plugin.upscale;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The camera mode's learned upscaling filters: for each {@link StructureHash} bucket and each of the scale²
 * output phases, a (2 radius + 1)² filter over the low-resolution neighbourhood, fitted by least squares on real
 * photographs ({@code FilterBankTrainer} in the tests writes them; see the plugin README for the data and the
 * command). Immutable; any thread.
 *
 * <p>File format (big-endian): int magic {@code 0x43524642} ("CRFB"), int version 1, int scale, int radius,
 * int buckets, then buckets × scale² × taps floats, bucket-major, phase (row-major within the scale² block), tap
 * (row-major).
 *
 * @param scale   2, 3 or 4
 * @param radius  neighbourhood radius in input pixels
 * @param weights the filters
 */
public record FilterBank(int scale, int radius, float[] weights) {
    private static final int MAGIC = 0x43524642;
    private static final int VERSION = 1;
    /** SHA-256 of the shipped files, as in {@code filters/camera-filters.json} (checked on load). */
    static final Map<Integer, String> SHIPPED_SHA256 = Map.of(
            2, "09595d2d3c3e437befaba2b6e4c38f041bc0647193e82a0b3ed49b29dbeeba94",
            3, "047c809fefd2237b5929cefd492917977db230b737a824d11bdca70b6c5003c0",
            4, "27b47c5457643ff818ef06a2784904271eba49a740f46d88d0138ee4f158d9e5");
    private static final Map<Integer, FilterBank> LOADED = new ConcurrentHashMap<>();

    public FilterBank {
        if (scale < 2 || scale > 4 || radius < 1) throw new IllegalArgumentException("scale " + scale + ", radius " + radius);
        if (weights.length != StructureHash.BUCKETS * scale * scale * taps(radius)) throw new IllegalArgumentException("expected "
                + StructureHash.BUCKETS * scale * scale * taps(radius) + " weights, got " + weights.length);
    }

    /** Taps of one filter. */
    public int taps() {
        return taps(radius);
    }

    static int taps(int radius) {
        return (2 * radius + 1) * (2 * radius + 1);
    }

    /** Offset of the filter for a bucket and phase in {@link #weights()}. */
    int offset(int bucket, int phase) {
        return (bucket * scale * scale + phase) * taps();
    }

    /** The shipped bank for a scale (2, 3 or 4), checked against its SHA-256; loaded once. Any thread. */
    public static FilterBank shipped(int scale) {
        return LOADED.computeIfAbsent(scale, s -> {
            String name = resourceName(s);
            try (InputStream in = FilterBank.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("the camera filters " + name + " are missing from the plugin");
                byte[] bytes = in.readAllBytes();
                String sha = sha256(bytes);
                if (!sha.equals(SHIPPED_SHA256.get(s))) throw new IllegalStateException("the camera filters " + name + " are damaged (SHA-256 " + sha + ")");
                FilterBank bank = read(new ByteArrayInputStream(bytes));
                if (bank.scale() != s) throw new IllegalStateException(name + " holds scale " + bank.scale());
                return bank;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Where a shipped bank lives, relative to this class. */
    static String resourceName(int scale) {
        return "filters/camera-x" + scale + ".bin";
    }

    /** Reads a bank in the format above. */
    public static FilterBank read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) throw new IOException("not a Cutroom filter bank");
        int version = in.readInt();
        if (version != VERSION) throw new IOException("filter bank version " + version + " is not supported");
        int scale = in.readInt();
        int radius = in.readInt();
        int buckets = in.readInt();
        if (buckets != StructureHash.BUCKETS) throw new IOException("filter bank has " + buckets + " buckets, expected " + StructureHash.BUCKETS);
        float[] w = new float[buckets * scale * scale * taps(radius)];
        for (int i = 0; i < w.length; i++) w[i] = in.readFloat();
        return new FilterBank(scale, radius, w);
    }

    /** Writes the bank in the format above. */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(scale);
        out.writeInt(radius);
        out.writeInt(StructureHash.BUCKETS);
        for (float v : weights) out.writeFloat(v);
        out.flush();
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.cutroom.timeline.model;

import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes stable unique ids such as {@code clip-3f2a9c1d0b7e}. Ids never change once given, so files,
 * undo entries and plugin jobs can refer to items safely. Tests use a seeded source for repeatable ids.
 */
public final class Ids {
    private final Supplier<String> hex;

    private Ids(Supplier<String> hex) { this.hex = hex; }

    /** Random ids, for real use. */
    public static Ids random() {
        return new Ids(() -> UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /** Repeatable ids from a seed, for tests and benchmarks. */
    public static Ids seeded(long seed) {
        Random random = new Random(seed);
        return new Ids(() -> String.format("%012x", random.nextLong() & 0xffff_ffff_ffffL));
    }

    /** A new id with a readable prefix, e.g. {@code next("clip")}. */
    public synchronized String next(String prefix) { return prefix + "-" + hex.get(); }
}

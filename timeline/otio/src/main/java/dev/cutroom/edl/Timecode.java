package dev.cutroom.edl;

import dev.cutroom.timeline.model.FrameRate;

/**
 * SMPTE timecode ({@code HH:MM:SS:FF}) to and from frame counts. The frame field counts to the rate's nominal base
 * (24 for 23.976, 30 for 29.97). Drop-frame timecode (29.97, 59.94; written with {@code ;} or, in CMX 3600 lists
 * under {@code FCM: DROP FRAME}, with {@code :}) skips the labels {@code 00} and {@code 01} (or 00–03 at 59.94) at the
 * start of every minute except each tenth, so that the labels keep up with the clock.
 */
public final class Timecode {
    private Timecode() {}

    /** The frame field's base: 24 for 24000/1001, 30 for 30000/1001, 25 for 25. */
    public static int base(FrameRate rate) { return (int) Math.round(rate.toDouble()); }

    /** True when drop-frame labels exist at this rate (an NTSC rate whose base is a multiple of 30). */
    public static boolean canDrop(FrameRate rate) { return rate.den() == 1001 && base(rate) % 30 == 0; }

    private static int dropped(FrameRate rate) { return base(rate) / 15; } // 2 at 29.97, 4 at 59.94

    /** The label of frame {@code frame} (0 = 00:00:00:00); negative frames are written with a leading minus. */
    public static String format(long frame, FrameRate rate, boolean dropFrame) {
        if (frame < 0) return "-" + format(-frame, rate, dropFrame);
        int base = base(rate);
        long f = frame;
        if (dropFrame && canDrop(rate)) {
            int drop = dropped(rate);
            long perMinute = 60L * base - drop, perTenMinutes = 10 * perMinute + drop;
            long tens = f / perTenMinutes, rest = f % perTenMinutes;
            f += 9L * drop * tens + (rest < drop ? 0 : drop * ((rest - drop) / perMinute));
        }
        long ff = f % base, s = f / base;
        char sep = dropFrame && canDrop(rate) ? ';' : ':';
        return String.format("%02d:%02d:%02d%c%02d", s / 3600, s / 60 % 60, s % 60, sep, ff);
    }

    /**
     * The frame of a label {@code HH:MM:SS:FF} (any of {@code :;.,} as separators).
     *
     * @throws IllegalArgumentException when it is not a timecode at this rate (a frame field at or above the base,
     *                                  minutes or seconds above 59, or a label drop-frame skips)
     */
    public static long parse(String text, FrameRate rate, boolean dropFrame) {
        String[] parts = text.trim().split("[:;.,]");
        if (parts.length != 4) throw new IllegalArgumentException("not a timecode: '" + text + "'");
        long[] v = new long[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a timecode: '" + text + "'");
            }
            v[i] = Long.parseLong(parts[i]);
        }
        int base = base(rate);
        if (v[1] > 59 || v[2] > 59 || v[3] >= base) throw new IllegalArgumentException("not a timecode at " + rate + " fps: '" + text + "'");
        long frame = ((v[0] * 60 + v[1]) * 60 + v[2]) * base + v[3];
        if (dropFrame && canDrop(rate)) {
            int drop = dropped(rate);
            if (v[2] == 0 && v[3] < drop && v[1] % 10 != 0) throw new IllegalArgumentException("drop-frame timecode skips '" + text + "'");
            long minutes = v[0] * 60 + v[1];
            frame -= drop * (minutes - minutes / 10);
        }
        return frame;
    }
}

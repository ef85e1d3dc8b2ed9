package dev.cutroom.plugin.soundtrack.compose;

import java.util.Locale;

/**
 * A key: tonic pitch class (0 = C) and mode. Immutable; any thread.
 *
 * @param tonic pitch class 0..11
 * @param minor true for natural minor (with a raised leading tone in dominant chords), false for major
 */
public record Key(int tonic, boolean minor) {
    private static final String[] SHARP = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] MINOR = {0, 2, 3, 5, 7, 8, 10};

    public Key {
        if (tonic < 0 || tonic > 11) throw new IllegalArgumentException("tonic pitch class must be 0..11, got " + tonic);
    }

    /** Semitones above the tonic of scale degree {@code degree} (0-based, may exceed 6 or be negative). Any thread. */
    public int degreeOffset(int degree) {
        int[] scale = minor ? MINOR : MAJOR;
        int octave = Math.floorDiv(degree, 7);
        return scale[Math.floorMod(degree, 7)] + 12 * octave;
    }

    /** Pitch class set of the scale. Any thread. */
    public boolean inScale(int midiNote) {
        int pc = Math.floorMod(midiNote - tonic, 12);
        for (int s : minor ? MINOR : MAJOR) if (s == pc) return true;
        return false;
    }

    /**
     * The MIDI key signature meta-event data: sharps (positive) or flats (negative), and 0 major / 1 minor.
     * Any thread.
     */
    public byte[] keySignature() {
        // major keys by pitch class as fifths: C0 Db-5 D2 Eb-3 E4 F-1 F#6 G1 Ab-4 A3 Bb-2 B5
        int[] majorFifths = {0, -5, 2, -3, 4, -1, 6, 1, -4, 3, -2, 5};
        int relativeMajor = minor ? (tonic + 3) % 12 : tonic;
        return new byte[] {(byte) majorFifths[relativeMajor], (byte) (minor ? 1 : 0)};
    }

    /** "D major", "A minor". Any thread. */
    @Override
    public String toString() {
        return SHARP[tonic] + (minor ? " minor" : " major");
    }

    /** Pitch class of a note name such as "c", "f#", "bb", "e flat". Any thread. @return -1 when not a note name */
    public static int pitchClass(String letter, String accidental) {
        int base = switch (letter.toLowerCase(Locale.ROOT)) {
            case "c" -> 0; case "d" -> 2; case "e" -> 4; case "f" -> 5; case "g" -> 7; case "a" -> 9; case "b" -> 11;
            default -> -1;
        };
        if (base < 0) return -1;
        String acc = accidental == null ? "" : accidental.toLowerCase(Locale.ROOT).trim();
        int shift = switch (acc) {
            case "#", "♯", "sharp", "-sharp" -> 1;
            case "b", "♭", "flat", "-flat" -> -1;
            default -> 0;
        };
        return Math.floorMod(base + shift, 12);
    }
}

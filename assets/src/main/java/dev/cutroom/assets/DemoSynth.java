package dev.cutroom.assets;

/**
 * Synthesises the demo soundtracks: a chord pad with bass and an arpeggio (a small "music bed"),
 * and plain tone sequences. Output is interleaved stereo float PCM in [-1, 1].
 */
final class DemoSynth {
    /** C major, A minor, F major, G major: MIDI note numbers of each chord. */
    private static final int[][] PROGRESSION = {{60, 64, 67}, {57, 60, 64}, {53, 57, 60}, {55, 59, 62}};

    private DemoSynth() {}

    /**
     * A four-chord loop: soft pad, root bass, and an arpeggio of eighth notes panned left and right.
     *
     * @param secondsPerChord length of each chord
     */
    static float[] musicBed(int sampleRate, double seconds, double secondsPerChord) {
        int frames = (int) Math.round(seconds * sampleRate);
        float[] out = new float[frames * 2];
        double eighth = secondsPerChord / 8;
        for (int i = 0; i < frames; i++) {
            double t = (double) i / sampleRate;
            int[] chord = PROGRESSION[(int) (t / secondsPerChord) % PROGRESSION.length];
            double inChord = t % secondsPerChord;
            double padEnvelope = Math.min(1, inChord / 0.08) * Math.min(1, (secondsPerChord - inChord) / 0.08);
            double pad = 0;
            for (int note : chord) pad += Math.sin(2 * Math.PI * hz(note) * t) + 0.3 * Math.sin(2 * Math.PI * 2 * hz(note) * t);
            pad *= 0.06 * padEnvelope;
            double bass = 0.18 * padEnvelope * Math.sin(2 * Math.PI * hz(chord[0] - 24) * t);
            int step = (int) (inChord / eighth);
            double inStep = inChord - step * eighth;
            int arpNote = chord[step % chord.length] + (step >= 4 ? 12 : 0);
            double pluck = 0.22 * Math.exp(-inStep * 9) * Math.sin(2 * Math.PI * hz(arpNote) * t);
            double pan = step % 2 == 0 ? 0.3 : 0.7; // alternate notes lean left and right
            out[2 * i] = (float) (pad + bass + pluck * (1 - pan) * 2 * 0.7);
            out[2 * i + 1] = (float) (pad + bass + pluck * pan * 2 * 0.7);
        }
        return fadeEnds(out, sampleRate);
    }

    /** Beeps of the given frequencies, one per {@code secondsEach}, with short fades so they do not click. */
    static float[] tones(int sampleRate, double secondsEach, double amplitude, double... frequencies) {
        int each = (int) Math.round(secondsEach * sampleRate);
        float[] out = new float[each * frequencies.length * 2];
        int fade = sampleRate / 100;
        for (int k = 0; k < frequencies.length; k++) {
            for (int i = 0; i < each; i++) {
                double envelope = Math.min(1, Math.min(i, each - 1 - i) / (double) fade);
                float v = (float) (amplitude * envelope * Math.sin(2 * Math.PI * frequencies[k] * i / sampleRate));
                int at = (k * each + i) * 2;
                out[at] = v;
                out[at + 1] = v;
            }
        }
        return out;
    }

    /** Adds two buffers of equal length into the first. */
    static float[] mix(float[] into, float[] other, double gain) {
        for (int i = 0; i < Math.min(into.length, other.length); i++) into[i] += (float) (other[i] * gain);
        return into;
    }

    private static float[] fadeEnds(float[] stereo, int sampleRate) {
        int frames = stereo.length / 2;
        int fade = Math.min(frames / 2, sampleRate / 20);
        for (int i = 0; i < fade; i++) {
            float g = (float) i / fade;
            stereo[2 * i] *= g;
            stereo[2 * i + 1] *= g;
            stereo[2 * (frames - 1 - i)] *= g;
            stereo[2 * (frames - 1 - i) + 1] *= g;
        }
        return stereo;
    }

    private static double hz(int midiNote) {
        return 440 * Math.pow(2, (midiNote - 69) / 12.0);
    }
}

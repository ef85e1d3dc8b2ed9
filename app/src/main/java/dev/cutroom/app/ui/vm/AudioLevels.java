package dev.cutroom.app.ui.vm;

/**
 * The sound of one timeline frame as a meter shows it: per channel the sample peak and the RMS level (linear,
 * 1 = full scale), and whether any sample reached full scale (a clip).
 */
public record AudioLevels(float[] peak, float[] rms, boolean clipped) {
    /** A sample at or above this magnitude counts as a clip (within half a 16-bit step of full scale). */
    static final float CLIP = 32766.5f / 32767f;
    /** Nothing playing: two silent channels. */
    public static final AudioLevels SILENCE = new AudioLevels(new float[2], new float[2], false);

    /** Levels of {@code frames} interleaved sample frames of {@code channels} channels. */
    public static AudioLevels measure(float[] mix, int frames, int channels) {
        float[] peak = new float[channels];
        double[] sum = new double[channels];
        boolean clipped = false;
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                float v = Math.abs(mix[i * channels + c]);
                if (v > peak[c]) peak[c] = v;
                sum[c] += (double) v * v;
                if (v >= CLIP) clipped = true;
            }
        }
        float[] rms = new float[channels];
        for (int c = 0; c < channels; c++) rms[c] = frames == 0 ? 0 : (float) Math.sqrt(sum[c] / frames);
        return new AudioLevels(peak, rms, clipped);
    }

    public int channels() { return peak.length; }

    /** A linear level in dBFS; silence is negative infinity. */
    public static double dbfs(double linear) {
        return linear <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(linear);
    }
}

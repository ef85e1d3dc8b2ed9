package dev.cutroom.plugin.soundtrack.loudness;

/**
 * The K-weighting pre-filter of ITU-R BS.1770-4: a high shelf (about +4 dB above 1.5 kHz, modelling the
 * head) followed by the RLB high-pass (about 38 Hz). Coefficients are derived for any sample rate from the
 * analogue prototype's parameters (as libebur128 does); at 48 kHz they equal the table in the
 * recommendation. One instance filters one channel; not thread-safe.
 */
public final class KWeighting {
    /** Shelf centre frequency, gain (dB) and Q; high-pass corner and Q, fitted to BS.1770's 48 kHz table. */
    static final double SHELF_F0 = 1681.974450955533, SHELF_GAIN_DB = 3.999843853973347, SHELF_Q = 0.7071752369554196;
    static final double HP_F0 = 38.13547087602444, HP_Q = 0.5003270373238773;

    final double[] shelfB = new double[3], shelfA = new double[3], hpB = new double[3], hpA = new double[3];
    private double s1, s2, h1, h2; // transposed direct form II states

    public KWeighting(double sampleRate) {
        double k = Math.tan(Math.PI * SHELF_F0 / sampleRate);
        double vh = Math.pow(10, SHELF_GAIN_DB / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / SHELF_Q + k * k;
        shelfB[0] = (vh + vb * k / SHELF_Q + k * k) / a0;
        shelfB[1] = 2 * (k * k - vh) / a0;
        shelfB[2] = (vh - vb * k / SHELF_Q + k * k) / a0;
        shelfA[0] = 1;
        shelfA[1] = 2 * (k * k - 1) / a0;
        shelfA[2] = (1 - k / SHELF_Q + k * k) / a0;

        k = Math.tan(Math.PI * HP_F0 / sampleRate);
        a0 = 1 + k / HP_Q + k * k;
        hpB[0] = 1;
        hpB[1] = -2;
        hpB[2] = 1;
        hpA[0] = 1;
        hpA[1] = 2 * (k * k - 1) / a0;
        hpA[2] = (1 - k / HP_Q + k * k) / a0;
    }

    /** Filters one sample. */
    public double process(double x) {
        double y = shelfB[0] * x + s1;
        s1 = shelfB[1] * x - shelfA[1] * y + s2;
        s2 = shelfB[2] * x - shelfA[2] * y;
        double z = hpB[0] * y + h1;
        h1 = hpB[1] * y - hpA[1] * z + h2;
        h2 = hpB[2] * y - hpA[2] * z;
        return z;
    }
}

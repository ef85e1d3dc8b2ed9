package dev.cutroom.plugin.instruct.execute;

/**
 * Follows the person's horizontal and vertical centre across frames without jitter: a critically damped spring
 * (no overshoot) towards the mask's centroid, with a speed limit so a wrong mask for a frame or two cannot whip the
 * crop across the picture. Without a person, it eases back towards the centre. Positions are 0..1 of the frame.
 */
public final class SubjectTracker {
    /** Smallest share of the picture the mask must cover to count as a person. */
    static final double MIN_COVERAGE = 0.005;
    private final double smoothTime;
    private final double maxSpeed;
    private final double dt;
    private double x = 0.5, y = 0.5, vx, vy;
    private boolean started;
    private int framesWithSubject;

    /**
     * @param fps        frames per second
     * @param smoothTime seconds the spring takes to settle (about)
     * @param maxSpeed   largest move in frame widths per second
     */
    public SubjectTracker(double fps, double smoothTime, double maxSpeed) {
        this.dt = 1 / fps;
        this.smoothTime = smoothTime;
        this.maxSpeed = maxSpeed;
    }

    /** Centroid of a 256x256 mask {x, y, coverage}, or null when it covers too little to be a person. */
    public static double[] centroid(float[] mask, int size) {
        double sx = 0, sy = 0, sw = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float m = mask[y * size + x];
                if (m < 0.5f) continue;
                sx += m * (x + 0.5);
                sy += m * (y + 0.5);
                sw += m;
            }
        }
        double coverage = sw / ((double) size * size);
        return coverage < MIN_COVERAGE ? null : new double[] {sx / sw / size, sy / sw / size, coverage};
    }

    /** Moves towards the person seen in this frame (or the centre when none) and returns the smoothed {x, y}. */
    public double[] update(double[] seen) {
        double tx = seen == null ? 0.5 : seen[0];
        double ty = seen == null ? 0.5 : seen[1];
        if (seen != null) framesWithSubject++;
        if (!started && seen != null) {
            x = tx;
            y = ty;
            started = true;
            return new double[] {x, y};
        }
        double[] nx = damp(x, vx, tx);
        x = nx[0];
        vx = nx[1];
        double[] ny = damp(y, vy, ty);
        y = ny[0];
        vy = ny[1];
        return new double[] {x, y};
    }

    /** Frames in which a person was found. */
    public int framesWithSubject() {
        return framesWithSubject;
    }

    /** One step of a critically damped spring (Game Programming Gems 4, 1.10) with a speed limit. */
    private double[] damp(double p, double v, double target) {
        double omega = 2 / smoothTime;
        double k = omega * dt;
        double decay = 1 / (1 + k + 0.48 * k * k + 0.235 * k * k * k);
        double maxChange = maxSpeed * smoothTime;
        double change = Math.max(-maxChange, Math.min(maxChange, p - target));
        double goal = p - change;
        double temp = (v + omega * change) * dt;
        double nv = (v - omega * temp) * decay;
        double np = goal + (change + temp) * decay;
        return new double[] {np, nv};
    }
}

package dev.cutroom.plugin.instruct.execute;

/**
 * Follows the person's horizontal and vertical centre across frames without jitter: a critically damped spring
 * towards the mask's centroid, with a speed limit so a wrong mask for a frame or two cannot whip the crop across
 * the picture. A spring alone trails a walking person by their speed times the smoothing time (a quarter of a
 * vertical window at walking pace), so it aims ahead of the person by their smoothed velocity times that time,
 * which cancels the lag; when they stop, the aim settles back within about the smoothing time. The model loses a
 * person for a frame or two now and then: the aim then stays where they were for up to {@link #HOLD_SECONDS}
 * before easing back towards the centre. Positions are 0..1 of the frame.
 */
public final class SubjectTracker {
    /** Smallest share of the picture the mask must cover to count as a person. */
    static final double MIN_COVERAGE = 0.005;
    /** How long a lost person is still aimed at. */
    static final double HOLD_SECONDS = 0.5;
    private final double smoothTime;
    private final double maxSpeed;
    private final double dt;
    private double x = 0.5, y = 0.5, vx, vy;
    /** The person's last seen centre, smoothed velocity (frame sizes per second) and where the crop aims. */
    private double lastX, lastY, personVx, personVy, aimX = 0.5, aimY = 0.5;
    /** Frames since the person was last seen; -1 before the first sighting or once they count as gone. */
    private int framesSinceSeen = -1;
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

    /** Share of the person's height, from the top of the mask, that counts as head and shoulders. */
    static final double UPPER_PART = 0.4;

    /**
     * Where to aim at the person in a 256x256 mask: {x, y, coverage}, or null when it covers too little to be a
     * person. The aim is the centre of the mask's upper part (head and shoulders, the top {@value #UPPER_PART} of
     * its rows), not of the whole mask: on real portraits the body often reaches far to one side of the face (an
     * arm, a coat, a camera on a tripod) and the whole mask's centre put the face at the window's edge or outside
     * it (measured with {@code cutroom bench quality}).
     */
    public static double[] centroid(float[] mask, int size) {
        double sw = 0;
        int top = -1, bottom = -1;
        for (int y = 0; y < size; y++) {
            double row = 0;
            for (int x = 0; x < size; x++) if (mask[y * size + x] >= 0.5f) row += mask[y * size + x];
            if (row >= 2) { // a row with a speck or two of mask is noise, not the top of a head
                if (top < 0) top = y;
                bottom = y;
            }
            sw += row;
        }
        double coverage = sw / ((double) size * size);
        if (coverage < MIN_COVERAGE || top < 0) return null;
        int last = top + (int) Math.ceil(UPPER_PART * (bottom - top + 1));
        double sx = 0, sy = 0, uw = 0;
        for (int y = top; y < Math.min(size, last); y++) {
            for (int x = 0; x < size; x++) {
                float m = mask[y * size + x];
                if (m < 0.5f) continue;
                sx += m * (x + 0.5);
                sy += m * (y + 0.5);
                uw += m;
            }
        }
        return new double[] {sx / uw / size, sy / uw / size, coverage};
    }

    /** Moves towards the person seen in this frame (or the centre when none) and returns the smoothed {x, y}. */
    public double[] update(double[] seen) {
        aim(seen);
        if (!started && seen != null) {
            x = aimX;
            y = aimY;
            started = true;
            return new double[] {x, y};
        }
        double[] nx = damp(x, vx, aimX);
        x = nx[0];
        vx = nx[1];
        double[] ny = damp(y, vy, aimY);
        y = ny[0];
        vy = ny[1];
        return new double[] {x, y};
    }

    /** Where the crop should go: ahead of the person, where they were last seen, or the centre once they are gone. */
    private void aim(double[] seen) {
        if (seen == null) {
            if (framesSinceSeen >= 0 && ++framesSinceSeen * dt <= HOLD_SECONDS) return;
            framesSinceSeen = -1;
            personVx = 0;
            personVy = 0;
            aimX = 0.5;
            aimY = 0.5;
            return;
        }
        framesWithSubject++;
        if (framesSinceSeen >= 0) followVelocity(seen, (framesSinceSeen + 1) * dt);
        lastX = seen[0];
        lastY = seen[1];
        framesSinceSeen = 0;
        aimX = clamp01(seen[0] + personVx * smoothTime);
        aimY = clamp01(seen[1] + personVy * smoothTime);
    }

    /** Smooths the person's velocity over about {@code smoothTime}, from a move seen {@code elapsed} seconds apart. */
    private void followVelocity(double[] seen, double elapsed) {
        double ix = (seen[0] - lastX) / elapsed;
        double iy = (seen[1] - lastY) / elapsed;
        // a move faster than the crop may go is a jump (a wrong mask, someone else), not walking: not followed
        if (Math.hypot(ix, iy) > maxSpeed) return;
        double weight = Math.min(1, elapsed / smoothTime);
        personVx += weight * (ix - personVx);
        personVy += weight * (iy - personVy);
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
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

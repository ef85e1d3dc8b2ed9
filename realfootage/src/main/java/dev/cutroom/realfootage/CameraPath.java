package dev.cutroom.realfootage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How the camera moves over a photograph during one shot: viewports at key frames, eased between them (a pan, a
 * zoom, a whip pan is two keys a few frames apart), plus handheld shake: a sum of slow sines with seeded phases,
 * its amplitude a fraction of the viewport's width. Immutable; any thread.
 */
public final class CameraPath {
    /** A viewport the camera reaches at {@code frame} (from 0 within the shot). */
    public record Key(int frame, Viewport view) {}

    private final List<Key> keys;
    private final double shake;
    private final double[] phases;

    private CameraPath(List<Key> keys, double shake, long seed) {
        if (keys.isEmpty()) throw new IllegalArgumentException("a camera path needs at least one key");
        for (int i = 1; i < keys.size(); i++) {
            if (keys.get(i).frame() <= keys.get(i - 1).frame()) throw new IllegalArgumentException("keys must be in frame order");
        }
        this.keys = List.copyOf(keys);
        this.shake = shake;
        Random random = new Random(seed);
        this.phases = new double[6];
        for (int i = 0; i < phases.length; i++) phases[i] = random.nextDouble() * 2 * Math.PI;
    }

    /** A camera that holds {@code view}. */
    public static CameraPath still(Viewport view) {
        return new CameraPath(List.of(new Key(0, view)), 0, 0);
    }

    /** From {@code from} at frame 0 to {@code to} at {@code frames}, eased at both ends (pan and/or zoom). */
    public static CameraPath move(Viewport from, Viewport to, int frames) {
        return new CameraPath(List.of(new Key(0, from), new Key(Math.max(1, frames), to)), 0, 0);
    }

    /** A path through the given keys. */
    public static CameraPath through(List<Key> keys) {
        return new CameraPath(new ArrayList<>(keys), 0, 0);
    }

    /**
     * The same path with handheld shake.
     *
     * @param amplitude peak offset as a fraction of the viewport width (0.01 is a steady hand, 0.03 a walking one)
     */
    public CameraPath handheld(double amplitude, long seed) {
        return new CameraPath(keys, amplitude, seed);
    }

    /** The viewport at a (possibly fractional, for motion blur) frame. */
    public Viewport at(double frame) {
        Viewport view = keys.getLast().view();
        if (frame <= keys.getFirst().frame()) {
            view = keys.getFirst().view();
        } else {
            for (int i = 1; i < keys.size(); i++) {
                Key a = keys.get(i - 1), b = keys.get(i);
                if (frame <= b.frame()) {
                    double t = (frame - a.frame()) / (b.frame() - a.frame());
                    view = a.view().towards(b.view(), t * t * (3 - 2 * t));
                    break;
                }
            }
        }
        if (shake == 0) return view;
        double f = frame / 25.0; // cycles per second at 25 fps; different rates per axis so it never looks periodic
        double dx = Math.sin(2 * Math.PI * 1.3 * f + phases[0]) * 0.6 + Math.sin(2 * Math.PI * 3.1 * f + phases[1]) * 0.3
                + Math.sin(2 * Math.PI * 7.7 * f + phases[2]) * 0.1;
        double dy = Math.sin(2 * Math.PI * 1.1 * f + phases[3]) * 0.6 + Math.sin(2 * Math.PI * 2.9 * f + phases[4]) * 0.3
                + Math.sin(2 * Math.PI * 6.3 * f + phases[5]) * 0.1;
        return view.shifted(dx * shake * view.width(), dy * shake * view.width());
    }
}

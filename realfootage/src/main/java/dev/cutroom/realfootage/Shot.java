package dev.cutroom.realfootage;

import java.util.List;

/**
 * One shot of a cut clip: a photograph filmed along a camera path for {@code frames} frames, with camera flashes
 * (frames where the picture blows out towards white and recovers: events a cut detector must not call cuts).
 *
 * @param flashes first frames (within the shot) of 3-frame flashes
 */
public record Shot(String photo, int frames, CameraPath camera, List<Integer> flashes) {
    public Shot {
        if (frames < 1) throw new IllegalArgumentException("a shot needs frames");
        flashes = List.copyOf(flashes);
    }

    /** The shot's picture at {@code frame}, flashes included. */
    public Picture frame(int frame, int width, int height) {
        Picture p = Camera.film(RealPhotos.load(photo), camera, frame, width, height);
        for (int f : flashes) {
            int k = frame - f;
            if (k >= 0 && k < 3) p = Degrade.mix(p, white(width, height), new double[] {0.85, 0.5, 0.2}[k]);
        }
        return p;
    }

    private static Picture white(int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        java.util.Arrays.fill(rgb, (byte) 255);
        return new Picture(width, height, rgb);
    }
}

package dev.cutroom.plugin.instruct.execute;

/**
 * Turns the model's person probability into the opacity used for compositing. The selfie model often says 0.6 to
 * 0.8 inside a person (a shirt, hair); used as it is, that shows the background through them. A smooth step from
 * 0.3 to 0.7 makes confident pixels solid and keeps a soft edge; it is symmetric about 0.5, so the pixels at least
 * half opaque are exactly those the mask measurements (IoU at 0.5) count as person.
 */
final class Matte {
    static final float LOW = 0.3f;
    static final float HIGH = 0.7f;

    private Matte() {}

    /** Opacity 0..1 of a pixel the model gives person probability {@code m}. */
    static float alpha(float m) {
        float t = Math.max(0, Math.min(1, (m - LOW) / (HIGH - LOW)));
        return t * t * (3 - 2 * t);
    }
}

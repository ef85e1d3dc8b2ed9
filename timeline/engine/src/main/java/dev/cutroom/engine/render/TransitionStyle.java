package dev.cutroom.engine.render;

import dev.cutroom.timeline.model.Transition;

import java.util.Locale;

/** The transitions the renderer can draw, and how each weighs the outgoing and incoming clip over its span. */
enum TransitionStyle {
    /** The outgoing picture blends into the incoming one; sound crossfades at equal power. */
    CROSS_DISSOLVE,
    /** The outgoing clip fades to black (and silence) over the first half, the incoming one fades in over the second. */
    DIP_TO_BLACK;

    /**
     * The style for a transition kind, or null for a kind the renderer cannot draw. Spelling variants
     * ("Cross-Dissolve", "dissolve") are accepted: kinds come from project files and interchange formats.
     */
    static TransitionStyle of(String kind) {
        if (kind == null) return null;
        String key = kind.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (key) {
            case Transition.CROSS_DISSOLVE, "dissolve", "crossdissolve" -> CROSS_DISSOLVE;
            case Transition.DIP_TO_BLACK, "dip", "fade_to_black" -> DIP_TO_BLACK;
            default -> null;
        };
    }

    /** Weight of the outgoing clip's picture at {@code progress} (0 at the span's start, 1 at its end). */
    double outgoingPicture(double progress) {
        return switch (this) {
            case CROSS_DISSOLVE -> 1 - progress;
            case DIP_TO_BLACK -> Math.max(0, 1 - 2 * progress);
        };
    }

    /** Weight of the incoming clip's picture at {@code progress}. */
    double incomingPicture(double progress) {
        return switch (this) {
            case CROSS_DISSOLVE -> progress;
            case DIP_TO_BLACK -> Math.max(0, 2 * progress - 1);
        };
    }

    /**
     * Gain of the outgoing clip's sound: equal power (sin/cos), so two uncorrelated sounds keep their
     * loudness through the crossfade. Exactly 0 where the picture weight is 0.
     */
    double outgoingGain(double progress) {
        return Math.sin(Math.PI / 2 * outgoingPicture(progress));
    }

    /** Gain of the incoming clip's sound. */
    double incomingGain(double progress) {
        return Math.sin(Math.PI / 2 * incomingPicture(progress));
    }

    /**
     * Fills the gains of both clips for {@code count} samples starting {@code intoSpan} samples into a span of
     * {@code spanSamples}, each taken at the sample's middle like {@link TransitionSpan#progress(long)}.
     */
    void fillGains(long intoSpan, long spanSamples, int count, float[] outgoing, float[] incoming) {
        for (int i = 0; i < count; i++) {
            double progress = (intoSpan + i + 0.5) / spanSamples;
            outgoing[i] = (float) outgoingGain(progress);
            incoming[i] = (float) incomingGain(progress);
        }
    }
}

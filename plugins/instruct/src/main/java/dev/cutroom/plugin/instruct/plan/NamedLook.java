package dev.cutroom.plugin.instruct.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The named looks of the {@code look} operation, each a documented grade of the plain look operations scaled by
 * the step's amount (0 leaves the picture alone, 1 is the full look), plus a split toning (shadows towards one
 * colour, highlights towards another) for the looks that need one. The plan shows one {@code look} step, so the
 * editor adjusts the whole grade with its amount after planning.
 */
public enum NamedLook {
    /** Gentle S-curve, slightly less colour, teal shadows and warm highlights, soft vignette. */
    CINEMATIC(0.05, 0.04),
    /** Strong teal shadows and orange highlights, a little more colour and contrast. */
    TEAL_ORANGE(0.2, 0.15),
    /** Black and white, hard contrast, dark corners. */
    FILM_NOIR(0, 0),
    /** Lifted blacks, lowered whites, washed-out colour. */
    FADED(0, 0),
    /** More colour, more contrast, a little sharpening. */
    PUNCHY(0, 0),
    /** Darker, cooler, less colour, more contrast, vignette. */
    MOODY(0.06, 0),
    /** Warm, slightly brighter, a little more colour. */
    WARM_SUMMER(0, 0),
    /** Soft picture, temporal noise, boosted colour: a worn camcorder tape. */
    VHS(0, 0),
    /** Half the colour, much more contrast. */
    BLEACH_BYPASS(0, 0),
    /** Dark, blue, desaturated: daylight made to look like night. */
    DAY_FOR_NIGHT(0.1, 0);

    /** The ids, in the plan's spelling ({@code teal-orange}). */
    public static final List<String> IDS = Arrays.stream(values()).map(NamedLook::id).toList();

    private final double shadowTeal;
    private final double highlightOrange;

    NamedLook(double shadowTeal, double highlightOrange) {
        this.shadowTeal = shadowTeal;
        this.highlightOrange = highlightOrange;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static NamedLook fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new PlanException("unknown look '" + id + "'; known: " + IDS));
    }

    /** How far shadows move towards teal (and highlights towards orange) at amount 1, for the split toning. */
    public double shadowTeal() {
        return shadowTeal;
    }

    public double highlightOrange() {
        return highlightOrange;
    }

    /** The grade at {@code a} (0..1) as plain look steps, applied in this order. */
    public List<Step> grade(double a) {
        List<Step> s = new ArrayList<>();
        switch (this) {
            case CINEMATIC -> {
                s.add(contrast(1 + 0.15 * a));
                s.add(saturation(1 - 0.1 * a));
                s.add(Step.of(OpKind.VIGNETTE, "strength", 0.3 * a));
            }
            case TEAL_ORANGE -> {
                s.add(contrast(1 + 0.1 * a));
                s.add(saturation(1 + 0.15 * a));
            }
            case FILM_NOIR -> {
                s.add(saturation(1 - a));
                s.add(contrast(1 + 0.5 * a));
                s.add(Step.of(OpKind.BRIGHTNESS, "amount", -0.05 * a));
                s.add(Step.of(OpKind.VIGNETTE, "strength", 0.6 * a));
            }
            case FADED -> {
                s.add(contrast(1 - 0.3 * a));
                s.add(Step.of(OpKind.BRIGHTNESS, "amount", 0.05 * a));
                s.add(saturation(1 - 0.35 * a));
            }
            case PUNCHY -> {
                s.add(contrast(1 + 0.2 * a));
                s.add(saturation(1 + 0.4 * a));
                s.add(Step.of(OpKind.SHARPEN, "amount", 0.3 * a));
            }
            case MOODY -> {
                s.add(Step.of(OpKind.BRIGHTNESS, "amount", -0.1 * a));
                s.add(contrast(1 + 0.15 * a));
                s.add(saturation(1 - 0.3 * a));
                s.add(Step.of(OpKind.COOLER, "amount", 0.15 * a));
                s.add(Step.of(OpKind.VIGNETTE, "strength", 0.4 * a));
            }
            case WARM_SUMMER -> {
                s.add(Step.of(OpKind.WARMER, "amount", 0.4 * a));
                s.add(Step.of(OpKind.BRIGHTNESS, "amount", 0.05 * a));
                s.add(saturation(1 + 0.15 * a));
            }
            case VHS -> {
                s.add(Step.of(OpKind.BLUR, "strength", 0.06 * a));
                s.add(saturation(1 + 0.2 * a));
                s.add(contrast(1 - 0.1 * a));
                s.add(Step.of(OpKind.FILM_GRAIN, "amount", 0.35 * a));
            }
            case BLEACH_BYPASS -> {
                s.add(saturation(1 - 0.55 * a));
                s.add(contrast(1 + 0.4 * a));
            }
            case DAY_FOR_NIGHT -> {
                s.add(Step.of(OpKind.BRIGHTNESS, "amount", -0.35 * a));
                s.add(saturation(1 - 0.5 * a));
                s.add(Step.of(OpKind.COOLER, "amount", 0.6 * a));
            }
        }
        return s;
    }

    private static Step contrast(double f) {
        return Step.of(OpKind.CONTRAST, "factor", f);
    }

    private static Step saturation(double f) {
        return Step.of(OpKind.SATURATION, "factor", f);
    }
}

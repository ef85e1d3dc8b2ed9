package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.NamedLook;
import dev.cutroom.plugin.instruct.plan.Step;
import java.util.Locale;

/**
 * FFmpeg filters for the look operations. JavaCV's FFmpeg is the LGPL build: {@code eq}, {@code hqdn3d} and
 * {@code boxblur} are missing (GPL), so brightness and contrast are {@code lutyuv} curves on luma, saturation is
 * {@code hue=s}, and denoise is {@code atadenoise} (adaptive temporal averaging). Every filter used here is
 * checked to exist by {@code FilterAvailabilityTest}.
 */
public final class LookFilters {
    /** Filters this class emits, for the availability check. */
    public static final java.util.List<String> USED = java.util.List.of(
            "hue", "colorchannelmixer", "curves", "colortemperature", "lutyuv", "vignette", "gblur", "unsharp",
            "noise", "atadenoise", "fade", "negate", "colorbalance");

    private LookFilters() {}

    /**
     * The filter for one look step.
     *
     * @param frameHeight picture height where the filter runs (blur radius is relative to it)
     * @param frames      frames in the take, for fades at the end
     * @param timing      plan-time to frame conversion
     * @param firstFrame  take frame where plan time 0 of the kept part lies (after trims)
     * @param lastFrame   take frame (exclusive) where the kept part ends
     */
    public static String of(Step step, int frameHeight, ClipTiming timing, int firstFrame, int lastFrame) {
        String filter = whole(step, frameHeight, timing, firstFrame, lastFrame);
        if (step.part() == null) return filter;
        // a part of the clip: every filter of the chain is enabled only between the part's take frames
        int a = firstFrame + timing.takeFrame(step.part().from());
        int b = firstFrame + timing.takeFrame(step.part().to()) - 1;
        return enabledBetween(filter, a, b);
    }

    /** Each filter of a chain switched on only for take frames {@code a..b} (FFmpeg's timeline editing). */
    static String enabledBetween(String chain, int a, int b) {
        StringBuilder out = new StringBuilder();
        for (String f : chain.split(",(?=[a-z]+=|[a-z]+$)")) {
            if (out.length() > 0) out.append(',');
            out.append(f).append(f.contains("=") ? ":" : "=").append("enable='between(n,").append(a).append(',').append(b).append(")'");
        }
        return out.toString();
    }

    private static String whole(Step step, int frameHeight, ClipTiming timing, int firstFrame, int lastFrame) {
        return switch (step.op()) {
            case INVERT -> "negate";
            case LOOK -> look(NamedLook.fromId(step.text("name")), step.number("amount"), frameHeight, timing, firstFrame, lastFrame);
            case BLACK_AND_WHITE -> "hue=s=0";
            case SEPIA -> sepia(step.number("amount"));
            case VINTAGE -> vintage(step.number("amount"));
            case WARMER -> "colortemperature=temperature=" + num(6500 - 3500 * step.number("amount"));
            case COOLER -> "colortemperature=temperature=" + num(6500 + 8000 * step.number("amount"));
            case BRIGHTNESS -> "lutyuv=y='clip(val+" + num(step.number("amount") * 128) + ",0,255)'";
            case CONTRAST -> "lutyuv=y='clip((val-128)*" + num(step.number("factor")) + "+128,0,255)'";
            case SATURATION -> "hue=s=" + num(step.number("factor"));
            case VIGNETTE -> "vignette=angle=" + num(0.05 + step.number("strength") * (Math.PI / 2 - 0.15));
            case BLUR -> "gblur=sigma=" + num(Math.max(0.01, step.number("strength") * 0.02 * frameHeight));
            case SHARPEN -> "unsharp=5:5:" + num(step.number("amount") * 2) + ":5:5:0";
            case FILM_GRAIN -> "noise=alls=" + Math.round(step.number("amount") * 40) + ":allf=t+u";
            case DENOISE -> denoise(step.number("strength"));
            case FADE_IN -> {
                int n = Math.min(lastFrame - firstFrame, timing.frames(step.number("duration")));
                yield "fade=t=in:s=" + firstFrame + ":n=" + n + ":c=" + hex(step.text("colour"));
            }
            case FADE_OUT -> {
                int n = Math.min(lastFrame - firstFrame, timing.frames(step.number("duration")));
                // FFmpeg reaches the colour n frames after s: end exactly on the last kept frame
                yield "fade=t=out:s=" + Math.max(firstFrame, lastFrame - 1 - n) + ":n=" + n + ":c=" + hex(step.text("colour"));
            }
            default -> throw new IllegalArgumentException(step.op().id() + " is not a look operation");
        };
    }

    /** A named look: its split toning (if any), then its grade of plain look operations. */
    static String look(NamedLook look, double amount, int frameHeight, ClipTiming timing, int firstFrame, int lastFrame) {
        java.util.List<String> chain = new java.util.ArrayList<>();
        double teal = look.shadowTeal() * amount;
        double orange = look.highlightOrange() * amount;
        if (teal > 0 || orange > 0) {
            chain.add("colorbalance=rs=" + num(-teal) + ":gs=" + num(teal * 0.3) + ":bs=" + num(teal)
                    + ":rh=" + num(orange) + ":gh=" + num(orange * 0.3) + ":bh=" + num(-orange));
        }
        for (Step s : look.grade(amount)) chain.add(whole(s, frameHeight, timing, firstFrame, lastFrame));
        return chain.isEmpty() ? "null" : String.join(",", chain);
    }

    /** Mixes the identity colour matrix with the classic sepia matrix by {@code a}. */
    static String sepia(double a) {
        double[] s = {0.393, 0.769, 0.189, 0.349, 0.686, 0.168, 0.272, 0.534, 0.131};
        String[] keys = {"rr", "rg", "rb", "gr", "gg", "gb", "br", "bg", "bb"};
        StringBuilder b = new StringBuilder("colorchannelmixer=");
        for (int i = 0; i < 9; i++) {
            double identity = i % 4 == 0 ? 1 : 0;
            if (i > 0) b.append(':');
            b.append(keys[i]).append('=').append(num(identity + a * (s[i] - identity)));
        }
        return b.toString();
    }

    private static String vintage(double a) {
        return "curves=preset=vintage," + sepia(0.35 * a) + ",vignette=angle=" + num(0.2 + 0.5 * a)
                + ",noise=alls=" + Math.round(6 + 10 * a) + ":allf=t+u";
    }

    private static String denoise(double s) {
        String a = num(0.02 + 0.1 * s);
        String b = num(0.04 + 0.25 * s);
        return "atadenoise=0a=" + a + ":1a=" + a + ":2a=" + a + ":0b=" + b + ":1b=" + b + ":2b=" + b;
    }

    /** {@code #rrggbb} as FFmpeg's {@code 0xRRGGBB}. */
    static String hex(String colour) {
        return "0x" + colour.substring(1).toUpperCase(Locale.ROOT);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}

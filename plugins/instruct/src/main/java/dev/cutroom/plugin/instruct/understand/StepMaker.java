package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.ParamSpec;
import dev.cutroom.plugin.instruct.plan.PlanException;
import dev.cutroom.plugin.instruct.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an operation's parameters from the clause that asked for it. Rules (documented once, here):
 * <ul>
 *   <li>intensity ({@link Intensity}) halves or doubles the default change from neutral; "by N%" is a change of
 *       N%, "to N%" a level of N%; 0..1 amounts read "N%" as N/100;</li>
 *   <li>speed: "slow down" alone is ×0.5, "speed up" alone ×2; "N times slower" is ×1/N; "by half" ×0.5.
 *       Like every factor, intensity scales the change from 1: "a bit faster" ×1.5, "a bit slower" ×0.75, "much
 *       faster" ×3; "much slower" would be ×0 by that rule, so it is ×0.25 (the default halving, twice).
 *       A speed written as a level is absolute: "at 25% (speed)", "to 25%", "25% of the speed", "to 0.25x", any
 *       "N x" below 1; a change is relative: "by 50%", "50% faster", "25% slower", "2x slower";</li>
 *   <li>zoom: "N x" and "to N%" are the zoom; "by N%", or a percentage below 100, is N% closer (×1.N);</li>
 *   <li>freeze: "at/on/from T" is the moment, "for T" how long; a lone time is the moment;</li>
 *   <li>titles: "from A to B" (or "between A and B") starts at A and lasts B − A;</li>
 *   <li>fades: "fade in/out" alone fades picture and sound (the sound fade is <em>implied</em>, so "but keep
 *       the sound" drops it quietly); a colour or "picture" means the picture only;</li>
 *   <li>volume: "halve" is −6 dB, "double" +6 dB, "N%" is 20·log10(N/100) dB rounded to 0.1;</li>
 *   <li>a title needs its words in quotes; nothing is made up.</li>
 * </ul>
 */
final class StepMaker {

    /** What one clause became: steps asked for, steps implied by them, or why it could not be made. */
    record Made(List<Step> explicit, List<Step> implied, String problem) {
        static Made of(Step... steps) {
            return new Made(List.of(steps), List.of(), null);
        }

        static Made failed(String problem) {
            return new Made(List.of(), List.of(), problem);
        }
    }

    private static final Pattern SLOW = Pattern.compile("\\bslow\\w*|\\bhalf speed\\b|\\bquarter\\b");
    private static final Pattern LESS = Pattern.compile("\\b(?:less|reduce\\w*|lower\\w*|decrease\\w*|tone down|desaturat\\w*|muted|flatter|down|cut|cutting|drop\\w*|lose|losing|weaken|pull back|take \\w+ off)\\b");
    private static final Pattern DARKER = Pattern.compile("\\b(?:dark\\w*|dim\\w*|less bright|reduce|lower|decrease|down)\\b");
    private static final Pattern QUIETER = Pattern.compile("\\b(?:quiet\\w*|lower|down|reduce|decrease|softer|less)\\b");
    private static final Pattern TO_PERCENT = Pattern.compile("\\bto (\\d+(?:\\.\\d+)?)\\s*(?:%|percent)");
    private static final Pattern SPEED_LEVEL_PERCENT = Pattern.compile(
            "\\b(?:at|to) (?:about |around )?\\d+(?:\\.\\d+)?\\s*(?:%|percent)|\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+"
                    + "(?:of (?:the |its )?(?:normal |original |full |real |regular )?)?(?:speed|pace|playback)\\b");
    private static final Pattern LEVEL_MULTIPLIER = Pattern.compile("\\b(?:at|to) (?:about |around )?\\d+(?:\\.\\d+)?\\s*(?:x\\b|×|times (?:the )?speed)");

    private final boolean smooth;
    private final boolean followSubject;

    /**
     * @param smooth        whether slow motion may interpolate frames (off after "without interpolation")
     * @param followSubject whether reframing follows the person (off after "keep it centred")
     */
    StepMaker(boolean smooth, boolean followSubject) {
        this.smooth = smooth;
        this.followSubject = followSubject;
    }

    Made make(OpKind op, String clause, String quote) {
        try {
            return switch (op) {
                case SPEED -> speed(clause);
                case BRIGHTNESS -> Made.of(Step.of(op, "amount", brightness(clause)));
                case CONTRAST, SATURATION -> Made.of(Step.of(op, "factor", factor(op, clause)));
                case SEPIA, VINTAGE, WARMER, COOLER, VIGNETTE, BLUR, SHARPEN, FILM_GRAIN, DENOISE, BACKGROUND_BLUR ->
                        Made.of(Step.of(op, op.params().get(0).name(), amount(op, clause)));
                case FADE_IN, FADE_OUT -> fade(op, clause);
                case AUDIO_FADE_IN, AUDIO_FADE_OUT -> Made.of(Step.of(op, "duration", Quantities.firstTime(clause).orElse(1)));
                case VOLUME -> Made.of(Step.of(op, "gainDb", gainDb(clause)));
                case TRIM_START, TRIM_END -> trim(op, clause);
                case KEEP_RANGE -> keepRange(clause);
                case FREEZE_FRAME -> freeze(clause);
                case REFRAME -> reframe(clause);
                case ROTATE -> Made.of(Step.of(op, "degrees", degrees(clause)));
                case FLIP -> Made.of(Step.of(op, "direction", clause.matches(".*\\b(?:vertical\\w*|upside)\\b.*") ? "vertical" : "horizontal"));
                case PUNCH_IN -> clause.matches(".*\\b(?:zoom(?:ing)? out|wider|pull back)\\b.*")
                        ? Made.failed("asks to zoom out, but a clip can only be punched in (its picture has nothing outside the frame)")
                        : Made.of(Step.of(op, "zoom", zoom(clause)));
                case BACKGROUND_REMOVE -> Made.of(Step.of(op, "output", clause.matches(".*\\b(?:transparent|alpha)\\b.*") ? "alpha" : "green"));
                case BACKGROUND_REPLACE -> quote != null ? Made.of(Step.of(op, "image", quote))
                        : Colours.find(clause).map(c -> Made.of(Step.of(op, "colour", c)))
                        .orElse(Made.failed("does not say the new background's colour or image"));
                case TITLE -> title(clause, quote);
                case BLACK_AND_WHITE, REVERSE, MUTE -> Made.of(Step.of(op));
            };
        } catch (PlanException e) {
            return Made.failed("asks for a value outside what " + op.label() + " allows (" + e.getMessage() + ")");
        }
    }

    /** "run it in reverse at double speed" asks for both: reverse and speed, in the order written. */
    private static final Pattern REVERSED = Pattern.compile("\\b(?:in reverse|revers\\w*|backwards?|rewind\\w*)\\b");

    private Made speed(String c) {
        Step speed = Step.of(OpKind.SPEED, "factor", speedFactor(c), "smooth", smooth);
        Matcher r = REVERSED.matcher(c);
        if (!r.find()) return Made.of(speed);
        Matcher s = SPEED_WORD.matcher(c);
        boolean reverseFirst = !s.find() || r.start() < s.start();
        return reverseFirst ? Made.of(Step.of(OpKind.REVERSE), speed) : Made.of(speed, Step.of(OpKind.REVERSE));
    }

    private static final Pattern SPEED_WORD = Pattern.compile("\\b(?:slow\\w*|speed\\w*|fast\\w*|quick\\w*|double|twice|half|halve\\w*|playback|\\d)");

    private static double speedFactor(String c) {
        boolean slow = SLOW.matcher(c).find();
        OptionalDouble mult = Quantities.multiplier(c);
        if (mult.isPresent()) {
            double m = mult.getAsDouble();
            boolean level = m < 1 || LEVEL_MULTIPLIER.matcher(c).find();
            return slow && !level ? 1 / m : m;
        }
        OptionalDouble pct = Quantities.percent(c);
        if (pct.isPresent()) {
            if (SPEED_LEVEL_PERCENT.matcher(c).find()) return pct.getAsDouble() / 100;
            return slow ? 1 - pct.getAsDouble() / 100 : 1 + pct.getAsDouble() / 100;
        }
        if (c.matches(".*\\b(?:by half|half speed|half the speed|half as fast|halve[sd]?|halving|slow[- ]?mo\\w*)\\b.*")) return 0.5;
        if (c.matches(".*\\bquarter\\b.*")) return 0.25;
        if (c.matches(".*\\b(?:twice|double)\\b.*")) return slow ? 0.5 : 2;
        return switch (Intensity.of(c)) { // the change from 1 (+1 faster, -0.5 slower), halved or doubled
            case SLIGHT -> slow ? 0.75 : 1.5;
            case NORMAL -> slow ? 0.5 : 2;
            case STRONG -> slow ? 0.25 : 3;
        };
    }

    private static double brightness(String c) {
        boolean down = c.contains("too bright") || (!c.contains("too dark") && DARKER.matcher(c).find());
        double sign = down ? -1 : 1;
        OptionalDouble pct = Quantities.percent(c);
        if (pct.isPresent()) return sign * pct.getAsDouble() / 100;
        return sign * 0.15 * Intensity.of(c).scale;
    }

    private static double factor(OpKind op, String c) {
        OptionalDouble pct = Quantities.percent(c);
        boolean less = LESS.matcher(c).find();
        if (pct.isPresent()) {
            if (TO_PERCENT.matcher(c).find()) return pct.getAsDouble() / 100;
            return less ? 1 - pct.getAsDouble() / 100 : 1 + pct.getAsDouble() / 100;
        }
        double change = ((Double) op.params().get(0).defaultValue() - 1) * Intensity.of(c).scale;
        return less ? 1 - change : 1 + change;
    }

    private static double amount(OpKind op, String c) {
        ParamSpec spec = op.params().get(0);
        OptionalDouble pct = Quantities.percent(c);
        if (pct.isPresent()) return pct.getAsDouble() / 100;
        return Math.min(spec.max(), (Double) spec.defaultValue() * Intensity.of(c).scale);
    }

    private static Made fade(OpKind op, String c) {
        double duration = Quantities.firstTime(c).orElse(1);
        String colour = Colours.find(c).orElse("#000000");
        Step picture = Step.of(op, "duration", duration, "colour", colour);
        boolean pictureOnly = Colours.find(c).isPresent() || c.matches(".*\\b(?:picture|image|video|colou?r)\\b.*");
        if (pictureOnly) return Made.of(picture);
        OpKind sound = op == OpKind.FADE_IN ? OpKind.AUDIO_FADE_IN : OpKind.AUDIO_FADE_OUT;
        return new Made(List.of(picture), List.of(Step.of(sound, "duration", duration)), null);
    }

    private static double gainDb(String c) {
        boolean down = QUIETER.matcher(c).find();
        double sign = down ? -1 : 1;
        OptionalDouble db = Quantities.decibels(c);
        if (db.isPresent()) return db.getAsDouble() < 0 ? db.getAsDouble() : sign * db.getAsDouble(); // "-3 dB" is signed
        if (c.matches(".*\\b(?:halve|half)\\b.*")) return -6;
        if (c.matches(".*\\b(?:double|twice as loud)\\b.*")) return 6;
        OptionalDouble pct = Quantities.percent(c);
        if (pct.isPresent()) return Math.round(200 * Math.log10(pct.getAsDouble() / 100)) / 10.0;
        return sign * 3 * Intensity.of(c).scale;
    }

    private static Made freeze(String c) {
        OptionalDouble duration = Quantities.timeAfter(c, "for");
        OptionalDouble at = Quantities.timeAfter(c, "(?:at|on|from)");
        if (at.isEmpty()) { // "freeze 2 s in for 3 s": the time that is not the duration
            for (Quantities.Time t : Quantities.times(c)) {
                if (duration.isEmpty() || t.seconds() != duration.getAsDouble()) {
                    at = OptionalDouble.of(t.seconds());
                    break;
                }
            }
        }
        return Made.of(Step.of(OpKind.FREEZE_FRAME, "at", at.orElse(0), "duration", duration.orElse(0)));
    }

    private static Made trim(OpKind op, String c) {
        OptionalDouble t = Quantities.firstTime(c);
        if (t.isEmpty()) return Made.failed("does not say how much to trim (e.g. \"the first 3 seconds\")");
        return Made.of(Step.of(op, "duration", t.getAsDouble()));
    }

    private static Made keepRange(String c) {
        double[] r = Quantities.range(c);
        if (r != null) return Made.of(Step.of(OpKind.KEEP_RANGE, "from", r[0], "to", r[1]));
        OptionalDouble t = Quantities.firstTime(c);
        if (t.isPresent() && c.matches(".*\\bfirst\\b.*")) return Made.of(Step.of(OpKind.KEEP_RANGE, "from", 0.0, "to", t.getAsDouble()));
        return Made.failed("does not say which part to keep (e.g. \"from 0:05 to 0:12\")");
    }

    /** A frame shape: a known one ("4:3" too, to refuse it by name) or N:M with a one-digit M (m:ss is a time). */
    static final Pattern ASPECT = Pattern.compile("\\b(?:(\\d{1,2}):(\\d)|(9:16|16:9|21:9|9:21))\\b(?![.:]\\d)");

    private Made reframe(String c) {
        String aspect;
        Matcher m = ASPECT.matcher(c);
        if (m.find()) {
            aspect = m.group(3) != null ? m.group(3) : m.group(1) + ":" + m.group(2);
            List<String> allowed = OpKind.REFRAME.param("aspect").orElseThrow().choices();
            if (!allowed.contains(aspect)) {
                return Made.failed("asks for the frame shape " + aspect + ", which is not supported (supported: " + String.join(", ", allowed) + ")");
            }
        } else if (c.matches(".*\\bsquare\\b.*")) {
            aspect = "1:1";
        } else if (c.matches(".*\\b(?:widescreen|wide screen|landscape|horizontal|youtube|tv|cinematic|desktop)\\b.*")
                && !c.matches(".*\\b(?:shorts|vertical|portrait)\\b.*")) {
            aspect = "16:9";
        } else if (c.matches(".*\\b(?:instagram (?:portrait|feed|post)|feed post)\\b.*")) {
            aspect = "4:5";
        } else {
            aspect = "9:16"; // vertical, portrait, phone, stories, or just "crop": the plan shows it
        }
        return Made.of(Step.of(OpKind.REFRAME, "aspect", aspect, "followSubject", followSubject));
    }

    private static double degrees(String c) {
        if (c.matches(".*\\bupside down\\b.*")) return 180;
        double d = Quantities.degrees(c).orElse(90);
        boolean anticlockwise = c.matches(".*\\b(?:counter|anti)[- ]?clockwise\\b.*|.*\\bleft\\b.*");
        return anticlockwise ? -Math.abs(d) : d;
    }

    private static double zoom(String c) {
        OptionalDouble mult = Quantities.multiplier(c);
        if (mult.isPresent()) return mult.getAsDouble();
        OptionalDouble pct = Quantities.percent(c);
        if (pct.isPresent()) {
            double p = pct.getAsDouble();
            return p < 100 || c.matches(".*\\bby \\d+(?:\\.\\d+)?\\s*(?:%|percent).*") ? 1 + p / 100 : p / 100;
        }
        return 1 + 0.2 * Intensity.of(c).scale;
    }

    private static final Pattern TITLE_SIZE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:%|percent) (?:of (?:the )?(?:frame|screen|picture|image|video)(?:'?s)? ?(?:height)?|(?:tall|high)\\b|(?:text )?(?:size|height)\\b)"
                    + "|\\b(?:size|height) (?:of )?(\\d+(?:\\.\\d+)?)\\s*(?:%|percent)");

    private static Made title(String c, String quote) {
        if (quote == null || quote.isBlank()) return Made.failed("does not give the words to show; put them in quotes, e.g. add the title 'Day one'");
        String rest = c.replaceAll(TextNormaliser.ANY_MARK + "\\d+", " ");
        List<Object> params = new ArrayList<>(List.of("text", quote));
        Positions.find(rest).ifPresent(p -> params.addAll(List.of("position", p)));
        if (rest.matches(".*\\b(?:big|large|huge|giant)\\b.*")) params.addAll(List.of("size", 0.16));
        if (rest.matches(".*\\b(?:small|tiny)\\b.*")) params.addAll(List.of("size", 0.04));
        Matcher share = TITLE_SIZE.matcher(rest); // "at 10% of the frame height", "12% tall"
        if (share.find()) {
            int i = params.indexOf("size");
            if (i >= 0) { params.remove(i + 1); params.remove(i); }
            params.addAll(List.of("size", Double.parseDouble(share.group(1) != null ? share.group(1) : share.group(2)) / 100));
        }
        Colours.find(rest).ifPresent(col -> params.addAll(List.of("colour", col)));
        double[] range = Quantities.range(rest);
        if (range != null && range[1] > range[0] && !rest.matches(".*\\bfor (?:the first )?\\d[^a-z]*(?:s|secs?|seconds?)? ?(?:to|-|until|till) .*")) {
            params.addAll(List.of("start", range[0], "duration", range[1] - range[0])); // "from 2s to 5s"
        } else {
            Quantities.timeAfter(rest, "(?:after|from|starting at|at)").ifPresent(s -> params.addAll(List.of("start", s)));
            Quantities.timeAfter(rest, "for(?: the first)?").ifPresent(d -> params.addAll(List.of("duration", d)));
        }
        return Made.of(Step.of(OpKind.TITLE, params.toArray()));
    }
}

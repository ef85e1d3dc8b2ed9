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
    private static final Pattern LESS = Pattern.compile("\\bdial\\w*\\b.*\\bback\\b|\\bback off\\b|\\brein (?:it |\\w+ )?in\\b|\\b(?:less|reduce\\w*|lower\\w*|decrease\\w*|tone down|desaturat\\w*|muted|flatter|down|cut|cutting|drop\\w*|lose|losing|weaken|pull back|take \\w+ off)\\b");
    private static final Pattern DARKER = Pattern.compile("\\b(?:dark\\w*|dim\\w*|less bright|reduc\\w*|lower\\w*|decreas\\w*|down|drop\\w*|cut|take \\w+ off)\\b");
    private static final Pattern QUIETER = Pattern.compile("\\b(?:quiet\\w*|lower|down|reduce|decrease|softer|less)\\b");
    private static final Pattern TO_PERCENT = Pattern.compile("\\bto (\\d+(?:\\.\\d+)?)\\s*(?:%|percent)");
    private static final Pattern SPEED_LEVEL_PERCENT = Pattern.compile(
            "\\b(?:at|to) (?:about |around )?\\d+(?:\\.\\d+)?\\s*(?:%|percent)|\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+"
                    + "(?:of (?:the |its )?(?:normal |original |full |real |regular )?)?(?:speed|pace|playback)\\b");
    private static final Pattern LEVEL_MULTIPLIER = Pattern.compile("\\b(?:at|to) (?:about |around )?\\d+(?:\\.\\d+)?\\s*(?:x\\b|×|times (?:the )?speed)");

    private final boolean smooth;
    private final boolean followSubject;
    private final boolean keepPitch;
    private final double clipSeconds;

    /**
     * @param smooth        whether slow motion may interpolate frames (off after "without interpolation")
     * @param followSubject whether reframing follows the person (off after "keep it centred")
     * @param keepPitch     whether speed changes keep the sound's pitch ("without the chipmunk voice")
     * @param clipSeconds   the clip's length as it plays (NaN: unknown), for titles placed from the end
     */
    StepMaker(boolean smooth, boolean followSubject, boolean keepPitch, double clipSeconds) {
        this.smooth = smooth;
        this.followSubject = followSubject;
        this.keepPitch = keepPitch;
        this.clipSeconds = clipSeconds;
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
                case BLACK_AND_WHITE, REVERSE, MUTE, INVERT -> Made.of(Step.of(op));
                case LOOK -> look(clause);
                case FIT_DURATION -> Quantities.times(clause).isEmpty() ? Made.failed("does not say how long the clip should last")
                        : Made.of(Step.of(op, "duration", Quantities.times(clause).getLast().seconds()));
                case LETTERBOX -> clause.matches(".*\\b(?:remove|removing|crop (?:out|off)|get rid of|lose|cut (?:out|off)|take (?:out|off)|without|no)\\b.*")
                        ? Made.failed("asks to remove bars, which this plugin cannot find in the picture; crop a share of the edges instead (e.g. crop 12% off the top and bottom)")
                        : Made.of(Step.of(op, "aspect", letterbox(clause)));
                case CROP -> crop(clause);
                case SCALE -> Made.of(Step.of(op, "factor", scale(clause)));
                case SHIFT -> shift(clause);
                case PIP -> pip(clause);
                case KEN_BURNS -> kenBurns(clause);
                case STABILISE, AUDIO_DENOISE -> Made.of(Step.of(op, op.params().get(0).name(), amount(op, clause)));
                case NORMALISE -> Made.of(Step.of(op, "loudness", loudness(clause)));
            };
        } catch (PlanException e) {
            return Made.failed("asks for a value outside what " + op.label() + " allows (" + e.getMessage() + ")");
        }
    }

    /** "run it in reverse at double speed" asks for both: reverse and speed, in the order written. */
    private static final Pattern REVERSED = Pattern.compile("\\b(?:in reverse|revers\\w*|backwards?|rewind\\w*)\\b");

    private Made speed(String c) {
        Step speed = Step.of(OpKind.SPEED, "factor", speedFactor(c), "smooth", smooth, "keepPitch", keepPitch);
        Matcher r = REVERSED.matcher(c);
        if (!r.find()) return Made.of(speed);
        Matcher s = SPEED_WORD.matcher(c);
        boolean reverseFirst = !s.find() || r.start() < s.start();
        return reverseFirst ? Made.of(Step.of(OpKind.REVERSE), speed) : Made.of(speed, Step.of(OpKind.REVERSE));
    }

    private static final Pattern SPEED_WORD = Pattern.compile("\\b(?:slow\\w*|speed\\w*|fast\\w*|quick\\w*|double|twice|half|halve\\w*|playback|\\d)");

    private static double speedFactor(String c) {
        if (c.matches(".*\\b(?:twice as long|double (?:the |its )?(?:length|duration))\\b.*")) return 0.5; // the length, not the speed
        if (c.matches(".*\\b(?:three times as long|triple (?:the |its )?(?:length|duration))\\b.*")) return 1 / 3.0;
        if (c.matches(".*\\b(?:half as long|halve (?:the |its )?(?:length|duration))\\b.*")) return 2;
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
        if (c.matches(".*\\b(?:each|both|either) (?:end|ends|side|sides)\\b.*")) { // "a second off each end"
            return Made.of(Step.of(OpKind.TRIM_START, "duration", t.getAsDouble()), Step.of(OpKind.TRIM_END, "duration", t.getAsDouble()));
        }
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
    static final Pattern ASPECT = Pattern.compile("(?<![\\d.])(?:(\\d{1,2}):(\\d)|(9:16|16:9|21:9|9:21))\\b(?![.:]\\d)");

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

    private Made title(String c, String quote) {
        if (quote == null || quote.isBlank()) return Made.failed("does not give the words to show (e.g. add the title 'Day one', or write Day one at the top)");
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
        ClipParts.Result part = ClipParts.find(rest, clipSeconds, false);
        if (part.part().isPresent()) {
            ClipParts.Found f = part.part().get();
            params.addAll(List.of("start", f.from(), "duration", f.to() - f.from()));
            return Made.of(Step.of(OpKind.TITLE, params.toArray()));
        }
        if (rest.matches(".*\\b(?:at|by|near|towards|toward|for) the (?:very )?end\\b.*|.*\\bat the finish\\b.*")) { // the last 2 seconds
            if (Double.isNaN(clipSeconds)) return Made.failed("is placed from the end, but the clip's length is not known");
            double d = Math.min(2, clipSeconds);
            params.addAll(List.of("start", clipSeconds - d, "duration", d));
            return Made.of(Step.of(OpKind.TITLE, params.toArray()));
        }
        double[] range = Quantities.range(rest);
        if (range != null && range[1] > range[0] && !rest.matches(".*\\bfor (?:the first )?\\d[^a-z]*(?:s|secs?|seconds?)? ?(?:to|-|until|till) .*")) {
            params.addAll(List.of("start", range[0], "duration", range[1] - range[0])); // "from 2s to 5s"
        } else {
            Quantities.timeAfter(rest, "(?:after|from|starting at|at)").ifPresent(s -> params.addAll(List.of("start", s)));
            Quantities.timeAfter(rest, "for(?: the first)?").ifPresent(d -> params.addAll(List.of("duration", d)));
        }
        return Made.of(Step.of(OpKind.TITLE, params.toArray()));
    }

    private static Made look(String c) {
        String name;
        if (c.matches(".*\\b(?:teal|blockbuster)\\b.*")) name = "teal-orange";
        else if (c.matches(".*\\b(?:noir|1940s|detective film)\\b.*")) name = "film-noir";
        else if (c.matches(".*\\b(?:washed[- ]out|matte|faded|fade(?:d)? look)\\b.*")) name = "faded";
        else if (c.matches(".*\\b(?:pop|punchy|vivid)\\b.*")) name = "punchy";
        else if (c.matches(".*\\bmoody\\b.*")) name = "moody";
        else if (c.matches(".*\\bsumm?e\\w*\\b.*")) name = "warm-summer";
        else if (c.matches(".*\\b(?:vhs|camcorder|home (?:video|movie))\\b.*")) name = "vhs";
        else if (c.matches(".*\\b(?:bleach|war film)\\b.*")) name = "bleach-bypass";
        else if (c.matches(".*\\b(?:night|nighttime|day[- ]for[- ]night)\\b.*")) name = "day-for-night";
        else name = "cinematic";
        OptionalDouble pct = Quantities.percent(c);
        double amount = pct.isPresent() ? pct.getAsDouble() / 100 : Math.min(1, Intensity.of(c).scale);
        return Made.of(Step.of(OpKind.LOOK, "name", name, "amount", amount));
    }

    private static String letterbox(String c) {
        if (c.matches(".*\\b2\\.35\\b.*")) return "2.35:1";
        if (c.matches(".*\\b1\\.85\\b.*")) return "1.85:1";
        if (c.matches(".*(?<![\\d.])2\\s*:\\s*1\\b.*|.*\\bunivisium\\b.*")) return "2:1";
        if (c.matches(".*\\b4:3\\b.*")) return "4:3";
        return "2.39:1";
    }

    /** "crop 5% off the sides": each side named gets the share; "a few percent" or no amount is 5%. */
    private static Made crop(String c) {
        OptionalDouble pct = Quantities.percent(c);
        double share = pct.isPresent() ? pct.getAsDouble() / 100 : Math.min(0.45, 0.05 * Intensity.of(c).scale);
        boolean left = false, right = false, top = false, bottom = false;
        if (c.matches(".*\\b(?:sides|left and right|both sides)\\b.*")) left = right = true;
        if (c.matches(".*\\btop and bottom\\b.*|.*\\bbottom and top\\b.*")) top = bottom = true;
        if (c.matches(".*\\bleft\\b.*")) left = true;
        if (c.matches(".*\\bright\\b.*")) right = true;
        if (c.matches(".*\\btop\\b.*")) top = true;
        if (c.matches(".*\\bbottom\\b.*")) bottom = true;
        if (!(left || right || top || bottom)) left = right = top = bottom = true; // "the edges", "crop a little"
        List<Object> p = new ArrayList<>();
        if (left) p.addAll(List.of("left", share));
        if (right) p.addAll(List.of("right", share));
        if (top) p.addAll(List.of("top", share));
        if (bottom) p.addAll(List.of("bottom", share));
        return Made.of(Step.of(OpKind.CROP, p.toArray()));
    }

    private static double scale(String c) {
        OptionalDouble mult = Quantities.multiplier(c);
        if (mult.isPresent() && mult.getAsDouble() <= 1) return mult.getAsDouble();
        OptionalDouble pct = Quantities.percent(c);
        if (pct.isPresent()) return c.matches(".*\\bby \\d+(?:\\.\\d+)?\\s*(?:%|percent).*") ? 1 - pct.getAsDouble() / 100 : pct.getAsDouble() / 100;
        if (c.matches(".*\\b(?:half|halve)\\b.*")) return 0.5;
        if (c.matches(".*\\bquarter\\b.*")) return 0.25;
        return switch (Intensity.of(c)) {
            case SLIGHT -> 0.75;
            case NORMAL -> 0.5;
            case STRONG -> 0.25;
        };
    }

    /** "shift it left": 10% of the frame that way; "a bit" halves it, "a lot" doubles it, "by N%" says it. */
    private static final Pattern SHIFT_EACH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:%|percent) (?:to the |towards the )?(left|right|up|down)\\b");

    private static Made shift(String c) {
        OptionalDouble pct = Quantities.percent(c);
        double a = pct.isPresent() ? pct.getAsDouble() / 100 : 0.1 * Intensity.of(c).scale;
        double x = 0, y = 0;
        Matcher each = SHIFT_EACH.matcher(c); // "20% left and 10% down": a share for each way
        while (each.find()) {
            double v = Double.parseDouble(each.group(1)) / 100;
            switch (each.group(2)) {
                case "left" -> x = -v;
                case "right" -> x = v;
                case "up" -> y = -v;
                default -> y = v;
            }
        }
        if (x != 0 && y != 0) return Made.of(Step.of(OpKind.SHIFT, "x", x, "y", y));
        if (c.matches(".*\\bleft\\w*\\b.*")) x = -a;
        else if (c.matches(".*\\bright\\w*\\b.*")) x = a;
        if (c.matches(".*\\bup\\w*\\b.*")) y = -a;
        else if (c.matches(".*\\bdown\\w*\\b.*")) y = a;
        if (x == 0 && y == 0) return Made.failed("does not say which way to shift the picture (left, right, up or down)");
        return Made.of(Step.of(OpKind.SHIFT, "x", x, "y", y));
    }

    private static Made pip(String c) {
        if (c.matches(".*\\b(?:of|with|from|showing) (?:clip|another|the other|a second|second|my other|a different)\\b.*|.*\\bclip \\d.*")) {
            return Made.failed("puts another clip into the picture, which this plugin cannot do: picture-in-picture here makes this clip small in a corner");
        }
        List<Object> p = new ArrayList<>();
        Positions.find(c).filter(pos -> pos.contains("-") && !pos.equals("lower-third")).ifPresent(pos -> p.addAll(List.of("position", pos)));
        OptionalDouble pct = Quantities.percent(c);
        if (pct.isPresent()) p.addAll(List.of("size", pct.getAsDouble() / 100));
        return Made.of(Step.of(OpKind.PIP, p.toArray()));
    }

    private static Made kenBurns(String c) {
        List<Object> p = new ArrayList<>();
        boolean out = c.matches(".*\\b(?:zoom(?:s|ing)? out|pull(?:s|ing)? (?:back|out)|widen\\w*)\\b.*");
        if (out) p.addAll(List.of("direction", "out"));
        OptionalDouble mult = Quantities.multiplier(c);
        OptionalDouble pct = Quantities.percent(c);
        if (mult.isPresent()) p.addAll(List.of("zoom", mult.getAsDouble()));
        else if (pct.isPresent()) p.addAll(List.of("zoom", 1 + pct.getAsDouble() / 100));
        else if (Intensity.of(c) != Intensity.NORMAL) p.addAll(List.of("zoom", Math.min(2, 1 + 0.2 * Intensity.of(c).scale)));
        Matcher pan = Pattern.compile("\\b(left|right|up|down)(?:wards?)?\\b").matcher(c);
        if (pan.find()) p.addAll(List.of("pan", pan.group(1)));
        return Made.of(Step.of(OpKind.KEN_BURNS, p.toArray()));
    }

    /** A loudness target: "-16 LUFS" (the sign is implied), podcast −16, broadcast −23, web −14 (the default). */
    private static double loudness(String c) {
        Matcher m = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(?:lufs|lkfs|lu)\\b").matcher(c);
        if (m.find()) return -Math.abs(Double.parseDouble(m.group(1)));
        if (c.matches(".*\\bpodcasts?\\b.*")) return -16;
        if (c.matches(".*\\b(?:broadcast|tv|television|ebu|r128|r 128)\\b.*")) return -23;
        return -14;
    }
}

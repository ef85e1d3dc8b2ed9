package dev.cutroom.plugin.instruct.understand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of the clip named in a clause ("the last 3 seconds", "from 0:02 to 0:05", "the middle second", "the first
 * half"), in seconds of the clip as it plays, and the clause without those words (so their numbers are not read as
 * the operation's values). Parts measured from the end or the middle need the clip's length; without it they are
 * reported as needing it.
 */
final class ClipParts {

    /** A part found: seconds from the clip's start, and the clause without the words that named it. */
    record Found(double from, double to, String rest) {
    }

    /** What was found: a part, a part that needs the clip's length (unknown), or nothing. */
    record Result(Optional<Found> part, boolean needsLength) {
        static final Result NONE = new Result(Optional.empty(), false);
    }

    private static final String T = "(\\d{1,2}:\\d{2}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "\\s*(?:s\\b|secs?\\b|seconds?\\b)?";
    private static final String LEAD = "(?:(?:for|during|over|in|on|across|throughout|just|only) )*(?:the )?";
    private static final Pattern BETWEEN = Pattern.compile("\\b(?:(?:for|during|over|in|on) )?(?:the (?:part|bit|section|stretch) )?(?:from|between) " + T + UNIT
            + "\\s*(?:to|and|until|till|-)\\s*" + T + UNIT);
    private static final Pattern BARE_RANGE = Pattern.compile("\\b" + LEAD + T + UNIT + "\\s*(?:-|to|until|till)\\s*" + T + UNIT);
    private static final Pattern FIRST = Pattern.compile("\\b" + LEAD + "(?:first|opening) (?:(" + "\\d+(?:\\.\\d+)?" + ")\\s*)?(seconds?|secs?|s|minutes?|mins?)\\b");
    private static final Pattern LAST = Pattern.compile("\\b" + LEAD + "(?:very )?(?:last|final|closing|ending) (?:(" + "\\d+(?:\\.\\d+)?" + ")\\s*)?(seconds?|secs?|s|minutes?|mins?)\\b");
    private static final Pattern MIDDLE = Pattern.compile("\\b" + LEAD + "middle (?:(" + "\\d+(?:\\.\\d+)?" + ")\\s*)?(seconds?|secs?|s)\\b");
    private static final Pattern HALF = Pattern.compile("\\b" + LEAD + "(first|second|last|latter) half\\b(?: of (?:the |it|this)(?:clip|video|shot)?)?");
    private static final Pattern FROM_ON = Pattern.compile("\\b(?:from|after|starting at|starting from|beginning at) " + T + UNIT + "(?: (?:on|onwards|onward|to the end|until the end|till the end))?");
    private static final Pattern UNTIL = Pattern.compile("\\b(?:until|till|up to|before) " + T + UNIT);

    private ClipParts() {
    }

    /** The part of the clip the clause names, on a clip {@code length} seconds long (NaN: unknown). */
    static Result find(String clause, double length) {
        return find(clause, length, true);
    }

    /** @param openEnded whether "from 3 s (on)" and "until 5 s" count (not for titles, whose "after 2 s" is a start) */
    static Result find(String clause, double length, boolean openEnded) {
        Matcher m = BETWEEN.matcher(clause);
        if (m.find()) return found(time(m.group(1)), time(m.group(2)), clause, m);
        m = BARE_RANGE.matcher(clause);
        if (m.find() && (m.group().contains(":") || m.group().matches(".*\\d\\s*(?:s|secs?|seconds?)\\b.*"))) return found(time(m.group(1)), time(m.group(2)), clause, m);
        m = FIRST.matcher(clause);
        if (m.find()) return found(0, amount(m.group(1), m.group(2)), clause, m);
        m = HALF.matcher(clause);
        if (m.find()) {
            if (Double.isNaN(length)) return new Result(Optional.empty(), true);
            return m.group(1).equals("first") ? found(0, length / 2, clause, m) : found(length / 2, length, clause, m);
        }
        m = LAST.matcher(clause);
        if (m.find()) {
            if (Double.isNaN(length)) return new Result(Optional.empty(), true);
            return found(Math.max(0, length - amount(m.group(1), m.group(2))), length, clause, m);
        }
        m = MIDDLE.matcher(clause);
        if (m.find()) {
            if (Double.isNaN(length)) return new Result(Optional.empty(), true);
            double d = amount(m.group(1), m.group(2));
            return found(length / 2 - d / 2, length / 2 + d / 2, clause, m);
        }
        if (!openEnded) return Result.NONE;
        m = FROM_ON.matcher(clause);
        if (m.find()) {
            if (Double.isNaN(length)) return new Result(Optional.empty(), true);
            return found(time(m.group(1)), length, clause, m);
        }
        m = UNTIL.matcher(clause);
        if (m.find()) return found(0, time(m.group(1)), clause, m);
        return Result.NONE;
    }

    private static Result found(double from, double to, String clause, Matcher m) {
        if (!(to > from)) return Result.NONE;
        String rest = (clause.substring(0, m.start()) + " " + clause.substring(m.end())).replaceAll("\\s+", " ").strip();
        return new Result(Optional.of(new Found(from, to, rest)), false);
    }

    private static double amount(String n, String unit) {
        double v = n == null ? 1 : Double.parseDouble(n);
        return unit.startsWith("m") ? v * 60 : v;
    }

    private static double time(String s) {
        if (s.contains(":")) {
            String[] p = s.split(":");
            return Integer.parseInt(p[0]) * 60 + Double.parseDouble(p[1]);
        }
        return Double.parseDouble(s);
    }
}

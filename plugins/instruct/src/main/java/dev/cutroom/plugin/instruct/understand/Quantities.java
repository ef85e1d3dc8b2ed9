package dev.cutroom.plugin.instruct.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, durations, time codes, percentages, multipliers and decibels in an instruction clause that
 * {@link TextNormaliser} has already turned into digits ("one and a half" is 1.5 by then).
 */
final class Quantities {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern TIMECODE = Pattern.compile("\\b(\\d{1,2}):(\\d{2}(?:\\.\\d+)?)\\b");
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.:])" + NUM + "\\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\\b");
    private static final Pattern LONE_UNIT = Pattern.compile("\\b(?:the |a )?(?:first|last|final|one)? ?(second|minute)\\b");
    private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*(?:%|percent\\b)");
    private static final Pattern MULTIPLIER = Pattern.compile(NUM + "\\s*(?:x\\b|times\\b|×)");
    /** Decibels, signed when written so ("-3 dB" is a cut, whatever the verb). */
    private static final Pattern DECIBELS = Pattern.compile("((?<![\\w.])[-+]?\\d+(?:\\.\\d+)?)\\s*(?:dbs?|decibels?)\\b");
    private static final Pattern DEGREES = Pattern.compile("(-?" + NUM.substring(1) + "\\s*(?:degrees?|deg\\b|°)");
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{1,2}:\\d{2}|\\d+(?:\\.\\d+)?)\\s*(?:s|secs?|seconds?)?\\s*(?:to|and|until|till|-)\\s*(\\d{1,2}:\\d{2}|\\d+(?:\\.\\d+)?)");

    private Quantities() {
    }

    /** A time written as seconds ("2 seconds", "500 ms", "1.5 min") or as a time code ("1:30"). */
    record Time(int at, double seconds) {
    }

    /** Every time in the clause, in the order written. */
    static List<Time> times(String clause) {
        List<Time> out = new ArrayList<>();
        Matcher tc = TIMECODE.matcher(clause);
        while (tc.find()) out.add(new Time(tc.start(), Integer.parseInt(tc.group(1)) * 60 + Double.parseDouble(tc.group(2))));
        Matcher d = DURATION.matcher(clause);
        while (d.find()) out.add(new Time(d.start(), Double.parseDouble(d.group(1)) * unitSeconds(d.group(2))));
        if (out.isEmpty()) {
            Matcher lone = LONE_UNIT.matcher(clause); // "the last second": one of that unit
            if (lone.find()) out.add(new Time(lone.start(), lone.group(1).equals("minute") ? 60 : 1));
        }
        out.sort(java.util.Comparator.comparingInt(Time::at));
        return out;
    }

    /** The first time after {@code word} ("at 2 seconds", "for 3 s"), if any. */
    static OptionalDouble timeAfter(String clause, String word) {
        Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(clause);
        while (m.find()) {
            for (Time t : times(clause)) {
                if (t.at() >= m.end() && t.at() <= m.end() + 2) return OptionalDouble.of(t.seconds());
            }
        }
        return OptionalDouble.empty();
    }

    /** The first time in the clause, if any. */
    static OptionalDouble firstTime(String clause) {
        List<Time> all = times(clause);
        return all.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(all.get(0).seconds());
    }

    /** "10 to 20 seconds", "0:05 and 0:12": [from, to] in seconds. */
    static double[] range(String clause) {
        Matcher m = RANGE.matcher(clause);
        if (!m.find()) return null;
        return new double[] {timeValue(m.group(1)), timeValue(m.group(2))};
    }

    static OptionalDouble percent(String clause) {
        return first(PERCENT, clause);
    }

    static OptionalDouble multiplier(String clause) {
        return first(MULTIPLIER, clause);
    }

    static OptionalDouble decibels(String clause) {
        return first(DECIBELS, clause);
    }

    /** "90 degrees", "90°"; else a bare number right after the verb ("rotate it 180", "turn it by 90"). */
    static OptionalDouble degrees(String clause) {
        OptionalDouble d = first(DEGREES, clause);
        return d.isPresent() ? d : first(BARE_DEGREES, clause);
    }

    private static final Pattern BARE_DEGREES = Pattern.compile(
            "\\b(?:rotat\\w*|turn|spin|tilt)(?: (?:it|this|that|the \\w+))?(?: (?:by|to))? (-?\\d+(?:\\.\\d+)?)(?![\\d.:])(?!\\s*(?:%|x\\b|times|s\\b|secs?|seconds?|ms|m\\b|mins?|minutes?|db))");

    /** The first plain number in the clause. */
    static OptionalDouble number(String clause) {
        return first(Pattern.compile("(?<![\\w.])" + NUM), clause);
    }

    private static double timeValue(String s) {
        if (s.contains(":")) {
            String[] p = s.split(":");
            return Integer.parseInt(p[0]) * 60 + Double.parseDouble(p[1]);
        }
        return Double.parseDouble(s);
    }

    private static OptionalDouble first(Pattern p, String clause) {
        Matcher m = p.matcher(clause);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    private static double unitSeconds(String unit) {
        if (unit.startsWith("ms") || unit.startsWith("milli")) return 0.001;
        if (unit.startsWith("m")) return 60;
        return 1;
    }
}

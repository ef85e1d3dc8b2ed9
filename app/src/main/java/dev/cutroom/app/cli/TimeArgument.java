package dev.cutroom.app.cli;

import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a position typed on the command line into a whole timeline frame:
 * a frame number ({@code 120}), seconds ({@code 4.5s}, {@code 10/3s}) or a timecode
 * ({@code 00:00:04:12}, frames after the last colon, counted at the rounded nominal rate).
 */
public final class TimeArgument {
    private static final Pattern TIMECODE = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2})[:;](\\d{1,3})");

    private TimeArgument() {}

    public static long toFrame(String text, FrameRate rate) {
        String s = text.trim();
        Matcher tc = TIMECODE.matcher(s);
        if (tc.matches()) {
            long nominal = Math.round(rate.toDouble());
            long frames = Long.parseLong(tc.group(4));
            if (frames >= nominal) throw new IllegalArgumentException("timecode '" + text + "' has " + frames + " frames; the rate has " + nominal + " a second");
            long seconds = Long.parseLong(tc.group(1)) * 3600 + Long.parseLong(tc.group(2)) * 60 + Long.parseLong(tc.group(3));
            // Wall-clock seconds map to the frame grid exactly, whatever the rate.
            return rate.nearestFrame(Rational.of(seconds)) + frames;
        }
        if (s.endsWith("s")) {
            return rate.nearestFrame(Rational.parse(s.substring(0, s.length() - 1)));
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a frame number, seconds (4.5s) or a timecode (00:00:04:12)");
        }
    }

    /** Formats a frame as HH:MM:SS:FF at the rate's nominal frame count per second. */
    public static String timecode(long frame, FrameRate rate) {
        Rational seconds = rate.toSeconds(frame);
        long whole = seconds.floor();
        long frames = frame - rate.nearestFrame(Rational.of(whole));
        return String.format("%02d:%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60, Math.max(0, frames));
    }
}

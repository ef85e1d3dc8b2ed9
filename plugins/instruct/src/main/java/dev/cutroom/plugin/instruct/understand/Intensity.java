package dev.cutroom.plugin.instruct.understand;

import java.util.regex.Pattern;

/**
 * How strongly a change is asked for. A slight change is half the default change from neutral, a strong one
 * twice it: "a bit brighter" adds 0.075, "brighter" 0.15, "much brighter" 0.3.
 */
enum Intensity {
    SLIGHT(0.5), NORMAL(1), STRONG(2);

    private static final Pattern SLIGHT_WORDS = Pattern.compile(
            "\\b(a bit|a little|a tad|a touch|slightly|slight|subtle|subtly|gently|somewhat|small amount|half[- ]strength|half[- ]intensity|half (?:the )?(?:effect|amount)|(?<!low )light)\\b");
    private static final Pattern STRONG_WORDS = Pattern.compile(
            "\\b(a lot|lots|much|very|really|strong|strongly|heavy|heavily|way|significantly|extreme|extremely|hugely)\\b");

    final double scale;

    Intensity(double scale) {
        this.scale = scale;
    }

    static Intensity of(String clause) {
        if (SLIGHT_WORDS.matcher(clause).find()) return SLIGHT;
        if (STRONG_WORDS.matcher(clause).find()) return STRONG;
        return NORMAL;
    }
}

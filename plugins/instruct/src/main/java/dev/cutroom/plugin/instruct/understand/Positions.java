package dev.cutroom.plugin.instruct.understand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where on the frame a title goes, in the words of {@code OpKind.TITLE}'s position choices. */
final class Positions {

    private static final Pattern CORNER = Pattern.compile("\\b(top|upper|bottom|lower)[ -](left|right)\\b");
    private static final Pattern LOWER_THIRD = Pattern.compile("\\blower[ -]third\\b");
    private static final Pattern CENTRE = Pattern.compile("\\b(cent(?:er|re)|middle|across(?! the (?:top|bottom|foot|upper|lower)))\\b");
    private static final Pattern TOP = Pattern.compile("\\b(top|upper)\\b");
    private static final Pattern BOTTOM = Pattern.compile("\\b(bottom|foot)\\b");

    private Positions() {
    }

    static Optional<String> find(String clause) {
        Matcher corner = CORNER.matcher(clause);
        if (corner.find()) {
            String v = corner.group(1).equals("upper") || corner.group(1).equals("top") ? "top" : "bottom";
            return Optional.of(v + "-" + corner.group(2));
        }
        if (LOWER_THIRD.matcher(clause).find()) return Optional.of("lower-third");
        if (CENTRE.matcher(clause).find()) return Optional.of("center");
        if (TOP.matcher(clause).find()) return Optional.of("top");
        if (BOTTOM.matcher(clause).find()) return Optional.of("bottom");
        return Optional.empty();
    }
}

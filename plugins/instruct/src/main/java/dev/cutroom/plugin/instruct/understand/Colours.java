package dev.cutroom.plugin.instruct.understand;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Colour names (the CSS values) and {@code #rgb}/{@code #rrggbb} codes in an instruction. */
final class Colours {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("black", "#000000"), Map.entry("white", "#ffffff"), Map.entry("red", "#ff0000"),
            Map.entry("green", "#008000"), Map.entry("blue", "#0000ff"), Map.entry("yellow", "#ffff00"),
            Map.entry("orange", "#ffa500"), Map.entry("purple", "#800080"), Map.entry("pink", "#ffc0cb"),
            Map.entry("grey", "#808080"), Map.entry("gray", "#808080"), Map.entry("cyan", "#00ffff"),
            Map.entry("magenta", "#ff00ff"), Map.entry("brown", "#a52a2a"));
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{6}|[0-9a-f]{3})\\b");
    private static final Pattern NAME = Pattern.compile("\\b(" + String.join("|", NAMES.keySet()) + ")\\b");

    private Colours() {
    }

    /** The first colour named or coded in the clause, as {@code #rrggbb}. */
    static Optional<String> find(String clause) {
        Matcher hex = HEX.matcher(clause);
        if (hex.find()) {
            String h = hex.group(1);
            if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            return Optional.of("#" + h);
        }
        Matcher name = NAME.matcher(clause);
        return name.find() ? Optional.of(NAMES.get(name.group(1))) : Optional.empty();
    }
}

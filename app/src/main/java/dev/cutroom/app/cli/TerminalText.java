package dev.cutroom.app.cli;

/**
 * Text from a project file made safe to print: control characters (terminal escape sequences start with one) and
 * the bidirectional overrides that reorder what a terminal shows are written as {@code \\uXXXX}, the way JSON error
 * messages show them. Everything else, other scripts included, is printed as it is.
 */
public final class TerminalText {
    private TerminalText() {}

    public static String safe(String text) {
        if (text == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (unsafe && sb == null) sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (sb == null) continue;
            if (unsafe) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb == null ? text : sb.toString();
    }
}

package dev.cutroom.plugin.instruct.execute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A title as FFmpeg's drawtext. The words go through a text file ({@code textfile}, {@code expansion=none}) so
 * quotes, colons, backslashes and percent signs need no filter-graph escaping.
 */
public final class TitleFilter {
    private TitleFilter() {}

    /** The drawtext filter; writes the words to a file in {@code scratch}. */
    public static String of(TitleLayout t, Path font, Path scratch) throws IOException {
        Path textFile = Files.createTempFile(scratch, "title-", ".txt");
        Files.writeString(textFile, t.text(), StandardCharsets.UTF_8);
        int shadow = Math.max(1, t.fontPixels() / 16);
        // the same places as TitleLayout.x/y (margin h/20), as drawtext expressions
        String x = switch (t.position()) {
            case "top-left", "bottom-left", "lower-third" -> "h/20";
            case "top-right", "bottom-right" -> "w-text_w-h/20";
            default -> "(w-text_w)/2";
        };
        String y = switch (t.position()) {
            case "top", "top-left", "top-right" -> "h/20";
            case "center" -> "(h-text_h)/2";
            case "lower-third" -> "h*2/3";
            default -> "h-text_h-h/20";
        };
        return "drawtext=fontfile='" + quoted(font) + "':textfile='" + quoted(textFile) + "':expansion=none"
                + ":fontsize=" + t.fontPixels() + ":fontcolor=" + String.format("0x%06X", t.rgb())
                + ":shadowcolor=0x000000@0.6:shadowx=" + shadow + ":shadowy=" + shadow
                + ":x=" + x + ":y=" + y
                + ":enable='between(n," + t.firstFrame() + "," + (t.endFrame() - 1) + ")'";
    }

    private static String quoted(Path p) {
        String s = p.toAbsolutePath().toString();
        if (s.contains("'")) throw new IllegalArgumentException("path with a quote cannot go into a filter graph: " + s);
        return s;
    }
}

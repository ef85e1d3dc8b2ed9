package dev.cutroom.plugin.instruct.execute;

import java.util.List;

/**
 * How one take's pictures are made, decided before any frame is read.
 *
 * @param followCrop   the window of a subject-following reframe done in Java before the graph, or null
 * @param graphInput   picture size entering the FFmpeg graph
 * @param filters      the FFmpeg filters in order (geometry, look, fades, titles), without the final format
 * @param output       picture size of the take
 * @param alpha        whether the take keeps a transparent background (QuickTime qtrle)
 * @param paintedTitles titles drawn in Java because drawtext or a font is missing
 */
public record VideoRecipe(FrameSize followCrop, FrameSize graphInput, List<String> filters, FrameSize output, boolean alpha,
                          List<TitleLayout> paintedTitles) {

    /** The graph as FFmpeg text, ending in the encoder's pixel format. */
    public String graph(String outputFormat) {
        return filters.isEmpty() ? outputFormat : String.join(",", filters) + "," + outputFormat;
    }
}

package dev.cutroom.plugin.soundtrack.analysis;

import java.util.List;

/**
 * What the picture of a selection tells the composer; times are seconds from the start of the selection.
 * Immutable; any thread.
 *
 * @param duration    length of the selection
 * @param editPoints  the timeline's edit points inside the selection (clip boundaries)
 * @param shotCuts    cuts found in the pixels inside clips
 * @param energy      motion energy 0..1 (smoothed mean absolute frame difference)
 * @param brightness  mean luma 0..1
 * @param saturation  mean saturation 0..1
 * @param warmth      mean (red - blue) in -1..1: positive is warm
 * @param motion      mean raw motion (mean absolute difference of grey thumbnails, 0..255 levels)
 */
public record PictureAnalysis(double duration, List<Double> editPoints, List<Double> shotCuts, EnergyCurve energy,
                              double brightness, double saturation, double warmth, double motion) {
    public PictureAnalysis {
        editPoints = List.copyOf(editPoints);
        shotCuts = List.copyOf(shotCuts);
    }

    /** A selection with no picture to read: neutral mood, flat energy. Any thread. */
    public static PictureAnalysis neutral(double duration, List<Double> editPoints) {
        return new PictureAnalysis(duration, editPoints, List.of(), EnergyCurve.constant(0.4), 0.5, 0.3, 0, 0);
    }

    /** Edit points and shot cuts together, sorted, those closer than 80 ms merged. Any thread. */
    public List<Double> cuts() {
        java.util.List<Double> all = new java.util.ArrayList<>(editPoints);
        all.addAll(shotCuts);
        java.util.Collections.sort(all);
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (double c : all) {
            if (c <= 0.05 || c >= duration - 0.05) continue;
            if (!out.isEmpty() && c - out.getLast() < 0.08) continue;
            out.add(c);
        }
        return out;
    }

    /** "bright" when the mean luma is above 0.5. Any thread. */
    public boolean bright() {
        return brightness >= 0.5;
    }
}

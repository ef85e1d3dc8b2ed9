package dev.cutroom.plugin.soundtrack.compose;

import java.util.List;
import javax.sound.midi.Sequence;

/**
 * A composed score. Immutable apart from the {@link Sequence}, which callers must not change. Any thread.
 *
 * @param sequence     the MIDI score: track 0 conductor (tempo map, time and key signatures, markers at the
 *                     cuts, cue points at the accents), then one track per part
 * @param duration     seconds (the selection's length)
 * @param tempo        the tempo choice (bpm, phase, cuts on beats)
 * @param key          key and mode
 * @param timeMap      ticks to seconds
 * @param parts        the instruments, in track order
 * @param cuts         the cut points it followed, seconds
 * @param accents      accent times, seconds (on the beat when a cut is within 25 ms of one, else at the cut)
 * @param bars         full bars after the pickup
 * @param levels       density level 0..3 of each bar
 * @param section      bars regenerated with the section seed, [from, to), or null
 * @param seed         the effective seed (seed mixed with the variation)
 */
public record Composition(Sequence sequence, double duration, TempoSearch.Choice tempo, Key key, TimeMap timeMap,
                          List<Part> parts, List<Double> cuts, List<Double> accents, int bars, int[] levels, int[] section,
                          long seed) {
    public Composition {
        parts = List.copyOf(parts);
        cuts = List.copyOf(cuts);
        accents = List.copyOf(accents);
    }
}

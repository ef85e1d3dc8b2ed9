package dev.cutroom.plugin.soundtrack.generate;

import java.util.List;
import java.util.Map;
import javax.sound.midi.Sequence;

/**
 * What a generator made: a 48 kHz stereo mix exactly as long as the picture, stems, the score when there is one,
 * and facts for provenance. Job thread.
 *
 * @param mix     channels x samples
 * @param stems   one per instrument (may be empty for a generator that makes only a mix)
 * @param score   the MIDI score, or null for a generator that makes audio directly
 * @param label   short description for the clip's name, e.g. "100 bpm, D major"
 * @param summary one line for the user
 * @param notes   facts for provenance (tempo, key, seed, loudness, ...)
 */
public record GeneratedMusic(float[][] mix, List<Stem> stems, Sequence score, String label, String summary, Map<String, String> notes) {
    public GeneratedMusic {
        stems = List.copyOf(stems);
        notes = Map.copyOf(notes);
    }

    /** One instrument's audio. */
    public record Stem(String name, float[][] audio) {}
}

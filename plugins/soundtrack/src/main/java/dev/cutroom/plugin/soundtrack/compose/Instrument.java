package dev.cutroom.plugin.soundtrack.compose;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The instruments a prompt may name, each a General MIDI program (0-based) with the roles it plays best
 * and a comfortable range. Immutable; any thread.
 *
 * @param name     canonical name, also the MIDI track name
 * @param program  General MIDI program number 0..127 (ignored for drums)
 * @param roles    roles in order of preference
 * @param low      lowest comfortable MIDI note
 * @param high     highest comfortable MIDI note
 * @param words    words in a prompt that select it
 */
public record Instrument(String name, int program, List<Role> roles, int low, int high, List<String> words) {

    /** Every instrument the parser knows, with its words. */
    public static final List<Instrument> TABLE = List.of(
            new Instrument("piano", 0, List.of(Role.ARPEGGIO, Role.MELODY, Role.BASS), 33, 96, List.of("piano", "pianos", "keys")),
            new Instrument("electric piano", 4, List.of(Role.ARPEGGIO, Role.MELODY), 40, 88, List.of("rhodes", "epiano", "electric piano")),
            new Instrument("organ", 19, List.of(Role.PAD, Role.MELODY), 36, 84, List.of("organ")),
            new Instrument("ukulele", 24, List.of(Role.ARPEGGIO), 60, 81, List.of("ukulele", "uke")),
            new Instrument("acoustic guitar", 25, List.of(Role.ARPEGGIO, Role.MELODY), 40, 81, List.of("guitar", "guitars", "acoustic guitar")),
            new Instrument("electric guitar", 27, List.of(Role.ARPEGGIO, Role.MELODY), 40, 84, List.of("electric guitar")),
            new Instrument("bass", 32, List.of(Role.BASS), 28, 55, List.of("bass", "upright bass", "double bass", "contrabass")),
            new Instrument("electric bass", 33, List.of(Role.BASS), 28, 55, List.of("electric bass", "bass guitar")),
            new Instrument("synth bass", 38, List.of(Role.BASS), 28, 55, List.of("synth bass")),
            new Instrument("violin", 40, List.of(Role.MELODY), 55, 96, List.of("violin", "violins", "fiddle")),
            new Instrument("viola", 41, List.of(Role.MELODY, Role.PAD), 48, 84, List.of("viola")),
            new Instrument("cello", 42, List.of(Role.BASS, Role.MELODY), 36, 72, List.of("cello", "cellos")),
            new Instrument("harp", 46, List.of(Role.ARPEGGIO), 36, 96, List.of("harp")),
            new Instrument("timpani", 47, List.of(Role.HITS), 40, 55, List.of("timpani", "timps")),
            new Instrument("strings", 48, List.of(Role.PAD), 43, 84, List.of("strings", "string")),
            new Instrument("tremolo strings", 44, List.of(Role.PAD), 43, 84, List.of("tremolo")),
            new Instrument("choir", 52, List.of(Role.PAD), 48, 79, List.of("choir", "voices", "vocals", "aahs")),
            new Instrument("trumpet", 56, List.of(Role.MELODY), 55, 82, List.of("trumpet", "trumpets")),
            new Instrument("french horn", 60, List.of(Role.PAD, Role.MELODY), 41, 77, List.of("horn", "horns", "french horn")),
            new Instrument("brass", 61, List.of(Role.PAD), 41, 77, List.of("brass")),
            new Instrument("saxophone", 65, List.of(Role.MELODY), 49, 81, List.of("sax", "saxophone")),
            new Instrument("oboe", 68, List.of(Role.MELODY), 58, 91, List.of("oboe")),
            new Instrument("clarinet", 71, List.of(Role.MELODY), 50, 91, List.of("clarinet")),
            new Instrument("flute", 73, List.of(Role.MELODY), 60, 96, List.of("flute", "flutes")),
            new Instrument("celesta", 8, List.of(Role.ARPEGGIO, Role.MELODY), 60, 96, List.of("celesta", "celeste")),
            new Instrument("glockenspiel", 9, List.of(Role.MELODY, Role.ARPEGGIO), 72, 105, List.of("glockenspiel", "bells")),
            new Instrument("music box", 10, List.of(Role.MELODY, Role.ARPEGGIO), 60, 96, List.of("music box")),
            new Instrument("vibraphone", 11, List.of(Role.ARPEGGIO, Role.MELODY), 53, 89, List.of("vibraphone", "vibes")),
            new Instrument("marimba", 12, List.of(Role.ARPEGGIO, Role.MELODY), 45, 96, List.of("marimba")),
            new Instrument("synth lead", 81, List.of(Role.MELODY), 48, 96, List.of("lead", "synth lead")),
            new Instrument("synth pad", 89, List.of(Role.PAD), 40, 84, List.of("pad", "pads", "synth", "synths", "synth pad")),
            new Instrument("drums", 0, List.of(Role.DRUMS), 35, 81, List.of("drums", "drum", "percussion", "beat", "beats", "kit")));

    public Instrument {
        roles = List.copyOf(roles);
        words = List.copyOf(words);
    }

    /** The instrument of this canonical name. Any thread. @throws IllegalArgumentException when unknown */
    public static Instrument named(String name) {
        return TABLE.stream().filter(i -> i.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown instrument " + name));
    }

    /** The instrument a word (or two-word phrase) names, if any. Any thread. */
    public static Optional<Instrument> forWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TABLE.stream().filter(i -> i.words.contains(w)).findFirst();
    }

    /** Whether it plays on the drum channel. Any thread. */
    public boolean isDrums() {
        return roles.contains(Role.DRUMS);
    }

    /** Its roles as a set. Any thread. */
    public Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}

package dev.cutroom.plugin.soundtrack.compose;

/** What a part does in the arrangement. */
public enum Role {
    /** Sustained chords. */
    PAD,
    /** Broken chords, strums. */
    ARPEGGIO,
    /** The bass line. */
    BASS,
    /** The tune. */
    MELODY,
    /** Pitched hits on accents and downbeats (timpani). */
    HITS,
    /** The drum kit on MIDI channel 10. */
    DRUMS
}

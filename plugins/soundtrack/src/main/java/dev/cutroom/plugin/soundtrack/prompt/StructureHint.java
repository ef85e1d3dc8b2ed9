package dev.cutroom.plugin.soundtrack.prompt;

/** Shape words in a prompt. */
public enum StructureHint {
    /** "swell", "crescendo": a long, smooth rise in loudness and density. */
    SWELL,
    /** "build", "rising": density grows towards the end regardless of the picture. */
    BUILD,
    /** "slow": lower tempo range. */
    SLOW,
    /** "fast", "driving": higher tempo range. */
    FAST,
    /** "steady", "loop": flat density. */
    STEADY
}

package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.OpKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Clauses that say what must <em>not</em> happen ("don't change the speed", "keep the colours", "no vignette",
 * "without changing the length"), and which operations they forbid. The rule: a forbidden operation never
 * appears in the plan. When the same instruction asks for it explicitly, that is a contradiction and is reported;
 * an operation only implied (the sound fade that goes with "fade out") is dropped quietly; vintage with
 * the colours kept becomes its vignette and grain without the faded colour.
 * "without sound"/"no audio" are not negations but requests to mute (the lexicon takes them first).
 * "keep" forbids only when it keeps a property ("keep the colours", "keep it centred"); keeping a part of the clip
 * ("keep from 1:00 to 1:30", "keep only ...", "keep the first 10 s", "keep the bit between ...") asks for
 * keep-range: a clause that starts with "keep" and names a time or a part is not a negation.
 */
final class Negation {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:(?:but|and|please) )*(?:(?:i|we) )?(?:do not|never|not|no|without|keep(?! (?:only|just)\\b)|leave)\\b\\s*");
    private static final Pattern FILLER = Pattern.compile(
            "\\b(?:change|changing|changed|touch|touching|alter|altering|affect|affecting|mess|messing|with|want|wanted|need|like|it|the|my|its|any|make|making|be|as is|as it is|as they are|intact|unchanged|same|original|alone|should|must|stay|stays|remain|remains|untouched|please|but|and)\\b");

    static final Set<OpKind> COLOUR = EnumSet.of(OpKind.BLACK_AND_WHITE, OpKind.SEPIA, OpKind.SATURATION, OpKind.WARMER,
            OpKind.COOLER, OpKind.VINTAGE);
    static final Set<OpKind> SOUND = EnumSet.of(OpKind.MUTE, OpKind.VOLUME, OpKind.AUDIO_FADE_IN, OpKind.AUDIO_FADE_OUT,
            OpKind.NORMALISE, OpKind.AUDIO_DENOISE);
    static final Set<OpKind> LENGTH = EnumSet.of(OpKind.SPEED, OpKind.TRIM_START, OpKind.TRIM_END, OpKind.KEEP_RANGE, OpKind.FREEZE_FRAME,
            OpKind.FIT_DURATION);
    /** Everything that changes the picture ("leave the picture alone"). */
    static final Set<OpKind> PICTURE = java.util.Arrays.stream(OpKind.values())
            .filter(k -> switch (k.category()) { case LOOK, GEOMETRY, BACKGROUND, TEXT -> true; default -> false; })
            .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(OpKind.class)));
    static final Set<OpKind> FRAMING = EnumSet.of(OpKind.REFRAME, OpKind.PUNCH_IN, OpKind.ROTATE);

    private Negation() {
    }

    /** Whether the clause is a negation. */
    static boolean isNegation(String clause) {
        if (!MARKER.matcher(clause).find()) return false;
        return !(KEEP_PART.matcher(clause).find() && (PART.matcher(clause).find() || !Quantities.times(clause).isEmpty()));
    }

    private static final Pattern KEEP_PART = Pattern.compile("^keep\\b");
    private static final Pattern PART = Pattern.compile("\\b(?:only|just|first|bit|part|section|segment|portion|from|between)\\b");

    /** The words after the negation marker, fillers removed: "do not change the speed" → "speed". */
    static String target(String clause) {
        String rest = MARKER.matcher(clause).replaceFirst("");
        return FILLER.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }

    /** The operations a target names as a group ("colours", "sound", "length", "anything"), if it is one. */
    static Optional<Set<OpKind>> group(String target) {
        if (target.isEmpty() || target.matches(".*\\b(?:anything|everything|thing|nothing)\\b.*")) return Optional.of(EnumSet.allOf(OpKind.class));
        if (target.matches(".*\\bcolou?rs?\\b.*")) return Optional.of(COLOUR);
        if (target.matches("(?:the )?(?:speed|pace|tempo)")) return Optional.of(EnumSet.of(OpKind.SPEED));
        if (target.matches(".*\\b(?:sound|audio|volume|music)\\b.*")) return Optional.of(SOUND);
        if (target.matches(".*\\b(?:length|duration|timing)\\b.*")) return Optional.of(LENGTH);
        if (target.matches(".*\\b(?:framing|aspect|aspect ratio|frame shape)\\b.*")) return Optional.of(FRAMING);
        if (target.matches(".*\\b(?:picture|image|video|visuals?|footage|grade|grading)\\b.*")) return Optional.of(PICTURE);
        return Optional.empty();
    }
}

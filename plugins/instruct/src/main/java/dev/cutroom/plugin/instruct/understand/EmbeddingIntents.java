package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.embed.SentenceEncoder;
import dev.cutroom.plugin.instruct.plan.OpKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nearest-example matching of a clause to an operation by sentence embeddings, for phrasings the lexicon
 * does not know. Each operation has a few example phrases; so do common requests Cutroom cannot do (adding
 * objects, removing people, music, stabilising...), so that "remove the person in the background" lands on
 * "not supported" rather than on its nearest supported neighbour "remove the background".
 * A clause is matched when its best supported example scores at least {@link #ACCEPT} and beats the best
 * unsupported one by {@link #MARGIN}.
 */
final class EmbeddingIntents {

    /** Cosine a clause must reach with an operation's example to be taken as that operation: below it the nearest example is not close, and a guess would risk a wrong plan. */
    static final double ACCEPT = 0.65;
    /** How far the best supported example must be ahead of the best unsupported one. */
    static final double MARGIN = 0.05;

    private record Example(OpKind op, String text, float[] vector) {
    }

    /** The outcome for one clause: the operation (if accepted) and every operation ranked by similarity. */
    record Match(Optional<OpKind> op, List<OpKind> ranked, double bestScore, boolean nearestIsUnsupported) {
    }

    static final Map<OpKind, List<String>> EXAMPLES = examples();
    static final List<String> UNSUPPORTED = List.of(
            "add visual effects such as explosions or fire", "add special effects like lasers", "add an animal or a character to the video",
            "remove a person from the video", "remove an object", "erase the watermark or logo", "change the sky",
            "replace someone's face", "blur a person's face", "blur the licence plate", "add a soundtrack or a song", "add sound effects",
            "convert it to stereoscopic 3D", "upscale it to 4K", "translate the speech", "transcribe the dialogue",
            "make it look like a cartoon", "colour grade it like a famous movie", "make it funny", "upload or share it",
            "change the weather", "make the person smile", "add a transition to the next clip",
            "remove the echo from the voice", "take the reverb out of the room sound",
            "make it look like a Wes Anderson film", "grade it like The Matrix", "make it look like a Christopher Nolan movie",
            "put our logo in the corner", "apply my LUT file", "add a zoom transition", "make it 3D", "add an explosion", "put a hat on the person",
            "delete this clip", "remove the clip from the timeline", "duplicate the clip", "split the clip in two",
            "move the clip to the end of the timeline", "join it with the next clip");

    private final SentenceEncoder encoder;
    private final List<Example> examples = new ArrayList<>();

    EmbeddingIntents(SentenceEncoder encoder) {
        this.encoder = encoder;
        EXAMPLES.forEach((op, texts) -> texts.forEach(t -> examples.add(new Example(op, t, encoder.encode(t)))));
        UNSUPPORTED.forEach(t -> examples.add(new Example(null, t, encoder.encode(t))));
    }

    Match match(String clause) {
        float[] v = encoder.encode(clause);
        Map<OpKind, Double> best = new EnumMap<>(OpKind.class);
        double unsupported = -1;
        for (Example e : examples) {
            double s = SentenceEncoder.cosine(v, e.vector);
            if (e.op == null) unsupported = Math.max(unsupported, s);
            else best.merge(e.op, s, Math::max);
        }
        List<OpKind> ranked = best.entrySet().stream()
                .sorted(Map.Entry.<OpKind, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        double top = best.get(ranked.get(0));
        boolean accepted = top >= ACCEPT && top >= unsupported + MARGIN;
        return new Match(accepted ? Optional.of(ranked.get(0)) : Optional.empty(), ranked, top, unsupported > top);
    }

    private static Map<OpKind, List<String>> examples() {
        Map<OpKind, List<String>> m = new LinkedHashMap<>();
        m.put(OpKind.BLACK_AND_WHITE, List.of("make it black and white", "convert to greyscale", "remove the colour"));
        m.put(OpKind.SEPIA, List.of("sepia tone", "brownish old photo tint"));
        m.put(OpKind.VINTAGE, List.of("vintage film look", "make it look old", "retro old movie style"));
        m.put(OpKind.WARMER, List.of("make the colours warmer", "warm orange tones", "more golden light"));
        m.put(OpKind.COOLER, List.of("make the colours cooler", "cold blue tones"));
        m.put(OpKind.BRIGHTNESS, List.of("make it brighter", "make it darker", "increase the exposure"));
        m.put(OpKind.CONTRAST, List.of("more contrast", "less contrast", "punchier blacks and whites"));
        m.put(OpKind.SATURATION, List.of("more saturated colours", "more vivid colours", "less saturated, muted colours"));
        m.put(OpKind.VIGNETTE, List.of("add a vignette", "darken the corners of the frame"));
        m.put(OpKind.BLUR, List.of("blur the picture", "make the whole image soft and blurry"));
        m.put(OpKind.SHARPEN, List.of("sharpen the image", "make it crisper and more detailed"));
        m.put(OpKind.FILM_GRAIN, List.of("add film grain", "add noise like analogue film"));
        m.put(OpKind.DENOISE, List.of("remove the noise", "clean up grainy footage"));
        m.put(OpKind.FADE_IN, List.of("fade in from black", "fade in at the start"));
        m.put(OpKind.FADE_OUT, List.of("fade out to black", "fade out at the end"));
        m.put(OpKind.SPEED, List.of("speed it up", "slow it down", "play it faster", "play it in slow motion"));
        m.put(OpKind.REVERSE, List.of("play it backwards", "reverse the clip"));
        m.put(OpKind.FREEZE_FRAME, List.of("freeze the frame", "hold a still picture"));
        m.put(OpKind.TRIM_START, List.of("cut the first seconds", "trim the beginning"));
        m.put(OpKind.TRIM_END, List.of("cut the last seconds", "trim the ending"));
        m.put(OpKind.KEEP_RANGE, List.of("keep only part of the clip", "use just a section of the clip"));
        m.put(OpKind.REFRAME, List.of("crop to vertical for a phone", "make it square", "change the aspect ratio to widescreen"));
        m.put(OpKind.ROTATE, List.of("rotate the video", "turn the picture sideways"));
        m.put(OpKind.FLIP, List.of("flip the image", "mirror the picture"));
        m.put(OpKind.PUNCH_IN, List.of("zoom in", "punch in closer"));
        m.put(OpKind.BACKGROUND_BLUR, List.of("blur the background", "make what is behind me blurry"));
        m.put(OpKind.BACKGROUND_REMOVE, List.of("remove the background", "cut out the person on a green screen"));
        m.put(OpKind.BACKGROUND_REPLACE, List.of("replace the background with a colour", "put me in front of a different background"));
        m.put(OpKind.TITLE, List.of("add a title", "put some text on screen", "add a caption"));
        m.put(OpKind.MUTE, List.of("mute the sound", "remove the audio"));
        m.put(OpKind.VOLUME, List.of("make it louder", "make it quieter", "turn the volume up"));
        m.put(OpKind.AUDIO_FADE_IN, List.of("fade the sound in"));
        m.put(OpKind.AUDIO_FADE_OUT, List.of("fade the music out"));
        m.put(OpKind.INVERT, List.of("invert the colours", "make it a negative image"));
        m.put(OpKind.LOOK, List.of("give it a cinematic film look", "teal and orange blockbuster grade", "film noir look", "washed out faded look",
                "make the colours pop", "dark and moody grade", "warm summery look", "90s VHS home video look", "bleach bypass look", "make it look like night"));
        m.put(OpKind.FIT_DURATION, List.of("make it 10 seconds long", "fit the clip into 20 seconds"));
        m.put(OpKind.LETTERBOX, List.of("add black bars at the top and bottom", "letterbox it to 2.39:1"));
        m.put(OpKind.CROP, List.of("crop a little off the edges", "crop 5% off the sides"));
        m.put(OpKind.SCALE, List.of("make the picture smaller", "scale it down"));
        m.put(OpKind.SHIFT, List.of("shift the picture to the left", "move the image up a bit"));
        m.put(OpKind.PIP, List.of("picture in picture in the corner", "make it small in the corner"));
        m.put(OpKind.KEN_BURNS, List.of("slow zoom across the photo", "ken burns effect", "slowly pan across the frame"));
        m.put(OpKind.STABILISE, List.of("stabilise the shaky footage", "remove the camera shake"));
        m.put(OpKind.NORMALISE, List.of("normalise the audio loudness", "even out the volume levels"));
        m.put(OpKind.AUDIO_DENOISE, List.of("remove the hum from the audio", "reduce the hiss in the sound", "get rid of the wind noise",
                "clean up the audio", "remove the background noise from the recording"));
        return m;
    }
}

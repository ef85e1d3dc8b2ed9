package dev.cutroom.plugin.instruct.plan;

import static dev.cutroom.plugin.instruct.plan.ParamSpec.bool;
import static dev.cutroom.plugin.instruct.plan.ParamSpec.choice;
import static dev.cutroom.plugin.instruct.plan.ParamSpec.colour;
import static dev.cutroom.plugin.instruct.plan.ParamSpec.number;
import static dev.cutroom.plugin.instruct.plan.ParamSpec.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every operation an instruction can turn into, with its parameters. Times are seconds from the start of
 * the clip as it plays on the timeline; "amount"/"strength" values run from 0 (nothing) to 1 (strong).
 * The id ({@code black-and-white}) is what plans store as JSON and what the command line prints.
 */
public enum OpKind {
    // look
    BLACK_AND_WHITE(Category.LOOK, "Black and white"),
    SEPIA(Category.LOOK, "Sepia", number("amount", 0, 1, 1, "", "How far towards sepia")),
    VINTAGE(Category.LOOK, "Vintage film", number("amount", 0, 1, 1, "", "Faded colours, vignette and grain")),
    WARMER(Category.LOOK, "Warmer", number("amount", 0, 1, 0.3, "", "Colour temperature shift towards orange")),
    COOLER(Category.LOOK, "Cooler", number("amount", 0, 1, 0.3, "", "Colour temperature shift towards blue")),
    BRIGHTNESS(Category.LOOK, "Brightness", number("amount", -1, 1, 0.15, "", "Added to brightness; negative darkens")),
    CONTRAST(Category.LOOK, "Contrast", number("factor", 0, 3, 1.25, "x", "1 leaves it as it is")),
    SATURATION(Category.LOOK, "Saturation", number("factor", 0, 3, 1.3, "x", "1 leaves it as it is; 0 is grey")),
    VIGNETTE(Category.LOOK, "Vignette", number("strength", 0, 1, 0.5, "", "How dark the corners get")),
    BLUR(Category.LOOK, "Blur", number("strength", 0, 1, 0.5, "", "1 is a blur of about 2% of the frame height")),
    SHARPEN(Category.LOOK, "Sharpen", number("amount", 0, 1, 0.5, "", "Unsharp-mask amount")),
    FILM_GRAIN(Category.LOOK, "Film grain", number("amount", 0, 1, 0.3, "", "Strength of the noise")),
    DENOISE(Category.LOOK, "Denoise", number("strength", 0, 1, 0.5, "", "How much sensor noise to remove")),
    INVERT(Category.LOOK, "Invert (negative)"),
    LOOK(Category.LOOK, "Named look",
            choice("name", "cinematic", NamedLook.IDS, "A documented grade of the look operations (see NamedLook)"),
            number("amount", 0, 1, 1, "", "How far towards the look")),
    FADE_IN(Category.LOOK, "Fade in from a colour",
            number("duration", 0.04, 600, 1, "s", "Length of the fade at the start"),
            colour("colour", "#000000", "The colour it fades from")),
    FADE_OUT(Category.LOOK, "Fade out to a colour",
            number("duration", 0.04, 600, 1, "s", "Length of the fade at the end"),
            colour("colour", "#000000", "The colour it fades to")),

    // time
    SPEED(Category.TIME, "Change speed",
            number("factor", 0.05, 100, 1, "x", "Playback speed: 0.5 is half speed (twice as long), 2 is double"),
            bool("smooth", true, "When slowing down, make the new frames by interpolation (RIFE) instead of repeating frames"),
            bool("keepPitch", false, "Keep the sound's pitch (time-stretch) instead of playing it faster or slower")),
    FIT_DURATION(Category.TIME, "Fit to a duration",
            number("duration", 0.04, 86400, 10, "s", "The length the clip should last; its speed changes to fit (required)")),
    REVERSE(Category.TIME, "Play backwards"),
    FREEZE_FRAME(Category.TIME, "Freeze frame",
            number("at", 0, 86400, 0, "s", "The moment whose picture is held"),
            number("duration", 0, 86400, 0, "s", "How long it is held; 0 holds to the end of the clip")),
    TRIM_START(Category.TIME, "Trim the start", number("duration", 0.04, 86400, 1, "s", "How much to remove from the start")),
    TRIM_END(Category.TIME, "Trim the end", number("duration", 0.04, 86400, 1, "s", "How much to remove from the end")),
    KEEP_RANGE(Category.TIME, "Keep only a part",
            number("from", 0, 86400, 0, "s", "Start of the part to keep"),
            number("to", 0, 86400, 1, "s", "End of the part to keep")),

    // geometry
    REFRAME(Category.GEOMETRY, "Reframe",
            choice("aspect", "9:16", List.of("9:16", "1:1", "4:5", "16:9"), "The new frame shape"),
            bool("followSubject", true, "Keep the person centred (segmentation model) instead of the frame centre")),
    ROTATE(Category.GEOMETRY, "Rotate", number("degrees", -360, 360, 90, "°", "Clockwise")),
    FLIP(Category.GEOMETRY, "Flip", choice("direction", "horizontal", List.of("horizontal", "vertical"), "Mirror left-right or upside down")),
    PUNCH_IN(Category.GEOMETRY, "Punch in", number("zoom", 1, 4, 1.2, "x", "How far to zoom into the centre")),
    LETTERBOX(Category.GEOMETRY, "Letterbox",
            choice("aspect", "2.39:1", List.of("2.39:1", "2.35:1", "2:1", "1.85:1", "4:3"), "The picture shape inside black bars; the frame size stays")),
    CROP(Category.GEOMETRY, "Crop the edges",
            number("left", 0, 0.45, 0, "", "Share of the width removed on the left"),
            number("right", 0, 0.45, 0, "", "Share of the width removed on the right"),
            number("top", 0, 0.45, 0, "", "Share of the height removed at the top"),
            number("bottom", 0, 0.45, 0, "", "Share of the height removed at the bottom")),
    SCALE(Category.GEOMETRY, "Scale down", number("factor", 0.05, 1, 0.5, "x", "Picture size; centred on black")),
    SHIFT(Category.GEOMETRY, "Shift",
            number("x", -1, 1, 0, "", "Share of the frame width; right is positive"),
            number("y", -1, 1, 0, "", "Share of the frame height; down is positive")),
    PIP(Category.GEOMETRY, "Picture in picture",
            choice("position", "bottom-right", List.of("top-left", "top-right", "bottom-left", "bottom-right"), "The corner"),
            number("size", 0.1, 0.9, 0.33, "", "Width as a share of the frame")),
    KEN_BURNS(Category.GEOMETRY, "Ken Burns",
            number("zoom", 1, 2, 1.2, "x", "Zoom reached by the end (from 1, or to 1 when zooming out)"),
            choice("direction", "in", List.of("in", "out"), "Zoom in or out over the clip"),
            choice("pan", "none", List.of("none", "left", "right", "up", "down"), "Which way the window drifts")),
    STABILISE(Category.GEOMETRY, "Stabilise", number("strength", 0, 1, 0.5, "", "How much camera shake is removed")),

    // background (person segmentation on every frame)
    BACKGROUND_BLUR(Category.BACKGROUND, "Blur the background", number("strength", 0, 1, 0.6, "", "How much the background is blurred")),
    BACKGROUND_REMOVE(Category.BACKGROUND, "Remove the background",
            choice("output", "green", List.of("green", "alpha"), "Green screen, or a transparent background (alpha channel)")),
    BACKGROUND_REPLACE(Category.BACKGROUND, "Replace the background",
            colour("colour", "#000000", "The new background colour (when no image)"),
            text("image", "", "An image file for the new background; empty uses the colour")),

    // text
    TITLE(Category.TEXT, "Title",
            text("text", "", "The words shown"),
            choice("position", "bottom", List.of("top", "center", "bottom", "top-left", "top-right", "bottom-left", "bottom-right", "lower-third"), "Where on the frame"),
            number("size", 0.02, 0.5, 0.08, "", "Text height as a share of the frame height"),
            number("start", 0, 86400, 0, "s", "When it appears"),
            number("duration", 0, 86400, 0, "s", "How long it stays; 0 until the end of the clip"),
            colour("colour", "#ffffff", "Text colour")),

    // audio
    MUTE(Category.AUDIO, "Mute"),
    VOLUME(Category.AUDIO, "Volume", number("gainDb", -60, 24, 3, "dB", "Added gain; negative is quieter")),
    AUDIO_FADE_IN(Category.AUDIO, "Fade the sound in", number("duration", 0.04, 600, 1, "s", "Length of the fade at the start")),
    AUDIO_FADE_OUT(Category.AUDIO, "Fade the sound out", number("duration", 0.04, 600, 1, "s", "Length of the fade at the end")),
    NORMALISE(Category.AUDIO, "Normalise loudness", number("loudness", -40, -5, -14, "LUFS", "Integrated loudness target (web -14, podcast -16, broadcast -23)")),
    AUDIO_DENOISE(Category.AUDIO, "Reduce sound noise", number("strength", 0, 1, 0.5, "", "How much hiss, hum or background noise is removed"));

    private final Category category;
    private final String label;
    private final List<ParamSpec> params;

    OpKind(Category category, String label, ParamSpec... params) {
        this.category = category;
        this.label = label;
        this.params = List.of(params);
    }

    /** Which part of the clip it changes. */
    public Category category() {
        return category;
    }

    /** Name shown to the user, e.g. "Black and white". */
    public String label() {
        return label;
    }

    /** Its parameters in display order. */
    public List<ParamSpec> params() {
        return params;
    }

    /** The parameter called {@code name}, if it has one. */
    public Optional<ParamSpec> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Stable id used in plan JSON, e.g. {@code black-and-white}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this {@link #id()}. @throws PlanException listing the known ids */
    public static OpKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new PlanException("unknown operation '" + id + "'; known: "
                        + Arrays.stream(values()).map(OpKind::id).toList()));
    }
}

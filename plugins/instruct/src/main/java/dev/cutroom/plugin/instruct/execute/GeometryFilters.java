package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.Step;

/**
 * FFmpeg filters for the geometry operations, tracking the picture size through them. A reframe that follows the
 * subject moves its window every frame, so it is done on the frames in Java ({@link SubjectCrop}) before the graph;
 * the others are fixed filters.
 */
public final class GeometryFilters {
    /** Filters this class emits, for the availability check. */
    public static final java.util.List<String> USED = java.util.List.of("crop", "scale", "transpose", "hflip", "vflip", "rotate");

    private GeometryFilters() {}

    /** A filter and the size it produces. */
    public record Stage(String filter, FrameSize output) {}

    /** The filter for one geometry step on a picture of size {@code in}. */
    public static Stage of(Step step, FrameSize in) {
        return switch (step.op()) {
            case REFRAME -> {
                FrameSize out = in.cropTo(step.text("aspect"));
                yield new Stage("crop=" + out.width() + ":" + out.height() + ":" + (in.width() - out.width()) / 2 + ":"
                        + (in.height() - out.height()) / 2, out);
            }
            case ROTATE -> rotate(step.number("degrees"), in);
            case FLIP -> new Stage(step.text("direction").equals("vertical") ? "vflip" : "hflip", in);
            case PUNCH_IN -> punchIn(step.number("zoom"), in);
            default -> throw new IllegalArgumentException(step.op().id() + " is not a geometry operation");
        };
    }

    private static Stage rotate(double degrees, FrameSize in) {
        double d = ((degrees % 360) + 360) % 360;
        if (Math.abs(d - 90) < 1e-6) return new Stage("transpose=clock", in.turned().even());
        if (Math.abs(d - 270) < 1e-6) return new Stage("transpose=cclock", in.turned().even());
        if (Math.abs(d - 180) < 1e-6) return new Stage("hflip,vflip", in);
        if (d < 1e-6 || Math.abs(d - 360) < 1e-6) return new Stage("null", in);
        // any other angle: same frame size, the uncovered corners filled with black
        return new Stage("rotate=a=" + LookFilters.num(Math.toRadians(d)) + ":fillcolor=black", in);
    }

    private static Stage punchIn(double zoom, FrameSize in) {
        if (zoom <= 1 + 1e-6) return new Stage("null", in);
        FrameSize window = new FrameSize((int) Math.round(in.width() / zoom), (int) Math.round(in.height() / zoom)).even();
        return new Stage("crop=" + window.width() + ":" + window.height() + ":" + (in.width() - window.width()) / 2 + ":"
                + (in.height() - window.height()) / 2 + ",scale=" + in.width() + ":" + in.height() + ":flags=bicubic", in);
    }
}

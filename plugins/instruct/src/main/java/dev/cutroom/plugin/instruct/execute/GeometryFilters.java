package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.Step;

/**
 * FFmpeg filters for the geometry operations, tracking the picture size through them. A reframe that follows the
 * subject moves its window every frame, so it is done on the frames in Java ({@link SubjectCrop}) before the graph;
 * the others are fixed filters.
 */
public final class GeometryFilters {
    /** Filters this class emits, for the availability check. */
    public static final java.util.List<String> USED = java.util.List.of("crop", "scale", "transpose", "hflip", "vflip", "rotate",
            "pad", "zoompan", "deshake");

    private GeometryFilters() {}

    /** A filter and the size it produces. */
    public record Stage(String filter, FrameSize output) {}

    /** The filter for one geometry step on a picture of size {@code in}. */
    public static Stage of(Step step, FrameSize in) {
        return of(step, in, 2, 25);
    }

    /**
     * The filter for one geometry step.
     *
     * @param frames frames in the take (a Ken Burns move spans them)
     * @param fps    the take's frame rate
     */
    public static Stage of(Step step, FrameSize in, int frames, double fps) {
        int w = in.width();
        int h = in.height();
        return switch (step.op()) {
            case LETTERBOX -> {
                double r = aspect(step.text("aspect"));
                if (w / (double) h > r) { // pillarbox: bars left and right
                    int pw = even(h * r);
                    yield new Stage("crop=" + pw + ":" + h + ":" + (w - pw) / 2 + ":0,pad=" + w + ":" + h + ":" + (w - pw) / 2 + ":0:black", in);
                }
                int ph = even(w / r);
                yield new Stage("crop=" + w + ":" + ph + ":0:" + (h - ph) / 2 + ",pad=" + w + ":" + h + ":0:" + (h - ph) / 2 + ":black", in);
            }
            case CROP -> {
                int x = (int) Math.round(w * step.number("left"));
                int y = (int) Math.round(h * step.number("top"));
                int cw = even(w * (1 - step.number("left") - step.number("right")));
                int ch = even(h * (1 - step.number("top") - step.number("bottom")));
                yield new Stage("crop=" + cw + ":" + ch + ":" + x + ":" + y + ",scale=" + w + ":" + h + ":flags=bicubic", in);
            }
            case SCALE -> {
                int sw = even(w * step.number("factor"));
                int sh = even(h * step.number("factor"));
                yield new Stage("scale=" + sw + ":" + sh + ":flags=bicubic,pad=" + w + ":" + h + ":" + (w - sw) / 2 + ":" + (h - sh) / 2 + ":black", in);
            }
            case SHIFT -> {
                int dx = (int) Math.round(w * step.number("x"));
                int dy = (int) Math.round(h * step.number("y"));
                int vw = Math.max(2, w - Math.abs(dx));
                int vh = Math.max(2, h - Math.abs(dy));
                yield new Stage("crop=" + vw + ":" + vh + ":" + Math.max(0, -dx) + ":" + Math.max(0, -dy)
                        + ",pad=" + w + ":" + h + ":" + Math.max(0, dx) + ":" + Math.max(0, dy) + ":black", in);
            }
            case PIP -> {
                int sw = even(w * step.number("size"));
                int sh = even(h * step.number("size"));
                int m = even(h / 20.0);
                String pos = step.text("position");
                int x = pos.endsWith("left") ? m : w - sw - m;
                int y = pos.startsWith("top") ? m : h - sh - m;
                yield new Stage("scale=" + sw + ":" + sh + ":flags=bicubic,pad=" + w + ":" + h + ":" + x + ":" + y + ":black", in);
            }
            case KEN_BURNS -> kenBurns(step, in, frames, fps);
            // deshake: motion search up to 16..64 pixels; the uncovered edges keep the previous frame's pixels
            case STABILISE -> new Stage("deshake=rx=" + (16 + 16 * (int) Math.round(3 * step.number("strength")))
                    + ":ry=" + (16 + 16 * (int) Math.round(3 * step.number("strength"))) + ":edge=mirror", in);
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

    /**
     * A slow zoom (and drift) over the whole take with zoompan, one output frame per input frame: the zoom goes from 1
     * to {@code zoom} (or back for "out"); the window stays centred, or drifts from one edge to the other.
     */
    private static Stage kenBurns(Step step, FrameSize in, int frames, double fps) {
        double z = step.number("zoom");
        String p = "(on/" + Math.max(1, frames - 1) + ")";
        String zoom = step.text("direction").equals("out") ? LookFilters.num(z) + "-" + LookFilters.num(z - 1) + "*" + p
                : "1+" + LookFilters.num(z - 1) + "*" + p;
        String x = switch (step.text("pan")) {
            case "left" -> "(iw-iw/zoom)*(1-" + p + ")";
            case "right" -> "(iw-iw/zoom)*" + p;
            default -> "(iw-iw/zoom)/2";
        };
        String y = switch (step.text("pan")) {
            case "up" -> "(ih-ih/zoom)*(1-" + p + ")";
            case "down" -> "(ih-ih/zoom)*" + p;
            default -> "(ih-ih/zoom)/2";
        };
        return new Stage("zoompan=z='" + zoom + "':x='" + x + "':y='" + y + "':d=1:s=" + in.width() + "x" + in.height()
                + ":fps=" + LookFilters.num(fps), in);
    }

    private static double aspect(String ratio) {
        String[] p = ratio.split(":");
        return Double.parseDouble(p[0]) / Double.parseDouble(p[1]);
    }

    private static int even(double v) {
        return Math.max(2, 2 * (int) Math.round(v / 2));
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

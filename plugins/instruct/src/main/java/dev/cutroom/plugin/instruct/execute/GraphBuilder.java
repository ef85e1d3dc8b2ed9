package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.Category;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a plan into one FFmpeg filter graph per take. The order is fixed whatever the order of the plan's steps,
 * because it is the order that makes sense on a picture: background (in Java, on the full frame the model sees),
 * then geometry in plan order (so crops and turns compose as asked), then the look in plan order, then fades, then
 * titles (text is not graded, blurred or vignetted). Looks on the background only are not in the graph: they run in
 * Java through the person mask ({@link BackgroundCompositor}); a step on part of the clip is enabled only there.
 */
public final class GraphBuilder {
    private GraphBuilder() {}

    /**
     * @param source     the clip's picture size
     * @param font       font file for drawtext, or empty to paint titles in Java
     * @param scratch    where title text files go
     * @param firstFrame take frame where the kept part starts
     * @param endFrame   take frame after the kept part
     */
    public static VideoRecipe build(Plan plan, FrameSize source, ClipTiming timing, Optional<Path> font, Path scratch,
                                    int firstFrame, int endFrame) throws IOException {
        FrameSize size = source;
        FrameSize followCrop = null;
        List<String> filters = new ArrayList<>();
        for (Step s : plan.steps()) {
            if (s.op() == OpKind.REFRAME && s.flag("followSubject") && followCrop == null && filters.isEmpty()) {
                followCrop = size.cropTo(s.text("aspect"));
                size = followCrop;
                continue;
            }
            if (s.op().category() != Category.GEOMETRY) continue;
            GeometryFilters.Stage stage = GeometryFilters.of(s, size, Math.max(2, endFrame - firstFrame), timing.takeFps());
            if (!stage.filter().equals("null")) filters.add(stage.filter());
            size = stage.output();
        }
        FrameSize graphInput = followCrop != null ? followCrop : source;
        for (Step s : plan.steps()) {
            if (s.op().category() == Category.LOOK && s.op() != OpKind.FADE_IN && s.op() != OpKind.FADE_OUT && !s.background()) {
                filters.add(LookFilters.of(s, size.height(), timing, firstFrame, endFrame));
            }
        }
        for (Step s : plan.steps()) {
            if (s.op() == OpKind.FADE_IN || s.op() == OpKind.FADE_OUT) filters.add(LookFilters.of(s, size.height(), timing, firstFrame, endFrame));
        }
        List<TitleLayout> painted = new ArrayList<>();
        for (Step s : plan.steps(OpKind.TITLE)) {
            if (s.text("text").isBlank()) continue;
            TitleLayout t = TitleLayout.of(s, size.height(), timing, firstFrame, endFrame);
            if (font.isPresent()) filters.add(TitleFilter.of(t, font.get(), scratch));
            else painted.add(t);
        }
        boolean alpha = plan.steps(OpKind.BACKGROUND_REMOVE).stream().anyMatch(s -> s.text("output").equals("alpha"));
        return new VideoRecipe(followCrop, graphInput, filters, size, alpha, painted);
    }

    /** Whether the plan changes the picture at all (otherwise a take is needed only for sound or time). */
    public static boolean touchesPicture(Plan plan) {
        return plan.steps().stream().anyMatch(s -> switch (s.op().category()) {
            case LOOK, GEOMETRY, BACKGROUND, TEXT -> true;
            default -> false;
        });
    }
}

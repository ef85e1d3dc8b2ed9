package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.instruct.plan.Category;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies a plan to every selected clip: one new take per clip made in a single pass (look, geometry, background,
 * titles, sound, and reverse, freeze or interpolated slow motion), plus a {@code Retime} for speed changes and a
 * {@code Trim} for the kept part. What could not be done as asked (no model, no person found) is said in the log
 * and the summary, never skipped silently.
 */
public final class PlanRunner {
    private final Supplier<Optional<Path>> titleFont;

    /** A runner that draws titles with FFmpeg's drawtext when {@link FontFiles} finds a font, else with Java2D. */
    public PlanRunner() {
        this(FontFiles::find);
    }

    /** @param titleFont the font file for drawtext; empty paints titles with Java2D ({@link TitlePainter}) */
    public PlanRunner(Supplier<Optional<Path>> titleFont) {
        this.titleFont = titleFont;
    }

    public JobResult run(Plan plan, Job job, JobContext context) throws Exception {
        if (plan.isEmpty()) throw new IllegalArgumentException("the plan has no operations");
        for (Step s : plan.steps()) {
            if (s.part() != null && s.op().category() == Category.TIME) {
                throw new IllegalArgumentException(s.op().label() + " on part of a clip (" + s.part().from() + " to " + s.part().to()
                        + " s) is not applied yet: split the clip there and change the speed of that piece; nothing was changed");
            }
            if (s.part() != null && s.op().category() != Category.LOOK && s.op().category() != Category.AUDIO) {
                throw new IllegalArgumentException(s.op().label() + " applies to the whole clip only; nothing was changed");
            }
        }
        List<ClipRef> clips = switch (job.selection()) {
            case Selection.Clips c -> c.clips();
            case Selection.Range r -> r.clips();
        };
        JobResult.Builder result = JobResult.builder();
        List<String> notes = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < clips.size(); i++) {
                context.checkCancelled();
                ClipJob clipJob = new ClipJob(plan, clips.get(i), context, notes, titleFont, written,
                        (double) i / clips.size(), (double) (i + 1) / clips.size());
                clipJob.run(result);
            }
        } catch (Exception | Error e) {
            // cancelled or failed: no half-written or orphaned take stays behind, whoever runs the plan
            for (Path f : written) Files.deleteIfExists(f);
            throw e;
        }
        String what = plan.steps().stream().map(s -> s.op().label().toLowerCase(java.util.Locale.ROOT)).distinct().reduce((a, b) -> a + ", " + b).orElse("");
        result.note("plan", plan.steps().toString());
        result.summary("Applied " + what + " to " + clips.size() + (clips.size() == 1 ? " clip" : " clips")
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes.stream().distinct().toList()) + ")"));
        return result.build();
    }

    /** The work on one clip. */
    private static final class ClipJob {
        private final Plan plan;
        private final ClipRef clip;
        private final JobContext context;
        private final List<String> notes;
        private final Supplier<Optional<Path>> titleFont;
        private final List<Path> written;
        private final double from, to;

        ClipJob(Plan plan, ClipRef clip, JobContext context, List<String> notes, Supplier<Optional<Path>> titleFont,
                List<Path> written, double from, double to) {
            this.plan = plan;
            this.clip = clip;
            this.context = context;
            this.notes = notes;
            this.titleFont = titleFont;
            this.written = written;
            this.from = from;
            this.to = to;
        }

        void run(JobResult.Builder result) throws Exception {
            SpeedChange speedChange = SpeedChange.of(plan, clip);
            double speed = speedChange.result();
            ClipTiming sourceTiming = new ClipTiming(clip, speed);
            KeptRange kept = KeptRange.of(plan, sourceTiming.timelineSeconds());
            Interpolator interpolator = speedChange.interpolates() && clip.hasVideo() ? openInterpolator() : null;
            try {
                boolean interpolated = interpolator != null;
                ClipTiming timing = interpolated ? new ClipTiming(clip, speed, 1 / speed) : sourceTiming;
                if (needsTake(interpolated)) {
                    Path file = makeTake(timing, kept, interpolator);
                    result.newTake(clip.clipId(), file, "Instruct: " + describe());
                }
            } finally {
                if (interpolator != null) interpolator.close();
            }
            if (speedChange.changes()) result.retime(clip.clipId(), speed);
            if (!kept.isWhole(sourceTiming.timelineSeconds())) {
                TimeSpan keep = sourceTiming.sourceSpan(kept.from(), kept.to());
                result.trim(clip.clipId(), keep);
                context.info(clip.clipId() + ": keeping source " + keep);
            }
        }

        private boolean needsTake(boolean interpolated) {
            boolean audioOps = plan.steps().stream().anyMatch(s -> s.op().category() == Category.AUDIO);
            return interpolated || plan.has(OpKind.REVERSE, OpKind.FREEZE_FRAME) || audioOps
                    || (clip.hasVideo() && GraphBuilder.touchesPicture(plan));
        }

        private Interpolator openInterpolator() {
            try {
                InferenceSession s = context.models().open(RifeInterpolator.MODEL);
                context.info("slow motion: new frames interpolated by RIFE v4.6 on " + s.device());
                RifeInterpolator rife = new RifeInterpolator(s);
                FrameSize work = rife.workingSizeHere(new FrameSize(clip.width(), clip.height()));
                if (work.width() != clip.width()) {
                    context.info("slow motion: frames interpolated at " + work + " and scaled up on the CPU (in-between frames are softer)");
                }
                return rife;
            } catch (Exception e) {
                warn("RIFE is not available (" + e.getMessage() + "): slow motion repeats frames");
                return null;
            }
        }

        private Path makeTake(ClipTiming timing, KeptRange kept, Interpolator interpolator) throws Exception {
            TimeMap time = timeMap(timing, interpolator != null);
            int firstFrame = Math.max(0, timing.takeFrame(kept.from()));
            int endFrame = Math.min(time.takeFrames(), Math.max(firstFrame + 1, timing.takeFrame(kept.to())));
            long rate = clip.sampleRate();
            long firstSample = Math.round(kept.from() * timing.speed() * rate);
            long endSample = Math.min(Math.round(timing.sourceSeconds() * rate), Math.round(kept.to() * timing.speed() * rate));
            String audioFilters = clip.hasAudio() ? AudioFilters.of(plan, timing, clip.sampleRate(), firstSample, Math.max(firstSample + 1, endSample)) : null;
            TakeRenderer renderer = new TakeRenderer(context);
            if (!clip.hasVideo()) {
                Path file = context.newOutputFile(baseName() + ".m4a");
                written.add(file);
                renderer.renderSound(clip, time.reverse(), audioFilters, file);
                return file;
            }
            Optional<Path> font = plan.has(OpKind.TITLE) ? titleFont.get() : Optional.empty();
            if (plan.has(OpKind.TITLE) && font.isEmpty()) warn("no font file for FFmpeg's drawtext: titles drawn with Java2D");
            VideoRecipe recipe = GraphBuilder.build(plan, new FrameSize(clip.width(), clip.height()), timing, font,
                    context.scratchDir(), firstFrame, endFrame);
            context.info(clip.clipId() + ": filter graph " + recipe.graph("..."));
            List<AutoCloseable> resources = new ArrayList<>();
            try {
                List<FrameStage> stages = stages(recipe, timing, resources);
                Path file = context.newOutputFile(baseName() + "." + TakeWriter.extension(recipe.alpha()));
                written.add(file);
                renderer.render(new TakeRenderer.Job(clip, recipe, stages, time, interpolator, timing.takeFps(), audioFilters, file, from, to));
                return file;
            } finally {
                for (AutoCloseable r : resources) r.close();
            }
        }

        private TimeMap timeMap(ClipTiming timing, boolean interpolated) {
            TimeMap map = TimeMap.identity(timing.sourceFrames());
            if (interpolated) map = map.withSlowMotion(timing.speed());
            if (plan.has(OpKind.REVERSE)) map = map.reversed();
            for (Step s : plan.steps(OpKind.FREEZE_FRAME)) {
                int start = Math.min(map.takeFrames() - 1, timing.takeFrame(s.number("at")));
                int end = s.number("duration") > 0 ? start + timing.frames(s.number("duration")) : map.takeFrames();
                map = map.withFreeze(start, end, (int) Math.floor(map.position(start)));
            }
            return map;
        }

        /** The Java stages: background first (the model sees the whole frame), then the moving crop, then painted titles. */
        private List<FrameStage> stages(VideoRecipe recipe, ClipTiming timing, List<AutoCloseable> resources) throws Exception {
            List<FrameStage> stages = new ArrayList<>();
            boolean needMasks = plan.steps().stream().anyMatch(s -> s.op().category() == Category.BACKGROUND || s.background())
                    || recipe.followCrop() != null;
            PersonMasks masks = needMasks ? openMasks(resources) : null;
            for (Step s : plan.steps()) {
                if (s.op().category() != Category.BACKGROUND && !s.background()) continue;
                if (masks == null) {
                    warn(s.op().label() + " skipped: the person segmentation model is not available");
                    continue;
                }
                stages.add(new BackgroundCompositor(masks, backdrop(s, timing, resources)));
            }
            if (recipe.followCrop() != null) {
                SubjectTracker tracker = new SubjectTracker(timing.takeFps(), 0.4, 0.8);
                if (masks == null) warn("reframe centred: the person segmentation model is not available");
                stages.add(new SubjectCrop(recipe.followCrop(), masks, tracker));
                resources.add(() -> {
                    if (masks != null && tracker.framesWithSubject() == 0) warn("reframe centred: no person found in clip " + clip.clipId());
                    else if (masks != null) context.info("reframe followed the person in " + tracker.framesWithSubject() + " frames");
                });
            }
            for (TitleLayout t : recipe.paintedTitles()) stages.add(new TitlePainter(t));
            return stages;
        }

        private PersonMasks openMasks(List<AutoCloseable> resources) {
            try {
                PersonMasks m = new PersonMasks(context.models().open(PersonMasks.MODEL));
                resources.add(m);
                return m;
            } catch (Exception e) {
                context.warn("person segmentation model not available: " + e.getMessage());
                return null;
            }
        }

        private BackgroundCompositor.Backdrop backdrop(Step s, ClipTiming timing, List<AutoCloseable> resources) throws Exception {
            FrameSize size = new FrameSize(clip.width(), clip.height());
            if (s.op() == OpKind.BACKGROUND_REMOVE) {
                return s.text("output").equals("alpha") ? new BackgroundCompositor.Transparent() : new BackgroundCompositor.Solid(BackgroundCompositor.GREEN);
            }
            if (s.op() == OpKind.BACKGROUND_REPLACE) {
                return s.text("image").isBlank() ? new BackgroundCompositor.Solid(Integer.parseInt(s.text("colour").substring(1), 16))
                        : new BackgroundCompositor.Picture(BackgroundImages.cover(Path.of(s.text("image")), size));
            }
            return switch (s.op()) {
                case BACKGROUND_BLUR -> {
                    RgbFilter blur = new RgbFilter("gblur=sigma=" + LookFilters.num(1 + s.number("strength") * 0.04 * size.height()), size, timing.takeFps());
                    resources.add(blur);
                    yield new BackgroundCompositor.Filtered(blur);
                }
                default -> { // a look on the background only, its frames counted from the take's first
                    RgbFilter look = new RgbFilter(LookFilters.of(s, size.height(), timing, 0, timing.sourceFrames()), size, timing.takeFps());
                    resources.add(look);
                    yield new BackgroundCompositor.Filtered(look);
                }
            };
        }

        private void warn(String message) {
            context.warn(message);
            notes.add(message);
        }

        private String baseName() {
            return clip.clipId().replaceAll("[^A-Za-z0-9._-]", "_") + "-instruct";
        }

        private String describe() {
            return plan.steps().stream().map(s -> s.op().label().toLowerCase(java.util.Locale.ROOT)).distinct()
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
    }
}

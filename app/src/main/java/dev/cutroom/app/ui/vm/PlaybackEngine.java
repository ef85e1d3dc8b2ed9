package dev.cutroom.app.ui.vm;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.render.TimelineRenderer;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The playback clock, with sound. At 1x forward the mixed timeline audio ({@link TimelineRenderer#renderAudio},
 * which already applies mute, solo and clip volume) is rendered ahead on a background thread and written to an
 * {@link AudioLine} (16-bit stereo at the project's sample rate); the line's play position is then the master
 * clock and the picture follows it, so sound and picture stay in sync however slow decoding is.
 *
 * <p>The wall clock is used instead when there is no sound device (opening the line fails: logged once, and
 * {@link #status()} says "no audio device"), when the audio could not be rendered, and at every other shuttle
 * speed (J/K/L at 2x, 4x, 8x and backwards play <b>without sound</b>: no pitch-shifted or reversed audio).
 *
 * <p>Call {@link #start}, {@link #frameAt}, {@link #stop} from one thread (the FX thread); only the audio
 * thread touches the renderer it creates.
 */
public final class PlaybackEngine implements AutoCloseable {
    /** The mixed sound of a timeline, frame by frame; one per play, used by the audio thread only. */
    public interface AudioSource extends AutoCloseable {
        /** Interleaved floats in [-1, 1]; the first {@code samplesIn(frame) * channels()} values belong to the frame. */
        float[] render(long frame);

        int samplesIn(long frame);

        int channels();

        @Override
        void close();

        @FunctionalInterface
        interface Factory {
            /** @param from the first frame that will be played (media before it need not be checked) */
            AudioSource open(Project project, MediaResolver resolver, long from);
        }
    }

    public enum Clock { AUDIO, WALL }

    private static final System.Logger LOG = System.getLogger(PlaybackEngine.class.getName());
    private static final AtomicBoolean LOGGED_NO_DEVICE = new AtomicBoolean();
    /** Output channels: always stereo (mono is doubled, extra channels are dropped). */
    public static final int OUT_CHANNELS = 2;

    private final AudioLine.Factory lines;
    private final AudioSource.Factory sources;

    private AudioLine line;
    private int lineRate = -1;
    private String lineError;

    private Project project;
    private long startFrame;
    private int speed;
    private long startNanos = -1;
    private Clock clock = Clock.WALL;
    private long baseLinePosition, baseSample;
    private Thread audioThread;
    private volatile boolean running;
    private final Object startLock = new Object();
    /** Frames queued before the line starts playing. */
    static final int PREFILL_FRAMES = 2;
    private volatile String audioError;
    private String status = "";
    /** Levels of the frames rendered for playback, for the meters; only the last {@link #LEVEL_HISTORY} are kept. */
    private final java.util.concurrent.ConcurrentSkipListMap<Long, AudioLevels> levels = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final int LEVEL_HISTORY = 250;
    /** How far ahead of the wall clock the meters render when there is no sound device, in frames. */
    private static final int METER_LEAD = 4;

    public PlaybackEngine(AudioLine.Factory lines, AudioSource.Factory sources) {
        this.lines = lines;
        this.sources = sources;
    }

    /** The app's engine: the default sound device, the timeline's own mix. */
    public static PlaybackEngine forApp() {
        return new PlaybackEngine(JavaSoundLine::open, PlaybackEngine::timelineAudio);
    }

    /** An engine without sound (wall clock only). */
    public static PlaybackEngine silent() {
        return new PlaybackEngine(null, PlaybackEngine::timelineAudio);
    }

    /** The renderer's audio mix as a source (audio only: no picture is decoded). */
    public static AudioSource timelineAudio(Project project, MediaResolver resolver, long from) {
        long end = Math.max(from + 1, project.timeline().duration());
        TimelineRenderer r = new TimelineRenderer(project, resolver, 2, 2, new FrameRange(from, end - from));
        return new AudioSource() {
            @Override public float[] render(long frame) { return r.renderAudio(frame); }
            @Override public int samplesIn(long frame) { return r.samplesIn(frame); }
            @Override public int channels() { return r.channels(); }
            @Override public void close() { r.close(); }
        };
    }

    /** Which clock drives the picture now. */
    public Clock clock() { return clock; }

    /** For the stats overlay: "audio 48 kHz", "no audio device", "muted at 2x", or why the audio failed. */
    public String status() { return status; }

    /** The line, when one was opened (tests). */
    public AudioLine line() { return line; }

    /**
     * Starts (or restarts, after a seek or an edit) playing {@code project} from {@code frame} at {@code speed}.
     * Anything queued from before is flushed.
     */
    public void start(Project project, MediaResolver resolver, long frame, int speed) {
        stopAudio(true);
        this.project = project;
        this.startFrame = frame;
        this.speed = speed;
        this.startNanos = -1;
        this.clock = Clock.WALL;
        int rate = project.timeline().sampleRate();
        if (speed != 1) {
            status = "muted at " + speed + "x";
            return;
        }
        AudioLine l = line(rate);
        if (l == null) {
            status = "no audio device";
            // the meters still follow the sound, rendered just ahead of the wall clock and played nowhere
            running = true;
            long end = project.timeline().duration();
            audioThread = Thread.ofPlatform().daemon().name("cutroom-meter").start(() -> meterOnly(project, resolver, frame, end));
            return;
        }
        baseLinePosition = l.framePosition();
        baseSample = firstSampleOf(project, frame);
        audioError = null;
        running = true;
        clock = Clock.AUDIO;
        status = l.describe();
        long end = project.timeline().duration();
        audioThread = Thread.ofPlatform().daemon().name("cutroom-audio").start(() -> feed(l, project, resolver, frame, end));
    }

    /** The frame to show at {@code nanos} (System.nanoTime): from the audio position, or from the wall clock. */
    public long frameAt(long nanos) {
        if (project == null) return 0;
        if (clock == Clock.AUDIO) {
            String failed = audioError;
            if (failed == null) {
                long sample = baseSample + (line.framePosition() - baseLinePosition);
                return frameOfSample(project, sample);
            }
            // the sound could not be rendered: go on silently from where the audio clock was
            long at = frameOfSample(project, baseSample + (line.framePosition() - baseLinePosition));
            stopAudio(true);
            status = "audio failed: " + failed;
            clock = Clock.WALL;
            startFrame = at;
            startNanos = -1;
        }
        if (startNanos < 0) { startNanos = nanos; return startFrame; }
        double fps = project.timeline().rate().toDouble();
        return startFrame + (long) Math.floor((nanos - startNanos) / 1e9 * fps * speed);
    }

    /** Stops playing; the line is stopped and flushed (it stays open for the next play). */
    public void stop() {
        stopAudio(true);
        project = null;
    }

    private void stopAudio(boolean flush) {
        synchronized (startLock) {
            running = false;
        }
        Thread t = audioThread;
        audioThread = null;
        if (line != null) {
            line.stop();
            if (flush) line.flush();
        }
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) t.interrupt();
        }
        if (line != null && flush) line.flush();
    }

    private AudioLine line(int rate) {
        if (lines == null) return null;
        if (line != null && lineRate == rate) return line;
        if (line == null && lineError != null && lineRate == rate) return null;
        if (line != null) line.close();
        line = null;
        lineRate = rate;
        try {
            line = lines.open(rate, OUT_CHANNELS);
            lineError = null;
        } catch (Exception | LinkageError e) {
            lineError = String.valueOf(e.getMessage());
            if (LOGGED_NO_DEVICE.compareAndSet(false, true)) {
                LOG.log(System.Logger.Level.INFO, "No audio device ({0}); playback runs on the wall clock without sound", lineError);
            }
        }
        return line;
    }

    /**
     * The audio thread: renders frame after frame ahead of the speaker; the line's buffer bounds how far ahead. The
     * line is started once {@link #PREFILL_FRAMES} frames are queued (or the sound ends), so opening the decoders
     * does not play as a gap; until then the audio clock, and so the picture, waits on the first frame.
     */
    private void feed(AudioLine l, Project p, MediaResolver resolver, long from, long end) {
        byte[] pcm = new byte[0];
        boolean started = false;
        try (AudioSource source = sources.open(p, resolver, from)) {
            int channels = source.channels();
            for (long f = from; running && f < end; f++) {
                if (!started && f - from >= PREFILL_FRAMES) started = startLine(l);
                float[] mix = source.render(f);
                int n = source.samplesIn(f);
                keepLevels(f, AudioLevels.measure(mix, n, channels));
                int bytes = n * OUT_CHANNELS * 2;
                if (pcm.length < bytes) pcm = new byte[bytes];
                toPcm16(mix, n, channels, pcm);
                int off = 0;
                while (running && off < bytes) {
                    int w = l.write(pcm, off, bytes - off);
                    if (w <= 0 && !running) break;
                    off += Math.max(0, w);
                }
            }
            if (!started) startLine(l);
        } catch (RuntimeException e) {
            if (running) audioError = String.valueOf(e.getMessage());
        }
    }

    /** Without a sound device: renders the mix only for the meters, a few frames ahead of the wall clock. */
    private void meterOnly(Project p, MediaResolver resolver, long from, long end) {
        double fps = p.timeline().rate().toDouble();
        long t0 = System.nanoTime(); // its own wall clock: frameAt belongs to the FX thread
        try (AudioSource source = sources.open(p, resolver, from)) {
            for (long f = from; running && f < end; f++) {
                while (running && f > from + (long) ((System.nanoTime() - t0) / 1e9 * fps) + METER_LEAD) {
                    java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                }
                float[] mix = source.render(f);
                keepLevels(f, AudioLevels.measure(mix, source.samplesIn(f), source.channels()));
            }
        } catch (RuntimeException e) {
            if (running) audioError = String.valueOf(e.getMessage());
        }
    }

    private void keepLevels(long frame, AudioLevels l) {
        levels.put(frame, l);
        while (levels.size() > LEVEL_HISTORY) levels.pollFirstEntry();
    }

    /** The levels of the sound at {@code frame} (the frame shown), or silence when it was not rendered. Any thread. */
    public AudioLevels levelsAt(long frame) {
        AudioLevels l = levels.get(frame);
        return l == null ? AudioLevels.SILENCE : l;
    }

    private boolean startLine(AudioLine l) {
        synchronized (startLock) {
            if (running) l.start();
        }
        return true;
    }

    /** Interleaved floats to 16-bit signed little-endian stereo. */
    static void toPcm16(float[] mix, int frames, int channels, byte[] out) {
        for (int i = 0, o = 0; i < frames; i++) {
            for (int c = 0; c < OUT_CHANNELS; c++) {
                float v = mix[i * channels + Math.min(c, channels - 1)];
                int s = Math.round(Math.max(-1f, Math.min(1f, v)) * 32767f);
                out[o++] = (byte) s;
                out[o++] = (byte) (s >> 8);
            }
        }
    }

    /** Sample index where timeline frame {@code frame} starts (as {@link TimelineRenderer#firstSampleOf}). */
    public static long firstSampleOf(Project p, long frame) {
        FrameRate rate = p.timeline().rate();
        return Math.floorDiv(Math.multiplyExact(frame, (long) p.timeline().sampleRate() * rate.den()), rate.num());
    }

    /** The timeline frame that sample {@code sample} belongs to. */
    public static long frameOfSample(Project p, long sample) {
        FrameRate rate = p.timeline().rate();
        long f = Math.floorDiv(Math.multiplyExact(sample, (long) rate.num()), (long) p.timeline().sampleRate() * rate.den());
        while (firstSampleOf(p, f + 1) <= sample) f++;
        while (f > 0 && firstSampleOf(p, f) > sample) f--;
        return f;
    }

    @Override
    public void close() {
        stopAudio(true);
        if (line != null) line.close();
        line = null;
    }
}

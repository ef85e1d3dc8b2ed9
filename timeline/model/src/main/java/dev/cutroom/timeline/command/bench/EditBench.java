package dev.cutroom.timeline.command.bench;

import dev.cutroom.timeline.command.AddMarker;
import dev.cutroom.timeline.command.AddMedia;
import dev.cutroom.timeline.command.AddTake;
import dev.cutroom.timeline.command.AddTrack;
import dev.cutroom.timeline.command.Append;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.CompoundCommand;
import dev.cutroom.timeline.command.Insert;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.command.Lift;
import dev.cutroom.timeline.command.Move;
import dev.cutroom.timeline.command.Overwrite;
import dev.cutroom.timeline.command.RippleDelete;
import dev.cutroom.timeline.command.RippleTrim;
import dev.cutroom.timeline.command.Roll;
import dev.cutroom.timeline.command.SetActiveTake;
import dev.cutroom.timeline.command.SetEnabled;
import dev.cutroom.timeline.command.SetSpeed;
import dev.cutroom.timeline.command.SetTrackFlags;
import dev.cutroom.timeline.command.SetVolume;
import dev.cutroom.timeline.command.Slip;
import dev.cutroom.timeline.command.Split;
import dev.cutroom.timeline.command.TrimIn;
import dev.cutroom.timeline.command.TrimOut;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Edit timings on a long timeline. Builds a deterministic project of {@value #DEFAULT_CLIPS} clips at 29.97 fps
 * (linked video/audio pairs on V1/A1 and V2/A2, small gaps, some clips at speed 2 or 1/2, some with two takes)
 * and offers one method per edit kind; each applies that edit once, at a pseudo-random place, to the same
 * starting project and returns the edited project. The app's {@code cutroom bench} times them; {@link #main}
 * prints median and p99 per edit.
 *
 * <p>Not thread-safe (one random source).
 */
public final class EditBench {
    public static final int DEFAULT_CLIPS = 10_000;

    /** One timed edit: a name and the work. */
    public record Edit(String name, Supplier<Project> run) {}

    private final Project project;
    private final Random random;
    private final Ids ids;
    private final List<Clip> v1, a1;
    private final String v1Id;
    private final FrameRate rate;
    private long counter;

    public EditBench() { this(DEFAULT_CLIPS, 1234); }

    public EditBench(int clips, long seed) {
        this.random = new Random(seed);
        this.ids = Ids.seeded(seed);
        this.project = build(clips);
        Invariants.check(project);
        Track t = project.timeline().tracks().getFirst();
        this.v1Id = t.id();
        this.v1 = t.clips();
        this.a1 = project.timeline().tracks().get(2).clips();
        this.rate = project.timeline().rate();
    }

    /** The starting project (every edit starts from it). */
    public Project project() { return project; }

    /** Number of clips in the project. */
    public int clipCount() { return project.timeline().tracks().stream().mapToInt(t -> t.clips().size()).sum(); }

    /** All edits, in menu order. */
    public List<Edit> edits() {
        return List.of(new Edit("split", this::split), new Edit("insert", this::insert), new Edit("overwrite", this::overwrite),
                new Edit("append", this::append), new Edit("move", this::move), new Edit("trimIn", this::trimIn),
                new Edit("trimOut", this::trimOut), new Edit("rippleTrim", this::rippleTrim), new Edit("rippleDelete", this::rippleDelete),
                new Edit("lift", this::lift), new Edit("slip", this::slip), new Edit("roll", this::roll),
                new Edit("setSpeed", this::setSpeed), new Edit("setVolume", this::setVolume), new Edit("setEnabled", this::setEnabled),
                new Edit("addTake", this::addTake), new Edit("setActiveTake", this::setActiveTake), new Edit("addTrack", this::addTrack),
                new Edit("lockTrack", this::lockTrack), new Edit("addMarker", this::addMarker), new Edit("addMedia", this::addMedia),
                new Edit("compoundSplitPair", this::compoundSplitPair), new Edit("undoRippleDelete", this::undoRippleDelete));
    }

    public Project split() {
        Clip c = pick(v1);
        return run(new Split(c.id(), c.start() + c.duration() / 2, fresh("clip"), freshTakes(c), null));
    }

    public Project insert() {
        Clip c = pick(v1);
        return run(new Insert(v1Id, c.start(), newClip(c), null, List.of()));
    }

    public Project overwrite() {
        Clip c = pick(v1);
        return run(new Overwrite(v1Id, c.start() + 3, newClip(c), fresh("clip"), freshTakes(c)));
    }

    public Project append() { return run(new Append(v1Id, newClip(pick(v1)))); }

    /** Moves a clip into the gap after it (or a few frames earlier into the gap before it). */
    public Project move() {
        while (true) {
            int i = random.nextInt(v1.size() - 1);
            Clip c = v1.get(i), next = v1.get(i + 1);
            if (next.start() > c.end()) return run(new Move(c.id(), c.start() + (next.start() - c.end())));
        }
    }

    public Project trimIn() { return run(new TrimIn(pick(v1).id(), 5)); }

    public Project trimOut() { return run(new TrimOut(pick(v1).id(), -5)); }

    public Project rippleTrim() { return run(new RippleTrim(pick(v1).id(), RippleTrim.Edge.OUT, -7)); }

    public Project rippleDelete() { return run(new RippleDelete(pick(v1).id())); }

    public Project lift() { return run(new Lift(pick(v1).id())); }

    public Project slip() { return run(new Slip(pick(v1).id(), Rational.of(1, 10))); }

    /** Rolls a cut between two adjacent clips. */
    public Project roll() {
        while (true) {
            int i = random.nextInt(v1.size() - 1);
            Clip c = v1.get(i), next = v1.get(i + 1);
            if (next.start() == c.end()) return run(new Roll(c.id(), next.id(), 3));
        }
    }

    public Project setSpeed() { return run(new SetSpeed(pick(v1).id(), Rational.of(3, 2), true)); }

    public Project setVolume() { return run(new SetVolume(pick(a1).id(), 0.5)); }

    public Project setEnabled() { return run(new SetEnabled(pick(v1).id(), false)); }

    public Project addTake() {
        Clip c = pick(v1);
        Take t = c.activeTake();
        return run(new AddTake(c.id(), new Take(fresh("take"), t.mediaId(), t.offset(), "Generated", null), true));
    }

    /** Switches to the other take of a clip that has two. */
    public Project setActiveTake() {
        while (true) {
            Clip c = pick(v1);
            if (c.takes().size() > 1) return run(new SetActiveTake(c.id(), c.takes().get(1).id()));
        }
    }

    public Project addTrack() { return run(new AddTrack(fresh("track"), TrackKind.VIDEO, null, 2)); }

    public Project lockTrack() { return run(SetTrackFlags.lock(v1Id, true)); }

    public Project addMarker() {
        return run(new AddMarker(new Marker(fresh("marker"), "Note", random.nextInt((int) project.timeline().duration()), 0, "red", null)));
    }

    public Project addMedia() {
        return run(new AddMedia(MediaItem.probed(fresh("media"), "media/new.wav", new MediaInfo("wav", Rational.of(12),
                null, new MediaInfo.AudioStreamInfo(48_000, 2, "pcm_s16le")))));
    }

    /** A linked video/audio split as one compound edit. */
    public Project compoundSplitPair() {
        int i = random.nextInt(v1.size());
        Clip v = v1.get(i), a = a1.get(i);
        long f = v.start() + v.duration() / 2;
        String link = fresh("link");
        return run(CompoundCommand.of("Split", new Split(v.id(), f, fresh("clip"), freshTakes(v), link),
                new Split(a.id(), f, fresh("clip"), freshTakes(a), link)));
    }

    /** Undo of a ripple delete (the inverse is applied; the delete itself is not timed). */
    public Project undoRippleDelete() {
        Command.Applied done = new RippleDelete(pick(v1).id()).apply(project);
        long t0 = System.nanoTime();
        Project back = done.inverse().apply(done.after()).after();
        lastUndoNanos = System.nanoTime() - t0;
        return back;
    }

    private long lastUndoNanos;

    /** Nanoseconds the last {@link #undoRippleDelete} spent in the undo itself. */
    public long lastUndoNanos() { return lastUndoNanos; }

    private Project run(Command c) { return c.apply(project).after(); }

    private Clip pick(List<Clip> clips) { return clips.get(random.nextInt(clips.size())); }

    private String fresh(String prefix) { return prefix + "-bench" + (++counter); }

    private List<String> freshTakes(Clip c) {
        List<String> out = new ArrayList<>(c.takes().size());
        for (int i = 0; i < c.takes().size(); i++) out.add(fresh("take"));
        return out;
    }

    private Clip newClip(Clip like) {
        Take t = like.activeTake();
        Take take = new Take(fresh("take"), t.mediaId(), t.offset(), "Original", null);
        return new Clip(fresh("clip"), "new", 0, 24, like.sourceIn(), Rational.ONE, 1.0, true, List.of(take), take.id(), null);
    }

    private Project build(int clips) {
        ProjectFactory factory = new ProjectFactory(ids);
        ProjectFormat format = new ProjectFormat(FrameRate.FPS_29_97, 1920, 1080, 48_000, 2);
        Project empty = factory.empty("Bench", format);
        List<MediaItem> media = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            Rational duration = Rational.of(20_000 + 1_000L * m, 1000); // 20..79 s
            media.add(MediaItem.probed(ids.next("media"), "media/shot" + m + ".mov", new MediaInfo("mov", duration,
                    new MediaInfo.VideoStreamInfo(1920, 1080, FrameRate.FPS_29_97, 0, "h264", -1), new MediaInfo.AudioStreamInfo(48_000, 2, "aac"))));
        }
        int pairs = clips / 2;
        int perMain = pairs * 4 / 5;
        Track v1 = empty.timeline().tracks().get(0), a1 = empty.timeline().tracks().get(1);
        Track v2 = Track.empty(ids.next("track"), TrackKind.VIDEO, "V2"), a2 = Track.empty(ids.next("track"), TrackKind.AUDIO, "A2");
        Random r = new Random(99);
        List<Clip>[] lists = fill(factory, media, r, perMain);
        List<Clip>[] upper = fill(factory, media, r, pairs - perMain);
        List<Track> tracks = List.of(v1.withClips(lists[0]), v2.withClips(upper[0]), a1.withClips(lists[1]), a2.withClips(upper[1]));
        return empty.withTimeline(empty.timeline().withTracks(tracks)).withMedia(media);
    }

    @SuppressWarnings("unchecked")
    private List<Clip>[] fill(ProjectFactory factory, List<MediaItem> media, Random r, int pairs) {
        List<Clip> video = new ArrayList<>(pairs), audio = new ArrayList<>(pairs);
        long pos = 0;
        Rational[] speeds = {Rational.ONE, Rational.ONE, Rational.ONE, Rational.of(2), Rational.of(1, 2)};
        for (int i = 0; i < pairs; i++) {
            MediaItem m = media.get(r.nextInt(media.size()));
            Rational speed = speeds[r.nextInt(speeds.length)];
            long frames = 30 + r.nextInt(120);
            Rational in = Rational.of(r.nextInt(5_000), 1000); // up to 5 s in; at most 150 frames * 2 = 10 s more: inside 20 s
            String link = ids.next("link");
            Clip v = factory.newClip("shot" + i, m, pos, frames, link).withSourceIn(in).withSpeed(speed);
            Clip a = factory.newClip("shot" + i, m, pos, frames, link).withSourceIn(in).withSpeed(speed);
            if (i % 7 == 0) {
                Take alt = new Take(ids.next("take"), m.id(), Rational.ZERO, "Alt", null);
                List<Take> takes = new ArrayList<>(v.takes());
                takes.add(alt);
                v = v.withTakes(takes, v.activeTakeId());
            }
            video.add(v);
            audio.add(a);
            pos += frames + (r.nextInt(4) == 0 ? 12 : 0);
        }
        return new List[] {video, audio};
    }

    /** Prints median and p99 per edit on a {@value #DEFAULT_CLIPS}-clip project. Args: [iterations] [clips]. */
    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clips = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_CLIPS;
        EditBench bench = new EditBench(clips, 1234);
        System.out.printf("%d clips; %d iterations per edit%n", bench.clipCount(), iterations);
        long t0 = System.nanoTime();
        Invariants.check(bench.project());
        System.out.printf("full invariant check (first): %.3f ms%n", (System.nanoTime() - t0) / 1e6);
        long[] full = new long[200];
        for (int i = 0; i < full.length; i++) { long s = System.nanoTime(); Invariants.check(bench.project()); full[i] = System.nanoTime() - s; }
        Arrays.sort(full);
        System.out.printf("full invariant check: median %.3f ms%n", full[full.length / 2] / 1e6);
        for (Edit e : bench.edits()) {
            for (int i = 0; i < Math.max(200, iterations / 4); i++) e.run().get(); // warm-up
            long[] t = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long s = System.nanoTime();
                e.run().get();
                t[i] = e.name().equals("undoRippleDelete") ? bench.lastUndoNanos() : System.nanoTime() - s;
            }
            Arrays.sort(t);
            System.out.printf("%-20s median %8.3f ms   p99 %8.3f ms%n", e.name(), t[t.length / 2] / 1e6, t[(int) (t.length * 0.99)] / 1e6);
        }
    }
}

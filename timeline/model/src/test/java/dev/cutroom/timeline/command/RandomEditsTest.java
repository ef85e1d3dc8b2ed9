package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.cutroom.timeline.command.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of random commands, valid and invalid, on projects with several video and audio tracks, media of
 * different lengths, NTSC rates and speeds. After every step the full invariants hold, a refused command leaves
 * the project as it was, and undoing everything gives back the first project exactly (redo: the last one).
 */
class RandomEditsTest {
    static final Rational[] SPEEDS = {Rational.ONE, r(1, 2), r(2), r(3, 2), r(2, 3)};
    static final FrameRate[] RATES = {FrameRate.FPS_29_97, FrameRate.FPS_23_976, FrameRate.FPS_25};

    enum Kind { INSERT, OVERWRITE, APPEND, MOVE, MOVE_CLIPS, TRIM_TO, APPEND_MEDIA, RELINK, TRIM_IN, TRIM_OUT, RIPPLE_TRIM, SPLIT, RIPPLE_DELETE, LIFT, SLIP, ROLL,
        ADD_TRACK, REMOVE_TRACK, ADD_TAKE, SET_TAKE, SET_SPEED, VOLUME, ENABLED, ADD_MARKER, REMOVE_MARKER, FLAGS,
        ADD_MEDIA, REMOVE_MEDIA, ADD_TRANSITION, REMOVE_TRANSITION, COMPOUND, ADD_CLIP_MARKER, REMOVE_CLIP_MARKER, UNDO, REDO }

    final Map<Kind, int[]> stats = new EnumMap<>(Kind.class);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomEdits(long seed) {
        Random rnd = new Random(seed);
        Gen gen = new Gen(rnd, RATES[(int) (seed % RATES.length)]);
        Project original = gen.project();
        Invariants.check(original);
        History h = new History(original);
        int steps = 4000;
        for (int i = 0; i < steps; i++) {
            Project before = h.current();
            Kind kind = pick(rnd);
            int[] s = stats.computeIfAbsent(kind, k -> new int[2]);
            try {
                if (kind == Kind.UNDO) {
                    if (!h.canUndo()) continue;
                    h.undo();
                } else if (kind == Kind.REDO) {
                    if (!h.canRedo()) continue;
                    h.redo();
                } else {
                    Command c = gen.command(kind, before);
                    Command.Applied a = c.apply(before);
                    assertThat(a.inverse().apply(a.after()).after()).as("inverse of %s", c).isEqualTo(before);
                    assertThat(h.perform(c)).isEqualTo(a.after());
                    if (!(c instanceof SetClipMarkers)) assertClipMarkersFollow(before, a.after(), c);
                    for (Track lt : before.timeline().tracks()) {
                        if (!lt.locked()) continue;
                        Track now = a.after().timeline().track(lt.id());
                        assertThat(now).as("locked track %s removed by %s", lt.id(), c).isNotNull();
                        assertThat(now.clips()).as("locked track %s changed by %s", lt.id(), c).isEqualTo(lt.clips());
                    }
                }
                s[0]++;
                Invariants.check(h.current());
            } catch (EditException e) {
                s[1]++;
                assertThat(h.current()).isSameAs(before);
                assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " step " + i + " " + kind + ": unexpected " + e, e);
            }
        }
        Project last = h.current();
        assertThat(gen.allClips(last).size()).as("the timeline stays busy: %s", statsText()).isGreaterThan(50);
        int depth = h.undoDepth();
        while (h.canUndo()) {
            h.undo();
            Invariants.check(h.current());
        }
        assertThat(h.current()).isEqualTo(original);
        for (int i = 0; i < depth; i++) h.redo();
        assertThat(h.current()).isEqualTo(last);
        int ok = stats.values().stream().mapToInt(a -> a[0]).sum();
        assertThat(ok).as("successful edits %s", statsText()).isGreaterThan(steps / 3);
        for (Kind k : Kind.values()) {
            if (k == Kind.REDO || k == Kind.REMOVE_MEDIA) continue;
            assertThat(stats.get(k)[0]).as("%s succeeded sometimes: %s", k, statsText()).isPositive();
        }
    }

    /** Every clip that is still there (same id) has the same markers: no edit but SetClipMarkers adds or loses one. */
    static void assertClipMarkersFollow(Project before, Project after, Command c) {
        Map<String, List<dev.cutroom.timeline.model.ClipMarker>> was = new java.util.HashMap<>();
        for (Track t : before.timeline().tracks()) for (Clip k : t.clips()) was.put(k.id(), k.markers());
        for (Track t : after.timeline().tracks()) {
            for (Clip k : t.clips()) {
                if (was.containsKey(k.id())) assertThat(k.markers()).as("markers of clip %s after %s", k.id(), c).isEqualTo(was.get(k.id()));
            }
        }
    }

    /** Clip edits are common; track and bin changes rarer, so the timeline stays busy. */
    static Kind pick(Random rnd) {
        while (true) {
            Kind k = Kind.values()[rnd.nextInt(Kind.values().length)];
            int weight = switch (k) {
                case REMOVE_TRACK -> 1;
                case ADD_TRACK, ADD_MEDIA, REMOVE_MEDIA, ADD_MARKER, REMOVE_MARKER, FLAGS, REDO, ADD_TRANSITION, REMOVE_TRANSITION,
                     ADD_CLIP_MARKER, REMOVE_CLIP_MARKER -> 3;
                case RIPPLE_DELETE, LIFT -> 6;
                default -> 10;
            };
            if (rnd.nextInt(10) < weight) return k;
        }
    }

    String statsText() {
        StringBuilder b = new StringBuilder();
        stats.forEach((k, v) -> b.append(k).append('=').append(v[0]).append('/').append(v[0] + v[1]).append(' '));
        return b.toString();
    }

    /** Builds random projects and commands; ids are fresh (n1, n2...) except when deliberately reused. */
    static final class Gen {
        final Random rnd;
        final FrameRate rate;
        int next;

        final dev.cutroom.timeline.model.Ids ids;

        Gen(Random rnd, FrameRate rate) {
            this.rnd = rnd;
            this.rate = rate;
            this.ids = dev.cutroom.timeline.model.Ids.seeded(rnd.nextLong());
        }

        String id(String prefix) { return prefix + (++next); }

        Project project() {
            List<MediaItem> media = new ArrayList<>(List.of(
                    av("m-short", r(37, 10)), av("m-ntsc", r(10010, 1000)), av("m-long", r(613, 10)), av("m-odd", r(1001, 250)),
                    av("m-2min", r(120)), videoOnly("v-title", r(5)), videoOnly("v-broll", r(4004, 1000)),
                    audioOnly("a-music", r(180)), audioOnly("a-vo", r(2002, 100)), unprobed("x-bad")));
            Project p = Fixtures.project(rate, media,
                    Track.empty("V1", TrackKind.VIDEO, "V1"), Track.empty("V2", TrackKind.VIDEO, "V2"), Track.empty("V3", TrackKind.VIDEO, "V3"),
                    Track.empty("A1", TrackKind.AUDIO, "A1"), Track.empty("A2", TrackKind.AUDIO, "A2"), Track.empty("A3", TrackKind.AUDIO, "A3"));
            List<Track> tracks = new ArrayList<>();
            for (Track t : p.timeline().tracks()) {
                List<Clip> clips = new ArrayList<>();
                long pos = rnd.nextInt(20);
                int n = 8 + rnd.nextInt(10);
                for (int i = 0; i < n; i++) {
                    Clip c = newClip(p, t.kind(), pos);
                    clips.add(c);
                    pos = c.end() + (rnd.nextInt(3) == 0 ? rnd.nextInt(40) : 0);
                }
                List<Transition> transitions = new ArrayList<>();
                for (int i = 1; i < clips.size(); i++) {
                    Clip left = clips.get(i - 1), right = clips.get(i);
                    if (left.end() == right.start() && rnd.nextInt(3) == 0) {
                        transitions.add(new Transition(id("x"), "cross_dissolve", right.start(), Math.min(5, left.duration()), Math.min(5, right.duration())));
                    }
                }
                tracks.add(t.withClips(clips).withTransitions(transitions));
            }
            return p.withTimeline(p.timeline().withTracks(tracks));
        }

        MediaItem mediaFor(Project p, TrackKind kind) {
            List<MediaItem> ok = p.media().stream().filter(m -> m.info() != null
                    && (kind == TrackKind.VIDEO ? m.info().hasVideo() : m.info().hasAudio())).toList();
            if (ok.isEmpty()) return av("ghost", r(5)); // not in the bin: the command is refused
            return ok.get(rnd.nextInt(ok.size()));
        }

        /** A valid clip of media fitting {@code kind}, with 1 or 2 takes. */
        Clip newClip(Project p, TrackKind kind, long start) {
            MediaItem m = mediaFor(p, kind);
            Rational speed = SPEEDS[rnd.nextInt(SPEEDS.length)];
            Rational dur = m.info().duration();
            long max = dur.times(rate.fps()).dividedBy(speed).floor();
            long frames = 1 + rnd.nextInt((int) Math.min(max, 90));
            Rational span = rate.toSeconds(frames).times(speed);
            Rational in = dur.minus(span).times(Rational.of(rnd.nextInt(101), 100));
            String id = id("c");
            List<Take> takes = new ArrayList<>(List.of(Take.original(id("t"), m.id())));
            if (rnd.nextInt(4) == 0) takes.add(new Take(id("t"), m.id(), Rational.ZERO, "Alt", null));
            return new Clip(id, id, start, frames, in, speed, 1.0, true, takes, takes.getFirst().id(), null);
        }

        List<Clip> allClips(Project p) {
            List<Clip> all = new ArrayList<>();
            for (Track t : p.timeline().tracks()) all.addAll(t.clips());
            return all;
        }

        Track anyTrack(Project p) {
            List<Track> ts = p.timeline().tracks();
            return ts.isEmpty() ? Track.empty("missing", TrackKind.VIDEO, "X") : ts.get(rnd.nextInt(ts.size()));
        }

        String clipId(Project p) {
            List<Clip> all = allClips(p);
            if (all.isEmpty() || rnd.nextInt(25) == 0) return rnd.nextBoolean() || p.timeline().tracks().isEmpty() ? "missing" : p.timeline().tracks().getFirst().id();
            return all.get(rnd.nextInt(all.size())).id();
        }

        Clip clip(Project p) {
            List<Clip> all = allClips(p);
            return all.isEmpty() ? null : all.get(rnd.nextInt(all.size()));
        }

        Track trackOf(Project p, Clip c) {
            for (Track t : p.timeline().tracks()) if (t.indexOf(c.id()) >= 0) return t;
            return null;
        }

        long delta() { return rnd.nextInt(4) == 0 ? rnd.nextInt(2001) - 1000 : rnd.nextInt(61) - 30; }

        List<String> takeIds(Clip c) {
            List<String> ids = new ArrayList<>();
            int n = c == null ? 1 : c.takes().size();
            for (int i = 0; i < n; i++) ids.add(id("t"));
            if (rnd.nextInt(30) == 0 && !ids.isEmpty()) ids.set(0, c == null ? "t1" : c.takes().getFirst().id()); // reused: refused
            return ids;
        }

        /** Frame near or inside a track's clips. */
        long frameOn(Track t) {
            if (t.clips().isEmpty() || rnd.nextInt(5) == 0) return rnd.nextInt((int) t.end() + 50) - (rnd.nextInt(30) == 0 ? 5 : 0);
            Clip c = t.clips().get(rnd.nextInt(t.clips().size()));
            return c.start() + rnd.nextInt((int) c.duration() + 1);
        }

        Command command(Kind kind, Project p) {
            Clip c = clip(p);
            String cid = c == null ? "missing" : (rnd.nextInt(25) == 0 ? "missing" : c.id());
            Track t = anyTrack(p);
            switch (kind) {
                case INSERT, OVERWRITE, APPEND -> {
                    TrackKind k = rnd.nextInt(10) == 0 ? (t.kind() == TrackKind.VIDEO ? TrackKind.AUDIO : TrackKind.VIDEO) : t.kind();
                    Clip n = newClip(p, k, 0);
                    if (rnd.nextInt(30) == 0 && c != null) n = n.withId(c.id());
                    long f = frameOn(t);
                    Clip under = t.clips().stream().filter(x -> x.frames().contains(f)).findFirst().orElse(null);
                    String tailId = rnd.nextInt(6) == 0 ? null : id("c");
                    List<String> tailTakes = takeIds(under);
                    return switch (kind) {
                        case INSERT -> new Insert(t.id(), f, n, tailId, tailTakes);
                        case OVERWRITE -> new Overwrite(t.id(), f, n, tailId, tailTakes);
                        default -> new Append(t.id(), n);
                    };
                }
                case MOVE -> {
                    String to = rnd.nextBoolean() ? null : anyTrack(p).id();
                    long f = rnd.nextInt(3) == 0 ? frameOn(anyTrack(p)) : (c == null ? 0 : c.start() + delta());
                    return new Move(cid, to, f);
                }
                case MOVE_CLIPS -> {
                    // a dragged selection: a few clips (often neighbours), in time and across tracks of one kind
                    List<String> picked = new ArrayList<>();
                    if (c != null) {
                        Track tr = trackOf(p, c);
                        int i = tr.indexOf(c.id());
                        for (int k = i; k < Math.min(tr.clips().size(), i + 1 + rnd.nextInt(3)); k++) picked.add(tr.clips().get(k).id());
                        if (rnd.nextBoolean()) picked.add(clipId(p));
                    }
                    TrackKind k = c == null ? TrackKind.VIDEO : trackOf(p, c).kind();
                    int trackDelta = rnd.nextInt(3) == 0 ? rnd.nextInt(3) - 1 : 0;
                    return LinkedEdits.moveClips(p, picked, rnd.nextInt(5) == 0 ? 0 : delta(), trackDelta, k);
                }
                case TRIM_TO -> {
                    if (c == null) return new TrimIn("missing", 1);
                    boolean in = rnd.nextBoolean();
                    return LinkedEdits.trimTo(p, c.id(), in ? RippleTrim.Edge.IN : RippleTrim.Edge.OUT, (in ? c.start() : c.end()) + delta());
                }
                case APPEND_MEDIA -> {
                    MediaItem m = p.media().get(rnd.nextInt(p.media().size()));
                    return LinkedEdits.appendMedia(p, m, ids);
                }
                case RELINK -> {
                    // the same media at another path: fine; shorter media than its clips need: refused
                    MediaItem m = p.media().get(rnd.nextInt(p.media().size()));
                    if (m.info() == null) return new ReplaceMedia(m);
                    if (rnd.nextBoolean()) return new ReplaceMedia(new MediaItem(m.id(), "moved/" + m.path(), m.info(), null));
                    return new ReplaceMedia(av(m.id(), m.info().duration().times(Rational.of(1, 2))));
                }
                case TRIM_IN -> { return new TrimIn(cid, delta()); }
                case TRIM_OUT -> { return new TrimOut(cid, delta()); }
                case RIPPLE_TRIM -> { return new RippleTrim(cid, rnd.nextBoolean() ? RippleTrim.Edge.IN : RippleTrim.Edge.OUT, delta()); }
                case SPLIT -> {
                    long f = c == null ? 0 : c.start() + rnd.nextInt((int) c.duration() + 1);
                    return new Split(cid, f, rnd.nextInt(30) == 0 ? cid : id("c"), takeIds(c), rnd.nextBoolean() ? null : id("L"));
                }
                case RIPPLE_DELETE -> { return new RippleDelete(cid); }
                case LIFT -> { return new Lift(cid); }
                case SLIP -> { return new Slip(cid, Rational.of(rnd.nextInt(4001) - 2000, 1 + rnd.nextInt(1000))); }
                case ROLL -> {
                    if (c == null) return new Roll("missing", "missing", 1);
                    Track tr = trackOf(p, c);
                    int i = tr.indexOf(c.id());
                    String right = i + 1 < tr.clips().size() ? tr.clips().get(i + 1).id() : "missing";
                    return new Roll(c.id(), right, delta());
                }
                case ADD_TRACK -> {
                    int size = p.timeline().tracks().size();
                    return new AddTrack(rnd.nextInt(20) == 0 ? "V1" : id("T"), rnd.nextBoolean() ? TrackKind.VIDEO : TrackKind.AUDIO,
                            rnd.nextBoolean() ? null : "Named", rnd.nextInt(size + 3) - 1);
                }
                case REMOVE_TRACK -> { return new RemoveTrack(rnd.nextInt(10) == 0 ? "missing" : t.id()); }
                case ADD_TAKE -> {
                    MediaItem m = p.media().get(rnd.nextInt(p.media().size()));
                    Rational offset = rnd.nextBoolean() ? Rational.ZERO : (c == null ? Rational.ZERO : c.sourceIn());
                    return new AddTake(cid, new Take(id("t"), m.id(), offset, "Gen", null), rnd.nextBoolean());
                }
                case SET_TAKE -> {
                    String take = c == null ? "x" : c.takes().get(rnd.nextInt(c.takes().size())).id();
                    return new SetActiveTake(cid, rnd.nextInt(10) == 0 ? "missing" : take);
                }
                case SET_SPEED -> {
                    Rational s = rnd.nextInt(20) == 0 ? Rational.ZERO : SPEEDS[rnd.nextInt(SPEEDS.length)];
                    return new SetSpeed(cid, s, rnd.nextBoolean());
                }
                case VOLUME -> { return new SetVolume(cid, rnd.nextInt(10) == 0 ? -1 : rnd.nextInt(300) / 100.0); }
                case ENABLED -> { return new SetEnabled(cid, rnd.nextBoolean()); }
                case ADD_CLIP_MARKER -> {
                    String id = c != null && !c.markers().isEmpty() && rnd.nextInt(10) == 0 ? c.markers().getFirst().id() : id("cm");
                    Rational at = c == null ? Rational.ZERO : c.sourceTimeAt(rate, c.start() + rnd.nextInt((int) c.duration()));
                    return SetClipMarkers.add(cid, new dev.cutroom.timeline.model.ClipMarker(id, "note", at, Rational.ZERO, "blue", null));
                }
                case REMOVE_CLIP_MARKER -> {
                    Clip marked = allClips(p).stream().filter(k -> !k.markers().isEmpty()).findFirst().orElse(null);
                    if (marked == null || rnd.nextInt(10) == 0) return SetClipMarkers.remove(cid, "no-such-marker");
                    return SetClipMarkers.remove(marked.id(), marked.markers().get(rnd.nextInt(marked.markers().size())).id());
                }
                case ADD_MARKER -> {
                    String id = rnd.nextInt(20) == 0 && c != null ? c.id() : id("mk");
                    return new AddMarker(new Marker(id, "M", rnd.nextInt(1000), rnd.nextInt(3), "red", null));
                }
                case REMOVE_MARKER -> {
                    List<Marker> ms = p.timeline().markers();
                    return new RemoveMarker(ms.isEmpty() || rnd.nextInt(10) == 0 ? "missing" : ms.get(rnd.nextInt(ms.size())).id());
                }
                case FLAGS -> {
                    // locks often, so that locked tracks are exercised; unlock as often
                    return switch (rnd.nextInt(4)) {
                        case 0 -> SetTrackFlags.lock(t.id(), rnd.nextInt(3) == 0);
                        case 1 -> SetTrackFlags.mute(t.id(), rnd.nextBoolean());
                        case 2 -> SetTrackFlags.solo(t.id(), rnd.nextBoolean());
                        default -> new SetTrackFlags(t.id(), rnd.nextBoolean(), null, false, rnd.nextBoolean());
                    };
                }
                case ADD_MEDIA -> {
                    String id = rnd.nextInt(20) == 0 ? "m-short" : id("m");
                    return new AddMedia(rnd.nextBoolean() ? av(id, r(1 + rnd.nextInt(100))) : audioOnly(id, r(1 + rnd.nextInt(100), 7)));
                }
                case REMOVE_MEDIA -> { return new RemoveMedia(p.media().get(rnd.nextInt(p.media().size())).id()); }
                case ADD_TRANSITION -> {
                    long cut = t.clips().isEmpty() ? rnd.nextInt(100) : t.clips().get(rnd.nextInt(t.clips().size())).start() + (rnd.nextInt(8) == 0 ? 1 : 0);
                    return new AddTransition(t.id(), new Transition(id("x"), "wipe", cut, rnd.nextInt(12), rnd.nextInt(12)));
                }
                case REMOVE_TRANSITION -> {
                    List<Transition> xs = t.transitions();
                    return new RemoveTransition(t.id(), xs.isEmpty() || rnd.nextInt(10) == 0 ? "missing" : xs.get(rnd.nextInt(xs.size())).id());
                }
                case COMPOUND -> {
                    List<Command> parts = new ArrayList<>();
                    int n = 1 + rnd.nextInt(3);
                    Project q = p;
                    Kind[] simple = {Kind.SPLIT, Kind.TRIM_IN, Kind.TRIM_OUT, Kind.MOVE, Kind.LIFT, Kind.SET_SPEED, Kind.RIPPLE_DELETE, Kind.VOLUME};
                    for (int i = 0; i < n; i++) {
                        Command part = command(simple[rnd.nextInt(simple.length)], q);
                        parts.add(part);
                        try { q = part.apply(q).after(); } catch (EditException e) { /* the compound will be refused */ }
                    }
                    return new CompoundCommand("Random compound", parts);
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }
    }
}

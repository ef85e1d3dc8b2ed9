package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cutroom.timeline.command.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandsTest {
    static final FrameRate NTSC = FrameRate.FPS_29_97;

    /** V: c1 [0,100) m1@0, c2 [100,200) m1@10s, c3 [250,300) m2@0 speed 2. A: d1 [0,100) a1. */
    static Project base() {
        return project(NTSC, List.of(av("m1", r(100)), av("m2", r(10)), audioOnly("a1", r(60)), videoOnly("v1", r(20))),
                track("v", TrackKind.VIDEO,
                        clip("c1", "m1", 0, 100),
                        clip("c2", "m1", 100, 100, r(10), Rational.ONE),
                        clip("c3", "m2", 250, 50, Rational.ZERO, r(2))),
                track("a", TrackKind.AUDIO, clip("d1", "a1", 0, 100)));
    }

    static Clip newClip(String id, String media, long duration) { return clip(id, media, 0, duration); }

    static List<Long> starts(Project p, String track) { return track(p, track).clips().stream().map(Clip::start).toList(); }

    static List<String> ids(Project p, String track) { return track(p, track).clips().stream().map(Clip::id).toList(); }

    // ---- Split ----

    @Test
    void splitAtNtscWithDoubleSpeedIsExact() {
        Project p = applyChecked(base(), new Split("c3", 263, "c3b", List.of("c3b-t0")));
        Clip head = clipOf(p, "c3"), tail = clipOf(p, "c3b");
        assertThat(head.frames()).isEqualTo(new dev.cutroom.timeline.model.FrameRange(250, 13));
        assertThat(tail.start()).isEqualTo(263);
        assertThat(tail.duration()).isEqualTo(37);
        assertThat(tail.sourceIn()).isEqualTo(r(13 * 1001 * 2, 30000));
        assertThat(tail.takes()).extracting(Take::id).containsExactly("c3b-t0");
        assertThat(tail.activeTakeId()).isEqualTo("c3b-t0");
        assertThat(head.sourceRange(NTSC).end()).isEqualTo(tail.sourceIn());
        assertThat(tail.sourceRange(NTSC).end()).isEqualTo(clipOf(base(), "c3").sourceRange(NTSC).end());
    }

    @Test
    void splitAt23976WithSpeedThreeHalvesKeepsAllTakes() {
        Take t0 = Take.original("x-t0", "m");
        Take t1 = new Take("x-t1", "m", r(1, 2), "Upscaled", null);
        Clip x = new Clip("x", "x", 10, 90, r(7, 3), r(3, 2), 0.5, true, List.of(t0, t1), "x-t1", "L");
        Project p0 = project(FrameRate.FPS_23_976, List.of(av("m", r(100))), track("v", TrackKind.VIDEO, x));
        Project p = applyChecked(p0, new Split("x", 41, "y", List.of("y-t0", "y-t1"), "L2"));
        Clip y = clipOf(p, "y");
        assertThat(y.sourceIn()).isEqualTo(r(7, 3).plus(r(31 * 1001, 24000).times(r(3, 2))));
        assertThat(y.takes()).extracting(Take::id).containsExactly("y-t0", "y-t1");
        assertThat(y.takes().get(1).offset()).isEqualTo(r(1, 2));
        assertThat(y.activeTakeId()).isEqualTo("y-t1");
        assertThat(y.linkId()).isEqualTo("L2");
        assertThat(y.volume()).isEqualTo(0.5);
        assertThat(clipOf(p, "x").duration() + y.duration()).isEqualTo(90);
    }

    @Test
    void splitRefusals() {
        Project p = base();
        assertThatThrownBy(() -> new Split("c1", 0, "n", List.of("n-t")).apply(p)).isInstanceOf(EditException.class).hasMessageContaining("c1");
        assertThatThrownBy(() -> new Split("c1", 100, "n", List.of("n-t")).apply(p)).isInstanceOf(EditException.class);
        assertThatThrownBy(() -> new Split("c1", 50, "n", List.of()).apply(p)).hasMessageContaining("take ids");
        assertThatThrownBy(() -> new Split("c1", 50, "c2", List.of("n-t")).apply(p)).hasMessageContaining("c2").hasMessageContaining("already used");
        assertThatThrownBy(() -> new Split("c1", 50, "n", List.of("c2-t0")).apply(p)).hasMessageContaining("c2-t0");
        assertThatThrownBy(() -> new Split("nope", 50, "n", List.of("n-t")).apply(p)).hasMessageContaining("nope");
    }

    // ---- Insert / Overwrite / Append ----

    @Test
    void insertRipplesLaterClips() {
        Project p = applyChecked(base(), new Insert("v", 100, newClip("n", "m2", 30)));
        assertThat(ids(p, "v")).containsExactly("c1", "n", "c2", "c3");
        assertThat(starts(p, "v")).containsExactly(0L, 100L, 130L, 280L);
        assertThat(starts(p, "a")).containsExactly(0L);
    }

    @Test
    void insertInsideAClipSplitsIt() {
        assertThatThrownBy(() -> new Insert("v", 40, newClip("n", "m2", 30)).apply(base())).hasMessageContaining("inside clip c1");
        Project p = applyChecked(base(), new Insert("v", 40, newClip("n", "m2", 30), "c1b", List.of("c1b-t0")));
        assertThat(ids(p, "v")).containsExactly("c1", "n", "c1b", "c2", "c3");
        assertThat(starts(p, "v")).containsExactly(0L, 40L, 70L, 130L, 280L);
        assertThat(clipOf(p, "c1b").sourceIn()).isEqualTo(NTSC.toSeconds(40));
    }

    @Test
    void insertRefusesWrongKindAndLockedTrack() {
        assertThatThrownBy(() -> new Insert("a", 0, newClip("n", "v1", 10)).apply(base())).hasMessageContaining("n").hasMessageContaining("no audio");
        Project locked = applyChecked(base(), SetTrackFlags.lock("v", true));
        assertThatThrownBy(() -> new Insert("v", 0, newClip("n", "m2", 10)).apply(locked)).hasMessageContaining("locked");
        assertThatThrownBy(() -> new Insert("v", 0, newClip("n", "m2", 301)).apply(base())).hasMessageContaining("outside media");
    }

    @Test
    void overwriteTrimsNeighboursThroughSpeed() {
        // covers [80, 260): trims c1 to 80, removes c2, trims c3's head by 10 frames at speed 2
        Project p = applyChecked(base(), new Overwrite("v", 80, newClip("n", "m1", 180)));
        assertThat(ids(p, "v")).containsExactly("c1", "n", "c3");
        assertThat(clipOf(p, "c1").duration()).isEqualTo(80);
        Clip c3 = clipOf(p, "c3");
        assertThat(c3.frames()).isEqualTo(new dev.cutroom.timeline.model.FrameRange(260, 40));
        assertThat(c3.sourceIn()).isEqualTo(r(10 * 1001 * 2, 30000));
    }

    @Test
    void overwriteInsideAClipSplitsIt() {
        assertThatThrownBy(() -> new Overwrite("v", 10, newClip("n", "m2", 20)).apply(base())).hasMessageContaining("inside clip c1");
        Project p = applyChecked(base(), new Overwrite("v", 10, newClip("n", "m2", 20), "c1b", List.of("c1b-t0")));
        assertThat(ids(p, "v")).containsExactly("c1", "n", "c1b", "c2", "c3");
        assertThat(starts(p, "v")).containsExactly(0L, 10L, 30L, 100L, 250L);
        assertThat(clipOf(p, "c1").duration()).isEqualTo(10);
        assertThat(clipOf(p, "c1b").sourceIn()).isEqualTo(NTSC.toSeconds(30));
    }

    @Test
    void appendGoesAtTheTrackEnd() {
        Project p = applyChecked(base(), new Append("v", newClip("n", "m2", 5)));
        assertThat(clipOf(p, "n").start()).isEqualTo(300);
        Project q = applyChecked(p, new AddTrack("v2", TrackKind.VIDEO, null, -1));
        q = applyChecked(q, new Append("v2", newClip("k", "m2", 5)));
        assertThat(clipOf(q, "k").start()).isZero();
    }

    // ---- Move ----

    @Test
    void moveWithinAndAcrossTracks() {
        Project p = applyChecked(base(), new Move("c3", 200));
        assertThat(starts(p, "v")).containsExactly(0L, 100L, 200L);
        p = applyChecked(base(), new AddTrack("v2", TrackKind.VIDEO, null, 1));
        p = applyChecked(p, new Move("c2", "v2", 500));
        assertThat(ids(p, "v")).containsExactly("c1", "c3");
        assertThat(clipOf(p, "c2").start()).isEqualTo(500);
        assertThat(track(p, "v2").clips()).hasSize(1);
    }

    @Test
    void moveRefusesOverlapKindAndLock() {
        assertThatThrownBy(() -> new Move("c3", 199).apply(base())).hasMessageContaining("overlap clip c2");
        assertThatThrownBy(() -> new Move("c1", 260).apply(base())).hasMessageContaining("overlap clip c3");
        assertThatThrownBy(() -> new Move("c1", "a", 500).apply(base())).hasMessageContaining("audio track a");
        assertThatThrownBy(() -> new Move("c1", -1).apply(base())).hasMessageContaining("before the start");
        Project p = applyChecked(applyChecked(base(), new AddTrack("v2", TrackKind.VIDEO, null, -1)), SetTrackFlags.lock("v2", true));
        assertThatThrownBy(() -> new Move("c1", "v2", 0).apply(p)).hasMessageContaining("locked");
    }

    // ---- Trims ----

    @Test
    void trimInAndOutLeaveGapsAndClamp() {
        Project p = applyChecked(base(), new TrimIn("c2", 10));
        assertThat(clipOf(p, "c2").frames()).isEqualTo(new dev.cutroom.timeline.model.FrameRange(110, 90));
        assertThat(clipOf(p, "c2").sourceIn()).isEqualTo(r(10).plus(NTSC.toSeconds(10)));
        // extending c3's head: clamped by its media start (sourceIn 0)
        assertThatThrownBy(() -> new TrimIn("c3", -5).apply(base())).hasMessageContaining("c3");
        // extending c2's head into c1: clamped to the gap (none)
        assertThatThrownBy(() -> new TrimIn("c2", -5).apply(base())).hasMessageContaining("limit");
        // c3 out-edge: m2 is 10 s, c3 plays 50 frames at speed 2 = 3.336 s; clamped by the media (149 frames max)
        Project q = applyChecked(base(), new TrimOut("c3", 1000));
        long max = r(10).times(NTSC.fps()).dividedBy(r(2)).floor();
        assertThat(clipOf(q, "c3").duration()).isEqualTo(max);
        // c1 out: clamped by c2
        assertThatThrownBy(() -> new TrimOut("c1", 3).apply(base())).hasMessageContaining("limit");
        Project s = applyChecked(base(), new TrimOut("c2", 30));
        assertThat(clipOf(s, "c2").end()).isEqualTo(230);
        Project t = applyChecked(base(), new TrimOut("c2", -1000));
        assertThat(clipOf(t, "c2").duration()).isEqualTo(1);
    }

    @Test
    void rippleTrimMovesLaterClips() {
        Project p = applyChecked(base(), new RippleTrim("c1", RippleTrim.Edge.OUT, -20));
        assertThat(starts(p, "v")).containsExactly(0L, 80L, 230L);
        assertThat(starts(p, "a")).containsExactly(0L);
        Project q = applyChecked(base(), new RippleTrim("c2", RippleTrim.Edge.IN, 30));
        Clip c2 = clipOf(q, "c2");
        assertThat(c2.start()).isEqualTo(100);
        assertThat(c2.duration()).isEqualTo(70);
        assertThat(c2.sourceIn()).isEqualTo(r(10).plus(NTSC.toSeconds(30)));
        assertThat(clipOf(q, "c3").start()).isEqualTo(220);
        Project s = applyChecked(base(), new RippleTrim("c2", RippleTrim.Edge.IN, -30));
        assertThat(clipOf(s, "c2").duration()).isEqualTo(130);
        assertThat(clipOf(s, "c3").start()).isEqualTo(280);
        assertThatThrownBy(() -> new RippleTrim("c1", RippleTrim.Edge.IN, -1).apply(base())).hasMessageContaining("limit");
    }

    // ---- Deletes ----

    @Test
    void rippleDeleteAndLift() {
        Project p = applyChecked(base(), new RippleDelete("c2"));
        assertThat(ids(p, "v")).containsExactly("c1", "c3");
        assertThat(starts(p, "v")).containsExactly(0L, 150L);
        Project q = applyChecked(base(), new Lift("c2"));
        assertThat(starts(q, "v")).containsExactly(0L, 250L);
    }

    // ---- Slip / Roll ----

    @Test
    void slipMovesSourceAndClamps() {
        Project p = applyChecked(base(), new Slip("c2", r(-3, 2)));
        assertThat(clipOf(p, "c2").sourceIn()).isEqualTo(r(17, 2));
        assertThat(clipOf(p, "c2").frames()).isEqualTo(clipOf(base(), "c2").frames());
        Project q = applyChecked(base(), new Slip("c2", r(-1000)));
        assertThat(clipOf(q, "c2").sourceIn()).isEqualTo(Rational.ZERO);
        Project s = applyChecked(base(), new Slip("c3", r(1000)));
        assertThat(clipOf(s, "c3").sourceRange(NTSC).end()).isEqualTo(r(10));
        assertThatThrownBy(() -> new Slip("c1", r(-1)).apply(base())).hasMessageContaining("c1");
    }

    @Test
    void rollMovesTheCutBetweenAdjacentClips() {
        Project p = applyChecked(base(), new Roll("c1", "c2", 25));
        assertThat(clipOf(p, "c1").duration()).isEqualTo(125);
        assertThat(clipOf(p, "c2").frames()).isEqualTo(new dev.cutroom.timeline.model.FrameRange(125, 75));
        assertThat(clipOf(p, "c2").sourceIn()).isEqualTo(r(10).plus(NTSC.toSeconds(25)));
        Project q = applyChecked(base(), new Roll("c1", "c2", -40));
        assertThat(clipOf(q, "c2").start()).isEqualTo(60);
        assertThat(clipOf(q, "c2").sourceIn()).isEqualTo(r(10).minus(NTSC.toSeconds(40)));
        assertThat(applyChecked(base(), new Roll("c1", "c2", 1000)).timeline().track("v").clips().get(1).duration()).isEqualTo(1);
        assertThatThrownBy(() -> new Roll("c2", "c3", 5).apply(base())).hasMessageContaining("not adjacent");
    }

    // ---- Tracks ----

    @Test
    void addTrackNamesAndRemoveTrack() {
        Project p = applyChecked(base(), new AddTrack("v2", TrackKind.VIDEO, null, 1));
        p = applyChecked(p, new AddTrack("a2", TrackKind.AUDIO, null, -1));
        assertThat(p.timeline().tracks()).extracting(Track::name).containsExactly("V", "V2", "A", "A2");
        assertThat(p.timeline().tracks()).extracting(Track::id).containsExactly("v", "v2", "a", "a2");
        assertThatThrownBy(() -> new AddTrack("c1", TrackKind.VIDEO, null, 0).apply(base())).hasMessageContaining("c1");
        assertThatThrownBy(() -> new AddTrack("x", TrackKind.VIDEO, null, 9).apply(base())).hasMessageContaining("index");
        Project q = applyChecked(base(), new RemoveTrack("v"));
        assertThat(q.timeline().tracks()).extracting(Track::id).containsExactly("a");
        Project locked = applyChecked(base(), SetTrackFlags.lock("v", true));
        assertThatThrownBy(() -> new RemoveTrack("v").apply(locked)).hasMessageContaining("locked");
    }

    @Test
    void lockedTrackRefusesEveryClipEditButFlags() {
        Project p = applyChecked(base(), SetTrackFlags.lock("v", true));
        List<Command> edits = List.of(new Split("c1", 5, "n", List.of("n-t")), new TrimIn("c2", 1), new TrimOut("c2", -1),
                new RippleTrim("c2", RippleTrim.Edge.OUT, -1), new RippleDelete("c1"), new Lift("c1"), new Slip("c2", r(1)),
                new Roll("c1", "c2", 1), new SetSpeed("c1", r(2), false), new SetVolume("c1", 0.5), new SetEnabled("c1", false),
                new AddTake("c1", Take.original("nt", "m1"), false), new Move("c3", 400), new Append("v", newClip("n", "m1", 5)),
                new Overwrite("v", 400, newClip("n", "m1", 5)), new Insert("v", 400, newClip("n", "m1", 5)));
        for (Command c : edits) assertThatThrownBy(() -> c.apply(p)).as(c.toString()).isInstanceOf(EditException.class).hasMessageContaining("locked");
        Project q = applyChecked(p, SetTrackFlags.mute("v", true));
        assertThat(track(q, "v").muted()).isTrue();
        assertThat(track(q, "v").locked()).isTrue();
        Project u = applyChecked(q, SetTrackFlags.lock("v", false));
        applyChecked(u, new Lift("c1"));
        // a compound touching a locked track is refused as a whole
        assertThatThrownBy(() -> CompoundCommand.of("x", new Lift("d1"), new Lift("c1")).apply(p)).hasMessageContaining("locked");
    }

    // ---- Takes ----

    @Test
    void takesAddAndSwitchWithCoverageCheck() {
        // c2 plays m1 [10, 13.3367); a take of m2 (10 s) with offset 5 covers it: [5, 8.34)
        Take good = new Take("g", "m2", r(5), "Denoised", null);
        Take bad = new Take("b", "m2", Rational.ZERO, "Short", null);
        Project p = applyChecked(base(), new AddTake("c2", good, false));
        assertThat(clipOf(p, "c2").takes()).hasSize(2);
        assertThat(clipOf(p, "c2").activeTakeId()).isEqualTo("c2-t0");
        p = applyChecked(p, new SetActiveTake("c2", "g"));
        assertThat(clipOf(p, "c2").activeTake()).isEqualTo(good);
        Project q = applyChecked(base(), new AddTake("c2", bad, false));
        assertThatThrownBy(() -> new SetActiveTake("c2", "b").apply(q)).hasMessageContaining("b").hasMessageContaining("does not cover");
        assertThatThrownBy(() -> new AddTake("c2", bad, true).apply(base())).hasMessageContaining("does not cover");
        assertThatThrownBy(() -> new AddTake("c2", new Take("z", "nomedia", r(0), "x", null), false).apply(base())).hasMessageContaining("nomedia");
        assertThatThrownBy(() -> new AddTake("c2", new Take("c1-t0", "m1", r(0), "x", null), false).apply(base())).hasMessageContaining("c1-t0");
        // a take of audio-only media on a video clip is refused by the invariants
        Project a = applyChecked(base(), new AddTake("c1", Take.original("ta", "a1"), false));
        assertThatThrownBy(() -> new SetActiveTake("c1", "ta").apply(a)).hasMessageContaining("no video");
    }

    // ---- Speed, volume, enabled ----

    @Test
    void setSpeedKeepsSourceSpan() {
        // c3: 50 frames at speed 2; at speed 1 it needs 100 frames -> overlaps nothing after it (last clip)
        Project p = applyChecked(base(), new SetSpeed("c3", Rational.ONE, false));
        assertThat(clipOf(p, "c3").duration()).isEqualTo(100);
        // c1: 100 frames at 1; at 1/2 needs 200 -> overlaps c2, refused; with ripple, later clips move 100
        assertThatThrownBy(() -> new SetSpeed("c1", r(1, 2), false).apply(base())).hasMessageContaining("overlap clip c2");
        Project q = applyChecked(base(), new SetSpeed("c1", r(1, 2), true));
        assertThat(clipOf(q, "c1").duration()).isEqualTo(200);
        assertThat(starts(q, "v")).containsExactly(0L, 200L, 350L);
        // at 3/2: 100/1.5 = 66.67 -> 67 frames, leaves a gap, same source span (rounded)
        Project s = applyChecked(base(), new SetSpeed("c1", r(3, 2), false));
        assertThat(clipOf(s, "c1").duration()).isEqualTo(67);
        Project t = applyChecked(base(), new SetSpeed("c2", r(2), true));
        assertThat(clipOf(t, "c2").duration()).isEqualTo(50);
        assertThat(clipOf(t, "c3").start()).isEqualTo(200);
        assertThatThrownBy(() -> new SetSpeed("c1", r(0), false).apply(base())).hasMessageContaining("positive");
        assertThatThrownBy(() -> new SetSpeed("c1", Rational.ONE, false).apply(base())).hasMessageContaining("nothing to change");
    }

    @Test
    void setSpeedRoundsDownAtTheMediaEnd() {
        // 10 s of media at 25 fps, whole clip: 250 frames. Speed 3: 83.33 -> 83 frames.  Speed 7/3: 107.14 -> 107.
        Project p0 = project(FrameRate.FPS_25, List.of(av("m", r(10))), track("v", TrackKind.VIDEO, clip("x", "m", 0, 250)));
        assertThat(clipOf(applyChecked(p0, new SetSpeed("x", r(3), false)), "x").duration()).isEqualTo(83);
        // 1/3 speed of a 10-frame clip spanning the whole of a 0.4 s media: exact 30 frames
        Project p1 = project(FrameRate.FPS_25, List.of(av("m", r(2, 5))), track("v", TrackKind.VIDEO, clip("x", "m", 0, 10)));
        assertThat(clipOf(applyChecked(p1, new SetSpeed("x", r(1, 3), false)), "x").duration()).isEqualTo(30);
        // span 10 frames at speed 4 = 2.5 -> rounds to 3 frames = 12 source frames > media: rounded down to 2
        assertThat(clipOf(applyChecked(p1, new SetSpeed("x", r(4), false)), "x").duration()).isEqualTo(2);
    }

    @Test
    void volumeAndEnabled() {
        Project p = applyChecked(base(), new SetVolume("d1", 0.25));
        assertThat(clipOf(p, "d1").volume()).isEqualTo(0.25);
        assertThatThrownBy(() -> new SetVolume("d1", -1).apply(base())).hasMessageContaining("d1");
        assertThatThrownBy(() -> new SetVolume("d1", Double.NaN).apply(base())).isInstanceOf(EditException.class);
        Project q = applyChecked(base(), new SetEnabled("c1", false));
        assertThat(clipOf(q, "c1").enabled()).isFalse();
        assertThat(new SetEnabled("c1", false).label()).isEqualTo("Disable clip");
        assertThatThrownBy(() -> new SetEnabled("c1", true).apply(base())).hasMessageContaining("nothing to change");
    }

    // ---- Markers, media ----

    @Test
    void markers() {
        Project p = applyChecked(base(), new AddMarker(new Marker("mk2", "B", 50, 0, "red", null)));
        p = applyChecked(p, new AddMarker(new Marker("mk1", "A", 10, 5, "blue", "note")));
        assertThat(p.timeline().markers()).extracting(Marker::id).containsExactly("mk1", "mk2");
        Project fp = p;
        assertThatThrownBy(() -> new AddMarker(new Marker("c1", "dup", 1, 0, null, null)).apply(fp)).hasMessageContaining("c1");
        assertThatThrownBy(() -> new AddMarker(new Marker("mk1", "dup", 1, 0, null, null)).apply(fp)).hasMessageContaining("mk1");
        p = applyChecked(p, new RemoveMarker("mk1"));
        assertThat(p.timeline().markers()).extracting(Marker::id).containsExactly("mk2");
        assertThatThrownBy(() -> new RemoveMarker("zz").apply(base())).hasMessageContaining("zz");
    }

    @Test
    void mediaAddAndRemove() {
        Project p = applyChecked(base(), new AddMedia(av("m9", r(3))));
        assertThat(p.mediaItem("m9")).isNotNull();
        p = applyChecked(p, new RemoveMedia("m9"));
        assertThat(p.mediaItem("m9")).isNull();
        assertThatThrownBy(() -> new RemoveMedia("m2").apply(base())).hasMessageContaining("in use").hasMessageContaining("c3");
        assertThatThrownBy(() -> new AddMedia(av("c1", r(3))).apply(base())).hasMessageContaining("c1");
        Project q = applyChecked(base(), new AddTake("c1", Take.original("tk", "v1"), false));
        assertThatThrownBy(() -> new RemoveMedia("v1").apply(q)).hasMessageContaining("tk");
    }

    // ---- Compound ----

    @Test
    void compoundIsAtomicAndOneInverse() {
        Command ok = CompoundCommand.of("Split both", new Split("c1", 50, "c1b", List.of("c1b-t0"), "L"),
                new Split("d1", 50, "d1b", List.of("d1b-t0"), "L"));
        Project p = applyChecked(base(), ok);
        assertThat(clipOf(p, "c1b").linkId()).isEqualTo("L");
        assertThat(clipOf(p, "d1b").start()).isEqualTo(50);
        Command bad = CompoundCommand.of("Half", new Split("c1", 50, "c1b", List.of("c1b-t0")), new Move("c3", 10));
        Project before = base();
        assertThatThrownBy(() -> bad.apply(before)).hasMessageContaining("step 2").hasMessageContaining("overlap");
        assertThat(before).isEqualTo(base());
        assertThat(bad.label()).isEqualTo("Half");
    }

    // ---- Invariants ----

    @Test
    void invariantsFindViolations() {
        Invariants.check(base());
        Project overlap = project(NTSC, List.of(av("m", r(100))), track("v", TrackKind.VIDEO, clip("x", "m", 0, 10), clip("y", "m", 9, 10)));
        assertThatThrownBy(() -> Invariants.check(overlap)).hasMessageContaining("y").hasMessageContaining("overlaps");
        Project unsorted = project(NTSC, List.of(av("m", r(100))), track("v", TrackKind.VIDEO, clip("x", "m", 20, 10), clip("y", "m", 0, 10)));
        assertThatThrownBy(() -> Invariants.check(unsorted)).hasMessageContaining("y");
        Project kind = project(NTSC, List.of(audioOnly("m", r(100))), track("v", TrackKind.VIDEO, clip("x", "m", 0, 10)));
        assertThatThrownBy(() -> Invariants.check(kind)).hasMessageContaining("no video");
        Project kindA = project(NTSC, List.of(videoOnly("m", r(100))), track("a", TrackKind.AUDIO, clip("x", "m", 0, 10)));
        assertThatThrownBy(() -> Invariants.check(kindA)).hasMessageContaining("no audio");
        Project range = project(NTSC, List.of(av("m", r(1))), track("v", TrackKind.VIDEO, clip("x", "m", 0, 31)));
        assertThatThrownBy(() -> Invariants.check(range)).hasMessageContaining("outside media");
        Invariants.check(project(NTSC, List.of(av("m", r(1001, 1000))), track("v", TrackKind.VIDEO, clip("x", "m", 0, 30))));
        Project unknownInfo = project(NTSC, List.of(unprobed("m")), track("v", TrackKind.VIDEO, clip("x", "m", 0, 100000)));
        Invariants.check(unknownInfo);
        Project dup = project(NTSC, List.of(av("m", r(100))), track("v", TrackKind.VIDEO, clip("x", "m", 0, 10)), track("x", TrackKind.AUDIO));
        assertThatThrownBy(() -> Invariants.check(dup)).hasMessageContaining("id x is used twice");
        Project noMedia = project(NTSC, List.of(), track("v", TrackKind.VIDEO, clip("x", "m", 0, 10)));
        assertThatThrownBy(() -> Invariants.check(noMedia)).hasMessageContaining("media m");
        Clip badActive = clip("x", "m", 0, 10).withTakes(List.of(Take.original("t", "m")), "zz");
        Project noTake = project(NTSC, List.of(av("m", r(100))), track("v", TrackKind.VIDEO, badActive));
        assertThatThrownBy(() -> Invariants.check(noTake)).hasMessageContaining("zz");
        Project negative = project(NTSC, List.of(av("m", r(100))), track("v", TrackKind.VIDEO, clip("x", "m", -1, 10)));
        assertThatThrownBy(() -> Invariants.check(negative)).hasMessageContaining("before frame 0");
    }

    @Test
    void labels() {
        assertThat(new Split("a", 1, "b", List.of()).label()).isEqualTo("Split clip");
        assertThat(new RippleDelete("a").label()).isEqualTo("Ripple delete");
        assertThat(SetTrackFlags.lock("t", true).label()).isEqualTo("Lock track");
    }
}

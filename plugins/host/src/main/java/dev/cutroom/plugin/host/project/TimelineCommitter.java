package dev.cutroom.plugin.host.project;

import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.host.media.Times;
import dev.cutroom.plugin.host.result.CommitReceipt;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.plugin.host.result.ResultCommitter;
import dev.cutroom.timeline.command.AddMedia;
import dev.cutroom.timeline.command.AddTake;
import dev.cutroom.timeline.command.AddTrack;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.CompoundCommand;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.LinkedEdits;
import dev.cutroom.timeline.command.Overwrite;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.TimeRange;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The {@link ResultCommitter} of the timeline model: a job's outputs become <em>one</em> undoable
 * {@link CompoundCommand}.
 * <ul>
 *   <li>{@link Output.NewTake}: the file is added to the bin ({@link AddMedia}, probed) and becomes the clip's
 *       active take ({@link AddTake}) with {@code offset = clip.sourceIn}, so the file's time 0 plays at the
 *       clip's source start. The take carries {@link Provenance}.</li>
 *   <li>{@link Output.NewClip}: a clip with one generated take, on the track with that name (or a new one,
 *       {@link AddTrack}), placed with {@link Overwrite} at the nearest timeline frame.</li>
 *   <li>{@link Output.Split}: each source time becomes the nearest timeline frame of the clip, and the clip and
 *       its linked partners are split there ({@link LinkedEdits#split}).</li>
 *   <li>{@link Output.SideFile}: moved beside the project and listed in the receipt; the timeline is untouched.</li>
 *   <li>{@link Output.Retime} (API 1.1): the clip and its linked partners change speed with ripple
 *       ({@link LinkedEdits#setSpeed}), after every other output, so a new take of the same clip is what gets
 *       retimed.</li>
 *   <li>{@link Output.Trim} (API 1.1): ripple trims of the clip's out- and in-point and its partners'
 *       ({@link LinkedEdits#rippleTrim}), last, so the kept range is measured at the clip's final speed.</li>
 * </ul>
 * Retimes and trims create nothing, so their provenance (the same record a take would carry) goes in the receipt.
 * Files move from the job's {@code out/} folder to {@code <project folder>/generated/<plugin id>/}; every
 * generated media file gets a {@code .provenance.json} sidecar. All or nothing: when the clips changed while
 * the job ran (deleted, re-timed, another take made active) or any step is refused, the moved files are
 * removed again, the project is unchanged, and the exception says why.
 *
 * <p>Thread: {@link #commit} runs on the job's thread; it touches the project only inside
 * {@link ProjectSlot#edit}, so an editor passes a slot that hands over to its UI thread.
 */
public final class TimelineCommitter implements ResultCommitter {
    /** Folder under the project folder that receives generated files. */
    public static final String GENERATED_FOLDER = "generated";

    private final ProjectSlot slot;
    private final MediaResolver resolver;
    private final Function<Path, MediaInfo> prober;
    private final Ids ids;
    private final MediaHashes hashes;
    private final Clock clock;

    /** Probes with the media engine, random ids, the shared hash cache, the system clock. */
    public TimelineCommitter(ProjectSlot slot, MediaResolver resolver) {
        this(slot, resolver, MediaProbe::probe, Ids.random(), MediaHashes.shared(), Clock.systemUTC());
    }

    public TimelineCommitter(ProjectSlot slot, MediaResolver resolver, Function<Path, MediaInfo> prober, Ids ids,
                             MediaHashes hashes, Clock clock) {
        this.slot = Objects.requireNonNull(slot, "slot");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.prober = Objects.requireNonNull(prober, "prober");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The folder generated files of a plugin go to. */
    public static Path generatedFolder(Path projectFolder, String pluginId) {
        return projectFolder.resolve(GENERATED_FOLDER).resolve(pluginId);
    }

    @Override
    public CommitReceipt commit(CompletedJob job) throws Exception {
        Map<String, ClipRef> clips = clipsOf(job.job().selection());
        String createdAt = Instant.now(clock).toString();
        List<Output> outputs = job.result().outputs();
        Map<String, ProvenanceRecords.Input> inputs = new LinkedHashMap<>();
        for (Output o : outputs) {
            if (o instanceof Output.NewTake t) inputs.computeIfAbsent(t.clipId(), id -> input(clips.get(id)));
            if (o instanceof Output.NewClip) clips.values().forEach(c -> inputs.computeIfAbsent(c.clipId(), id -> input(c)));
            if (o instanceof Output.Retime r) inputs.computeIfAbsent(r.clipId(), id -> input(clips.get(id)));
            if (o instanceof Output.Trim t) inputs.computeIfAbsent(t.clipId(), id -> input(clips.get(id)));
        }
        List<Path> placed = new ArrayList<>();
        try {
            // 1. files out of the job folder, probed, with sidecars: nothing in the project refers to them yet
            Path folder = generatedFolder(resolver.projectFolder(), job.plugin().id());
            Map<Output, Placed> files = new HashMap<>();
            for (Output o : outputs) {
                Path file = fileOf(o);
                if (file == null) continue;
                Path target = moveInto(file, folder);
                placed.add(target);
                MediaInfo info = null;
                Path sidecar = null;
                Provenance provenance = null;
                if (o instanceof Output.NewTake || o instanceof Output.NewClip) {
                    info = prober.apply(target);
                    List<ProvenanceRecords.Input> from = o instanceof Output.NewTake t ? List.of(inputs.get(t.clipId())) : List.copyOf(inputs.values());
                    provenance = ProvenanceRecords.forTake(job.provenance(), from, createdAt);
                    sidecar = ProvenanceRecords.writeSidecar(target, job.jobId(), job.provenance(), from, createdAt);
                    placed.add(sidecar);
                }
                files.put(o, new Placed(target, info, sidecar, provenance));
            }
            // 2. one edit, built against the project as it is now
            String label = job.plugin().name();
            List<CommitReceipt.Item> items = new ArrayList<>();
            List<String> created = new ArrayList<>();
            slot.edit(project -> {
                items.clear();
                created.clear();
                Plan plan = new Plan(project, inputs, createdAt, job);
                CommitReceipt.Item[] byOutput = new CommitReceipt.Item[outputs.size()];
                for (int i : applyOrder(outputs)) byOutput[i] = plan.add(outputs.get(i), clips, files.get(outputs.get(i)));
                items.addAll(List.of(byOutput));
                created.addAll(plan.created);
                return plan.commands.isEmpty() ? null : new CompoundCommand(label, plan.commands);
            });
            return new CommitReceipt(label, created, items);
        } catch (Exception | Error e) {
            for (Path p : placed.reversed()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private record Placed(Path file, MediaInfo info, Path sidecar, Provenance provenance) {}

    /** Commands built step by step, each applied to a scratch copy so that the next one sees its result. */
    private final class Plan {
        final Project original;
        Project p;
        final List<Command> commands = new ArrayList<>();
        final List<String> created = new ArrayList<>();

        final Map<String, ProvenanceRecords.Input> inputs;
        final String createdAt;
        final CompletedJob job;

        Plan(Project project, Map<String, ProvenanceRecords.Input> inputs, String createdAt, CompletedJob job) {
            this.original = project;
            this.p = project;
            this.inputs = inputs;
            this.createdAt = createdAt;
            this.job = job;
        }

        void add(Command c) {
            p = c.apply(p).after();
            commands.add(c);
        }

        CommitReceipt.Item add(Output o, Map<String, ClipRef> clips, Placed placed) {
            return switch (o) {
                case Output.NewTake t -> take(t, requireUnchanged(clips.get(t.clipId())), placed);
                case Output.NewClip c -> clip(c, placed);
                case Output.Split s -> split(s, clips.get(s.clipId()));
                case Output.SideFile f -> new CommitReceipt.Item(CommitReceipt.Kind.SIDE_FILE, f.clipId(), List.of(), placed.file(), null, null);
                case Output.Retime r -> retime(r, clips.get(r.clipId()));
                case Output.Trim t -> trim(t, clips.get(t.clipId()));
            };
        }

        private CommitReceipt.Item retime(Output.Retime r, ClipRef ref) {
            Command speed = TimingEdits.retime(p, requireUnchanged(ref), r);
            if (speed != null) add(speed);
            return timing(CommitReceipt.Kind.RETIME, ref);
        }

        private CommitReceipt.Item trim(Output.Trim t, ClipRef ref) {
            TimingEdits.trim(p, requireUnchanged(ref), ref, t).forEach(this::add);
            return timing(CommitReceipt.Kind.TRIM, ref);
        }

        private CommitReceipt.Item timing(CommitReceipt.Kind kind, ClipRef ref) {
            Provenance provenance = ProvenanceRecords.forTake(job.provenance(), List.of(inputs.get(ref.clipId())), createdAt);
            return new CommitReceipt.Item(kind, ref.clipId(), List.of(), null, null, provenance);
        }

        private CommitReceipt.Item take(Output.NewTake t, Clip clip, Placed placed) {
            MediaItem media = media(placed);
            Take take = new Take(ids.next("take"), media.id(), clip.sourceIn(), t.label().isBlank() ? label(placed) : t.label(), placed.provenance());
            add(new AddTake(clip.id(), take, true));
            created.add(take.id());
            return new CommitReceipt.Item(CommitReceipt.Kind.TAKE, clip.id(), List.of(take.id()), placed.file(), placed.sidecar(), placed.provenance());
        }

        private CommitReceipt.Item clip(Output.NewClip c, Placed placed) {
            MediaInfo info = placed.info();
            TrackKind kind = info.hasVideo() ? TrackKind.VIDEO : TrackKind.AUDIO;
            String trackId = null;
            if (!c.track().create()) {
                for (Track t : p.timeline().tracks()) {
                    if (t.kind() == kind && t.name().equals(c.track().name())) { trackId = t.id(); break; }
                }
            }
            if (trackId == null) {
                trackId = ids.next("track");
                add(new AddTrack(trackId, kind, c.track().name(), -1));
                created.add(trackId);
            }
            MediaItem media = media(placed);
            FrameRate rate = p.timeline().rate();
            TimeRange range = c.sourceRange() != null ? Times.range(c.sourceRange()) : info.availableRange();
            long frames = Math.max(1, range.duration().times(rate.fps()).floor());
            long frame = Math.max(0, rate.nearestFrame(Times.rational(c.timelineStart())));
            Take take = new Take(ids.next("take"), media.id(), Rational.ZERO, label(placed), placed.provenance());
            String clipId = ids.next("clip");
            Clip clip = new Clip(clipId, c.name().isBlank() ? label(placed) : c.name(), frame, frames, range.start(), Rational.ONE, 1.0, true,
                    List.of(take), take.id(), null);
            Track track = p.timeline().track(trackId);
            Clip across = track.clips().stream().filter(x -> x.start() < frame && x.end() > frame + frames).findFirst().orElse(null);
            add(across == null ? new Overwrite(trackId, frame, clip)
                    : new Overwrite(trackId, frame, clip, ids.next("clip"), across.takes().stream().map(x -> ids.next("take")).toList()));
            created.add(clipId);
            created.add(take.id());
            return new CommitReceipt.Item(CommitReceipt.Kind.CLIP, clipId, List.of(clipId, take.id()), placed.file(), placed.sidecar(), placed.provenance());
        }

        private CommitReceipt.Item split(Output.Split s, ClipRef ref) {
            Clip clip = requireUnchanged(ref);
            FrameRate rate = p.timeline().rate();
            // media seconds of the input take -> the clip's source seconds -> timeline frames
            TreeSet<Long> frames = new TreeSet<>();
            for (var at : s.atSource()) {
                Rational intoClip = Times.rational(at).minus(Times.rational(ref.sourceRange().start()));
                long frame = clip.start() + intoClip.dividedBy(clip.speed()).times(rate.fps()).round();
                if (frame > clip.start() && frame < clip.end()) frames.add(frame);
            }
            String trackId = ref.trackId();
            List<String> pieces = new ArrayList<>();
            for (long frame : frames.descendingSet()) {
                java.util.Set<String> before = allClipIds(p);
                add(LinkedEdits.split(p, clip.id(), frame, ids));
                for (Track t : p.timeline().tracks()) {
                    for (Clip c : t.clips()) {
                        if (before.contains(c.id())) continue;
                        created.add(c.id());
                        if (t.id().equals(trackId)) pieces.add(c.id());
                    }
                }
            }
            return new CommitReceipt.Item(CommitReceipt.Kind.SPLIT, clip.id(), pieces.reversed(), null, null, null);
        }

        private MediaItem media(Placed placed) {
            MediaItem item = MediaItem.probed(ids.next("media"), resolver.toStoredPath(placed.file()), placed.info());
            add(new AddMedia(item));
            created.add(item.id());
            return item;
        }

        /** The clip as it is now, refused when it is gone or no longer plays what the job read. */
        private Clip requireUnchanged(ClipRef ref) {
            Clip now = null;
            Clip then = null;
            for (Track t : p.timeline().tracks()) {
                int i = t.indexOf(ref.clipId());
                if (i >= 0) now = t.clips().get(i);
            }
            for (Track t : original.timeline().tracks()) {
                int i = t.indexOf(ref.clipId());
                if (i >= 0) then = t.clips().get(i);
            }
            if (now == null || then == null) {
                throw new EditException("clip " + ref.clipId() + " was deleted while the job ran; the result was not added and the project is unchanged");
            }
            MediaItem item = original.mediaItem(then.activeTake().mediaId());
            boolean sameMedia = item != null && resolver.resolve(item).equals(ref.mediaFile().toAbsolutePath().normalize());
            boolean sameRange = Times.span(ClipSelection.mediaRange(original.timeline().rate(), then)).equals(ref.sourceRange());
            if (!sameMedia || !sameRange) {
                throw new EditException("clip " + ref.clipId() + " changed while the job ran (" + (sameMedia ? "its source range" : "its active take")
                        + " differs from what the plugin read); the result was not added and the project is unchanged");
            }
            return now;
        }
    }

    /** Output indexes in the order they apply: files and splits as given, then retimes, then trims. */
    static List<Integer> applyOrder(List<Output> outputs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparingInt(i -> switch (outputs.get(i)) {
            case Output.Retime r -> 1;
            case Output.Trim t -> 2;
            default -> 0;
        }));
        return order;
    }

    private static java.util.Set<String> allClipIds(Project p) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Track t : p.timeline().tracks()) for (Clip c : t.clips()) ids.add(c.id());
        return ids;
    }

    private static String label(Placed placed) {
        String name = placed.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private ProvenanceRecords.Input input(ClipRef clip) {
        return new ProvenanceRecords.Input(clip.clipId(), clip.mediaFile(), hashes.sha256(clip.mediaFile()));
    }

    private static Path fileOf(Output o) {
        return switch (o) {
            case Output.NewTake t -> t.file();
            case Output.NewClip c -> c.file();
            case Output.SideFile f -> f.file();
            case Output.Split s -> null;
            case Output.Retime r -> null;
            case Output.Trim t -> null;
        };
    }

    /** Moves {@code file} into {@code folder} under its own name, made unique. */
    static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? name : stem + "-" + n + ext);
            if (Files.exists(target) || Files.exists(ProvenanceRecords.sidecarOf(target))) continue;
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target); // another file system: copy and delete
            }
            return target;
        }
    }

    private static Map<String, ClipRef> clipsOf(Selection selection) {
        List<ClipRef> list = switch (selection) {
            case Selection.Clips c -> c.clips();
            case Selection.Range r -> r.clips();
        };
        Map<String, ClipRef> map = new LinkedHashMap<>();
        list.forEach(c -> map.putIfAbsent(c.clipId(), c));
        return map;
    }
}

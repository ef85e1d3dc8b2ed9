package dev.cutroom.fcpxml;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the common subset of FCPXML (1.8–1.13) into a project: the first project's sequence, its primary storyline
 * (asset-clips, clips, gaps, transitions), connected items on lanes (video above, audio below), secondary
 * storylines, auditions (the active pick), retimes ({@code timeMap} with two points, {@code conform-rate}), disabled
 * items, and markers (on clips: clip markers; elsewhere: timeline markers). Positions are
 * {@code (time − tcStart) ÷ frameDuration}; a connected item sits at its parent's position plus
 * {@code (offset − parent.start)} scaled by the parent's speed. Titles and generators become offline clips;
 * compound, multicam and sync clips become offline clips of their length; each is reported. Built through
 * {@link OtioImporter}, so media paths pass the same outside-the-folder check.
 */
public final class FcpxmlImporter {
    private final OtioImporter.Options options;

    public FcpxmlImporter(OtioImporter.Options options) { this.options = options; }

    public OtioImporter.Result read(Path file) throws OtioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new OtioException(file.toString(), null, "no such file", e);
        } catch (IOException e) {
            throw new OtioException(file.toString(), null, "cannot read the file: " + e, e);
        }
        return read(bytes, file.toString(), file.toAbsolutePath().getParent());
    }

    public OtioImporter.Result read(byte[] bytes, String source, Path folder) throws OtioException {
        Document doc = parse(bytes, source);
        Reader r = new Reader(source);
        ObjectNode tree = r.read(doc);
        OtioImporter.Result result = new OtioImporter(options).read(tree, source, folder);
        List<ImportReport.Entry> entries = new ArrayList<>(r.report.build().entries());
        entries.addAll(result.report().entries());
        return new OtioImporter.Result(result.project(), result.extras(), new ImportReport(entries));
    }

    static Document parse(byte[] bytes, String source) throws OtioException {
        if (bytes.length == 0) throw new OtioException(source, null, "the file is empty (0 bytes); it is not FCPXML");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // no external entities or DTDs are fetched: FCPXML names its DTD but never needs it
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new OtioException(source, null, "not valid XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new OtioException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** One item placed on the record side, in seconds from the sequence start. */
    private record Placed(String channel, Rational start, Rational duration, Rational assetTime, Rational speed, String name,
                          Element asset, String pseudoPath, boolean enabled, List<ObjectNode> markers, String where) {}

    private record Cut(String channel, Rational at, Rational in, Rational out) {}

    private static final class Reader {
        final String source;
        final ImportReport.Builder report = new ImportReport.Builder();
        final Map<String, Element> resources = new HashMap<>();
        final List<Placed> placed = new ArrayList<>();
        final List<Cut> cuts = new ArrayList<>();
        final List<ObjectNode> timelineMarkers = new ArrayList<>();
        FrameRate rate;
        Rational tcStart = Rational.ZERO;
        int count;

        Reader(String source) { this.source = source; }

        OtioException bad(String problem) { return new OtioException(source, null, problem); }

        ObjectNode read(Document doc) throws OtioException {
            Element root = doc.getDocumentElement();
            if (!root.getTagName().equals("fcpxml")) throw bad("not FCPXML: the top element is <" + root.getTagName() + ">, expected <fcpxml>");
            for (Element res : children(root, "resources")) for (Element r : children(res, null)) if (!r.getAttribute("id").isEmpty()) resources.put(r.getAttribute("id"), r);
            Element sequence = null;
            String projectName = null;
            for (Element p : descendants(root, "project")) {
                List<Element> seqs = children(p, "sequence");
                if (!seqs.isEmpty()) { sequence = seqs.getFirst(); projectName = p.getAttribute("name"); break; }
            }
            if (sequence == null) throw bad("no <project> with a <sequence>: nothing to import");
            if (descendants(root, "project").size() > 1) report.add(Kind.UNMAPPED, "fcpxml", "the file holds several projects; only the first (" + projectName + ") was imported");
            Element format = resources.get(sequence.getAttribute("format"));
            Rational frame = format == null ? null : time(format.getAttribute("frameDuration"));
            if (frame == null || frame.signum() <= 0) {
                frame = Rational.of(1, 25);
                report.add(Kind.ADJUSTED, "sequence", "the sequence's format gives no frame duration; 25 fps assumed");
            }
            Rational fps = Rational.ONE.dividedBy(frame);
            rate = new FrameRate(Math.toIntExact(fps.num()), Math.toIntExact(fps.den()));
            Rational tc = time(sequence.getAttribute("tcStart"));
            if (tc != null) tcStart = tc;
            for (Element spine : children(sequence, "spine")) spine(spine, Rational.ZERO.minus(tcStart), 0, "spine");

            ObjectNode otio = N.objectNode();
            otio.put("OTIO_SCHEMA", "Timeline.1");
            otio.put("name", projectName == null || projectName.isBlank() ? "FCPXML" : projectName);
            otio.set("global_start_time", t(tcStart));
            ObjectNode meta = otio.putObject("metadata");
            ObjectNode ours = meta.putObject("cutroom");
            ours.put("rate", rate.toString());
            int width = format == null ? 0 : size(format.getAttribute("width")), height = format == null ? 0 : size(format.getAttribute("height"));
            if (width > 0 && height > 0) {
                ours.put("width", width);
                ours.put("height", height);
            }
            if (!tcStart.isZero()) report.add(Kind.ADJUSTED, "sequence", "the sequence starts at " + tcStart.toDouble() + " s (tcStart); Cutroom's timeline starts at frame 0");
            meta.putObject("fcpxml").put("version", doc.getDocumentElement().getAttribute("version"));
            ObjectNode stack = otio.putObject("tracks");
            stack.put("OTIO_SCHEMA", "Stack.1");
            ArrayNode sm = stack.putArray("markers");
            timelineMarkers.forEach(sm::add);
            stack.set("children", tracks());
            return otio;
        }

        /** Items of a storyline; {@code base} is the absolute time of the storyline's time 0. */
        void spine(Element spine, Rational base, int lane, String where) throws OtioException {
            List<Element> items = children(spine, null);
            for (int i = 0; i < items.size(); i++) {
                Element e = items.get(i);
                String w = where + "/" + e.getTagName() + "[" + i + "]";
                Rational offset = orZero(time(e.getAttribute("offset")));
                Rational at = base.plus(offset);
                if (e.getTagName().equals("transition")) {
                    Rational d = orZero(time(e.getAttribute("duration")));
                    Element next = i + 1 < items.size() ? items.get(i + 1) : null;
                    Rational cut = next == null ? at.plus(d) : base.plus(orZero(time(next.getAttribute("offset"))));
                    cuts.add(new Cut(lane >= 0 ? "V" + lane : "A" + -lane, cut, cut.minus(at).max(Rational.ZERO), at.plus(d).minus(cut).max(Rational.ZERO)));
                    if (lane == 0) cuts.add(new Cut("A0", cut, cut.minus(at).max(Rational.ZERO), at.plus(d).minus(cut).max(Rational.ZERO)));
                    for (Element m : children(e, null)) if (isMarker(m)) timelineMarkers.add(marker(m, at.plus(orZero(time(m.getAttribute("start"))))));
                    continue;
                }
                item(e, at, lane, w);
            }
        }

        /** One storyline item (or connected item) placed at {@code at}. */
        void item(Element e, Rational at, int lane, String where) throws OtioException {
            if (++count > 200_000) throw bad("more than 200,000 items");
            String tag = e.getTagName();
            Rational duration = orZero(time(e.getAttribute("duration")));
            Rational start = orZero(time(e.getAttribute("start")));
            boolean enabled = !"0".equals(e.getAttribute("enabled"));
            String name = e.getAttribute("name");
            Rational speed = speed(e, where);
            switch (tag) {
                case "gap" -> {
                    for (Element m : children(e, null)) if (isMarker(m)) timelineMarkers.add(marker(m, at.plus(orZero(time(m.getAttribute("start"))).minus(start))));
                }
                case "asset-clip" -> {
                    Element asset = resources.get(e.getAttribute("ref"));
                    place(asset, at, duration, start, speed, name, enabled, e, lane, where, hasVideo(asset) && !"audio".equals(e.getAttribute("srcEnable")),
                            hasAudio(asset) && !"video".equals(e.getAttribute("srcEnable")));
                }
                case "clip" -> {
                    Element video = first(e, "video"), audio = first(e, "audio");
                    Element inner = video != null ? video : audio;
                    Element asset = inner == null ? null : resources.get(inner.getAttribute("ref"));
                    Rational assetStart = inner == null ? start : orZero(time(inner.getAttribute("start"))).plus(start.minus(orZero(time(inner.getAttribute("offset")))));
                    place(asset, at, duration, assetStart, speed, name, enabled, e, lane, where, video != null, audio != null || (video != null && hasAudio(asset)));
                }
                case "audition" -> {
                    List<Element> picks = children(e, null);
                    picks.removeIf(p -> isMarker(p) || p.getTagName().equals("metadata"));
                    if (!picks.isEmpty()) {
                        if (picks.size() > 1) report.add(Kind.UNMAPPED, where, "an audition: only its active pick was imported (" + (picks.size() - 1) + " alternative(s) left out)");
                        Element pick = picks.getFirst();
                        item(pick, at, lane, where + "/" + pick.getTagName());
                    }
                    return;
                }
                case "title", "video", "ref-clip", "mc-clip", "sync-clip", "audio" -> {
                    Element ref = resources.get(e.getAttribute("ref"));
                    boolean generator = tag.equals("title") || tag.equals("video") && ref != null && ref.getTagName().equals("effect");
                    if (tag.equals("video") && ref != null && ref.getTagName().equals("asset") || tag.equals("audio")) {
                        place(ref, at, duration, start, speed, name, enabled, e, lane, where, tag.equals("video"), tag.equals("audio"));
                    } else {
                        String what = generator ? "generator:" + (ref != null ? ref.getAttribute("name") : name) : tag + ":" + (name.isEmpty() && ref != null ? ref.getAttribute("name") : name);
                        report.add(generator ? Kind.OFFLINE : Kind.UNMAPPED, where, (generator ? "a title or generator" : "a " + tag + " (not flattened)")
                                + " '" + (name.isEmpty() ? what : name) + "': kept as an offline clip of its length");
                        add(new Placed(lane < 0 ? "A" + -lane : "V" + lane, at, duration, Rational.ZERO, speed, name.isEmpty() ? what : name, null, what, enabled, clipMarkers(e, start), where));
                        if (tag.equals("ref-clip") || tag.equals("mc-clip") || tag.equals("sync-clip")) {
                            if (lane >= 0) add(new Placed("A" + (lane == 0 ? 0 : -lane), at, duration, Rational.ZERO, speed, name.isEmpty() ? what : name, null, what, enabled, List.of(), where));
                        }
                    }
                }
                default -> {
                    report.add(Kind.UNMAPPED, where, "<" + tag + "> is not supported; left out");
                    return;
                }
            }
            // connected items and secondary storylines
            for (Element child : children(e, null)) {
                String lt = child.getAttribute("lane");
                if (lt.isEmpty()) continue;
                int childLane;
                try { childLane = Integer.parseInt(lt); } catch (NumberFormatException x) { continue; }
                Rational childAt = at.plus(orZero(time(child.getAttribute("offset"))).minus(start).dividedBy(speed.signum() == 0 ? Rational.ONE : speed));
                if (child.getTagName().equals("spine")) spine(child, childAt, childLane, where + "/spine");
                else item(child, childAt, childLane, where + "/" + child.getTagName());
            }
        }

        void place(Element asset, Rational at, Rational duration, Rational start, Rational speed, String name, boolean enabled, Element e,
                   int lane, String where, boolean video, boolean audio) {
            Rational assetStart = asset == null ? Rational.ZERO : orZero(time(asset.getAttribute("start")));
            String label = name.isEmpty() && asset != null ? asset.getAttribute("name") : name;
            List<ObjectNode> markers = clipMarkers(e, start);
            if (video) add(new Placed("V" + Math.max(0, lane), at, duration, start, speed, label, asset, null, enabled, markers, where));
            if (audio) add(new Placed("A" + (lane <= 0 ? -lane : 0), at, duration, start, speed, label, asset, null, enabled, video ? List.of() : markers, where));
            if (!video && !audio) report.add(Kind.UNMAPPED, where, "'" + label + "' has neither picture nor sound enabled; left out");
            if (asset == null) report.add(Kind.OFFLINE, where, "'" + label + "' names no media resource; kept offline");
        }

        void add(Placed p) {
            if (p.duration().signum() <= 0) {
                report.add(Kind.UNMAPPED, p.where(), "'" + p.name() + "' has no duration; left out");
                return;
            }
            placed.add(p);
        }

        /** Speed from a two-point timeMap or a conform-rate; 1 otherwise. */
        Rational speed(Element e, String where) {
            Rational s = Rational.ONE;
            Element map = first(e, "timeMap");
            if (map != null) {
                List<Element> pts = children(map, "timept");
                if (pts.size() >= 2) {
                    Rational t0 = orZero(time(pts.getFirst().getAttribute("time"))), t1 = orZero(time(pts.getLast().getAttribute("time")));
                    Rational v0 = orZero(time(pts.getFirst().getAttribute("value"))), v1 = orZero(time(pts.getLast().getAttribute("value")));
                    if (t1.compareTo(t0) > 0) s = v1.minus(v0).dividedBy(t1.minus(t0));
                    if (pts.size() > 2) report.add(Kind.ADJUSTED, where, "a retime with " + pts.size() + " points (speed ramps): imported at its average speed " + s.toDouble());
                }
            }
            Element conform = first(e, "conform-rate");
            if (conform != null && !conform.getAttribute("srcFrameRate").isEmpty() && !"0".equals(conform.getAttribute("scaleEnabled"))) {
                try {
                    Rational src = Rational.parse(conform.getAttribute("srcFrameRate").replace("23.98", "24000/1001").replace("29.97", "30000/1001").replace("59.94", "60000/1001"));
                    Rational conformed = rate.fps().dividedBy(src);
                    if (!conformed.equals(Rational.ONE)) s = s.times(conformed);
                } catch (RuntimeException ignored) {
                    report.add(Kind.UNMAPPED, where, "conform-rate " + conform.getAttribute("srcFrameRate") + " not understood; left at speed 1");
                }
            }
            if (s.signum() < 0) {
                report.add(Kind.UNMAPPED, where, "reverse playback is not supported; plays forwards");
                s = s.negate();
            }
            return s.signum() == 0 ? Rational.ONE : s;
        }

        List<ObjectNode> clipMarkers(Element e, Rational clipStart) {
            List<ObjectNode> out = new ArrayList<>();
            for (Element m : children(e, null)) if (isMarker(m)) out.add(marker(m, orZero(time(m.getAttribute("start")))));
            return out;
        }

        static boolean isMarker(Element m) { return m.getTagName().equals("marker") || m.getTagName().equals("chapter-marker"); }

        ObjectNode marker(Element m, Rational at) {
            ObjectNode n = N.objectNode();
            n.put("OTIO_SCHEMA", "Marker.2");
            n.put("name", m.getAttribute("value"));
            n.set("marked_range", range(at, orZero(time(m.getAttribute("duration")))));
            n.put("color", m.getTagName().equals("chapter-marker") ? "ORANGE" : "1".equals(m.getAttribute("completed")) ? "GREEN" : m.hasAttribute("completed") ? "RED" : "BLUE");
            n.put("comment", m.getAttribute("note"));
            return n;
        }

        /** OTIO tracks: one per channel (V0 = primary video, V1… lanes above, A0 = primary sound, A1… lanes below), with overlaps on extra tracks. */
        ArrayNode tracks() {
            Map<String, List<List<Placed>>> channels = new TreeMap<>(Comparator.comparing((String k) -> k.charAt(0) == 'A').thenComparing(k -> Integer.parseInt(k.substring(1))));
            List<Placed> sorted = new ArrayList<>(placed);
            sorted.sort(Comparator.comparing(Placed::start));
            for (Placed p : sorted) {
                List<List<Placed>> layers = channels.computeIfAbsent(p.channel(), x -> new ArrayList<>());
                List<Placed> home = null;
                for (List<Placed> layer : layers) {
                    Placed last = layer.getLast();
                    if (last.start().plus(last.duration()).compareTo(p.start()) <= 0) { home = layer; break; }
                }
                if (home == null) layers.add(home = new ArrayList<>());
                home.add(p);
            }
            ArrayNode out = N.arrayNode();
            for (var ch : channels.entrySet()) {
                boolean video = ch.getKey().charAt(0) == 'V';
                int lane = Integer.parseInt(ch.getKey().substring(1));
                for (int layer = 0; layer < ch.getValue().size(); layer++) {
                    ObjectNode t = out.addObject();
                    t.put("OTIO_SCHEMA", "Track.1");
                    t.put("name", (video ? "V" : "A") + (lane + 1) + (layer > 0 ? " · " + (layer + 1) : ""));
                    t.put("kind", video ? "Video" : "Audio");
                    ArrayNode children = t.putArray("children");
                    Rational pos = Rational.ZERO;
                    for (Placed p : ch.getValue().get(layer)) {
                        if (p.start().compareTo(pos) > 0) {
                            ObjectNode gap = children.addObject();
                            gap.put("OTIO_SCHEMA", "Gap.1");
                            gap.set("source_range", range(Rational.ZERO, p.start().minus(pos)));
                        }
                        if (layer == 0) {
                            for (Cut c : cuts) {
                                if (c.channel().equals(ch.getKey()) && c.at().equals(p.start()) && p.start().compareTo(pos) == 0 && pos.signum() > 0) {
                                    ObjectNode tr = children.addObject();
                                    tr.put("OTIO_SCHEMA", "Transition.1");
                                    tr.put("transition_type", "SMPTE_Dissolve");
                                    tr.set("in_offset", t(c.in()));
                                    tr.set("out_offset", t(c.out()));
                                }
                            }
                        }
                        children.add(clip(p));
                        pos = p.start().plus(p.duration());
                    }
                }
            }
            return out;
        }

        ObjectNode clip(Placed p) {
            ObjectNode c = N.objectNode();
            c.put("OTIO_SCHEMA", "Clip.1");
            c.put("name", p.name());
            c.put("enabled", p.enabled());
            c.set("source_range", range(p.assetTime(), p.duration()));
            ObjectNode ref = c.putObject("media_reference");
            if (p.asset() != null) {
                String src = p.asset().getAttribute("src");
                Element rep = first(p.asset(), "media-rep");
                if (src.isEmpty() && rep != null) src = rep.getAttribute("src");
                ref.put("OTIO_SCHEMA", "ExternalReference.1");
                ref.put("name", p.asset().getAttribute("name"));
                ref.put("target_url", src);
                Rational as = orZero(time(p.asset().getAttribute("start"))), ad = time(p.asset().getAttribute("duration"));
                if (ad != null && ad.signum() > 0) ref.set("available_range", range(as, ad));
            } else {
                ref.put("OTIO_SCHEMA", p.pseudoPath() != null && p.pseudoPath().startsWith("generator:") ? "GeneratorReference.1" : "MissingReference.1");
                ref.put("name", p.name());
                if (p.pseudoPath() != null && p.pseudoPath().startsWith("generator:")) ref.put("generator_kind", p.pseudoPath().substring(10));
            }
            ArrayNode effects = c.putArray("effects");
            if (!p.speed().equals(Rational.ONE)) {
                ObjectNode w = effects.addObject();
                w.put("OTIO_SCHEMA", "LinearTimeWarp.1");
                w.put("time_scalar", p.speed().toDouble());
            }
            ArrayNode markers = c.putArray("markers");
            p.markers().forEach(markers::add);
            return c;
        }

        ObjectNode t(Rational seconds) {
            ObjectNode n = N.objectNode();
            n.put("OTIO_SCHEMA", "RationalTime.1");
            n.put("rate", rate.toDouble());
            n.put("value", seconds.times(rate.fps()).toDouble());
            return n;
        }

        ObjectNode range(Rational start, Rational duration) {
            ObjectNode r = N.objectNode();
            r.put("OTIO_SCHEMA", "TimeRange.1");
            r.set("start_time", t(start));
            r.set("duration", t(duration));
            return r;
        }

        static boolean hasVideo(Element asset) { return asset != null && !"0".equals(asset.getAttribute("hasVideo")) && (asset.hasAttribute("hasVideo") || asset.hasAttribute("format")); }

        static boolean hasAudio(Element asset) { return asset != null && "1".equals(asset.getAttribute("hasAudio")); }
    }

    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    /** A picture size from 1 to 32768, or 0 when the attribute is not one. */
    static int size(String s) {
        try {
            int v = Integer.parseInt(s.trim());
            return v >= 1 && v <= 32768 ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Rational orZero(Rational r) { return r == null ? Rational.ZERO : r; }

    /** FCPXML time: {@code "1001/24000s"}, {@code "5s"}, {@code "0s"}; null when absent or not a time. */
    static Rational time(String s) {
        if (s == null || s.isEmpty()) return null;
        String v = s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
        try {
            Rational r = Rational.parse(v);
            return r.num() > Long.MAX_VALUE / 1024 || r.den() > 10_000_000 ? null : r;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (tag == null || c.getTagName().equals(tag))) out.add(c);
        }
        return out;
    }

    static Element first(Element e, String tag) {
        List<Element> c = children(e, tag);
        return c.isEmpty() ? null : c.getFirst();
    }

    static List<Element> descendants(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        var list = e.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }
}

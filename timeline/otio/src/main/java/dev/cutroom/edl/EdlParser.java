package dev.cutroom.edl;

import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.otio.OtioException;
import dev.cutroom.timeline.model.FrameRate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the lines of a CMX 3600 list: {@code TITLE:}, {@code FCM:} (drop frame can change between events), event
 * lines ({@code 001 REEL V C [dur] src-in src-out rec-in rec-out}), {@code M2} speed lines, {@code AUD} channel
 * lines, and the comments tools write ({@code * FROM CLIP NAME:}, {@code * TO CLIP NAME:}, {@code * SOURCE FILE:},
 * {@code * LOC:}). Lines it does not understand are reported, never fatal; a list without one event line is refused.
 */
final class EdlParser {
    private EdlParser() {}

    /** One event line. Frames count from 00:00:00:00 at the list's rate. */
    static final class Event {
        int line;
        String number, reel, channels, edit;
        int transitionFrames;
        long srcIn, srcOut, recIn, recOut;
        String clipName, toClipName, sourceFile;
        /** M2: speed ÷ rate; null when none. */
        Double speedRatio;
        final List<Integer> extraAudio = new ArrayList<>();

        boolean placed() { return recOut > recIn; }

        boolean video() { return channels.contains("V") || channels.equals("B"); }

        /** Audio channel numbers (1-based). */
        List<Integer> audio() {
            List<Integer> out = new ArrayList<>();
            String c = channels.replace("/V", "");
            if (c.equals("AA") || c.equals("A1A2") || c.equals("A12")) { out.add(1); out.add(2); }
            else if (c.equals("A") || c.equals("B") || c.equals("A1")) out.add(1);
            else if (c.matches("A\\d{1,2}")) out.add(Integer.parseInt(c.substring(1)));
            for (int a : extraAudio) if (!out.contains(a)) out.add(a);
            return out;
        }

        String name() {
            if ((edit.startsWith("D") || edit.startsWith("W")) && toClipName != null) return toClipName;
            return clipName != null ? clipName : reel;
        }
    }

    record Loc(int line, long recFrame, String colour, String text) {}

    record Parsed(String source, String title, FrameRate rate, List<Event> events, List<Loc> locs, List<ImportReport.Entry> report) {}

    private static final Pattern TC = Pattern.compile("\\d{1,2}[:;.,]\\d{2}[:;.,]\\d{2}[:;.,]\\d{2,3}");
    private static final Pattern COMMENT = Pattern.compile("^\\*\\s*(FROM CLIP NAME|TO CLIP NAME|SOURCE FILE|LOC)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    static Parsed parse(String text, String source, FrameRate given) throws OtioException {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<ImportReport.Entry> report = new ArrayList<>();
        FrameRate rate = given != null ? given : guessRate(lines, source, report);
        boolean drop = false;
        String title = null;
        List<Event> events = new ArrayList<>();
        List<Loc> locs = new ArrayList<>();
        Event last = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i], line = raw.strip();
            String where = "line " + (i + 1);
            if (line.isEmpty()) continue;
            String upper = line.toUpperCase(Locale.ROOT);
            try {
                if (upper.startsWith("TITLE:")) {
                    title = line.substring(6).strip();
                } else if (upper.startsWith("FCM:")) {
                    drop = upper.contains("DROP") && !upper.contains("NON");
                    if (drop && !Timecode.canDrop(rate)) {
                        report.add(new ImportReport.Entry(Kind.ADJUSTED, where, "drop-frame timecode at " + rate + " fps does not exist; read as non-drop"));
                    }
                } else if (Character.isDigit(line.charAt(0))) {
                    Event e = event(line, rate, drop, i + 1);
                    if (e == null) {
                        report.add(new ImportReport.Entry(Kind.UNMAPPED, where, "not an event line CMX 3600 knows; left out: " + clip(line)));
                    } else {
                        events.add(e);
                        last = e;
                        if (e.edit.startsWith("K")) report.add(new ImportReport.Entry(Kind.UNMAPPED, where, "key event (" + e.edit + ") is not supported; imported as a cut"));
                    }
                } else if (upper.startsWith("M2")) {
                    String[] t = line.split("\\s+");
                    if (t.length >= 3 && last != null) {
                        double fps = Double.parseDouble(t[t.length - 2].matches("-?\\d+(\\.\\d+)?") ? t[t.length - 2] : t[2]);
                        Event target = last;
                        for (int k = events.size() - 1; k >= 0 && k >= events.size() - 3; k--) if (events.get(k).reel.equals(t[1])) { target = events.get(k); break; }
                        target.speedRatio = fps / Timecode.base(rate);
                    } else {
                        report.add(new ImportReport.Entry(Kind.UNMAPPED, where, "M2 line without an event before it; left out"));
                    }
                } else if (upper.startsWith("AUD")) {
                    if (last != null) for (String t : line.substring(3).strip().split("\\s+")) if (t.matches("\\d{1,2}")) last.extraAudio.add(Integer.parseInt(t));
                } else if (line.startsWith("*")) {
                    Matcher m = COMMENT.matcher(line);
                    if (m.matches() && last != null) {
                        String key = m.group(1).toUpperCase(Locale.ROOT), value = m.group(2).strip();
                        switch (key) {
                            case "FROM CLIP NAME" -> last.clipName = value;
                            case "TO CLIP NAME" -> last.toClipName = value;
                            case "SOURCE FILE" -> last.sourceFile = value;
                            default -> locs.add(loc(value, rate, drop, i + 1, report));
                        }
                    }
                }
                // other lines (EFFECTS NAME IS, SPLIT:, free comments) carry nothing Cutroom maps
            } catch (IllegalArgumentException e) {
                report.add(new ImportReport.Entry(Kind.UNMAPPED, where, e.getMessage() + "; left out: " + clip(line)));
            }
        }
        if (events.isEmpty()) throw new OtioException(source, null, "not a CMX 3600 edit decision list: no event lines (NNN REEL CHANNELS EDIT SRC-IN SRC-OUT REC-IN REC-OUT)");
        return new Parsed(source, title, rate, events, locs, report);
    }

    private static String clip(String line) { return line.length() > 80 ? line.substring(0, 80) + "…" : line; }

    /** An event line, or null when it is not one. */
    static Event event(String line, FrameRate rate, boolean drop, int lineNo) {
        String[] t = line.split("\\s+");
        if (t.length < 8) return null;
        int n = t.length;
        for (int k = n - 4; k < n; k++) if (!TC.matcher(t[k]).matches()) return null;
        Event e = new Event();
        e.line = lineNo;
        e.number = t[0];
        e.reel = t[1];
        e.channels = t[2].toUpperCase(Locale.ROOT);
        e.edit = t[3].toUpperCase(Locale.ROOT);
        if (n >= 9 && t[4].matches("\\d{1,4}")) e.transitionFrames = Integer.parseInt(t[4]);
        e.srcIn = tc(t[n - 4], rate, drop);
        e.srcOut = tc(t[n - 3], rate, drop);
        e.recIn = tc(t[n - 2], rate, drop);
        e.recOut = tc(t[n - 1], rate, drop);
        return e;
    }

    private static long tc(String s, FrameRate rate, boolean drop) {
        return Timecode.parse(s, rate, drop || s.contains(";"));
    }

    private static Loc loc(String value, FrameRate rate, boolean drop, int line, List<ImportReport.Entry> report) {
        String[] t = value.split("\\s+", 3);
        long frame = tc(t[0], rate, drop);
        String colour = t.length > 1 ? t[1].toLowerCase(Locale.ROOT) : null;
        return new Loc(line, frame, colour, t.length > 2 ? t[2].strip() : null);
    }

    /**
     * CMX 3600 does not state the rate: drop-frame lists are 29.97; a frame field of 24 means 25 fps; above 24,
     * 29.97 (non-drop 30 gives the same frame numbers); otherwise 24 (23.976 gives the same frame numbers).
     */
    static FrameRate guessRate(String[] lines, String source, List<ImportReport.Entry> report) {
        boolean drop = false;
        int maxField = 0;
        for (String l : lines) {
            String u = l.toUpperCase(Locale.ROOT);
            if (u.startsWith("FCM:") && u.contains("DROP") && !u.contains("NON")) drop = true;
            Matcher m = TC.matcher(l);
            while (m.find()) {
                String tc = m.group();
                if (tc.contains(";")) drop = true;
                maxField = Math.max(maxField, Integer.parseInt(tc.substring(tc.length() - 2)));
            }
        }
        FrameRate r = drop || maxField > 24 ? FrameRate.FPS_29_97 : maxField == 24 ? FrameRate.FPS_25 : new FrameRate(24, 1);
        report.add(new ImportReport.Entry(Kind.ADJUSTED, "$", "CMX 3600 does not state the frame rate; " + r + " fps assumed from the timecodes"
                + (drop ? " (drop frame)" : " (frame fields up to " + maxField + ")") + "; give the rate to override"));
        return r;
    }
}

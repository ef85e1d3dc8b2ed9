package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.ParamSpec;
import dev.cutroom.plugin.instruct.plan.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The evaluation set ({@code eval-set.txt}): instructions with the plans they must give. */
public final class EvalSet {

    /** The clip every evaluation set assumes (PLAN-CONTRACT.md): 10 s long, so "the last 3 seconds" is 7..10. */
    public static final double CLIP_SECONDS = 10;

    /**
     * One instruction and what it must give.
     *
     * @param instruction   as typed
     * @param steps         the exact steps expected
     * @param expectProblem whether at least one problem must be reported (REFUSE or "!problem")
     * @param line          line number in the file
     */
    public record Case(String instruction, List<Step> steps, boolean expectProblem, int line) {

        /** Whether a result is exactly what was expected. */
        public boolean matches(ParseResult r) {
            return r.plan().steps().equals(steps) && r.problems().isEmpty() != expectProblem;
        }

        /** The expected plan in the file's notation. */
        public String expected() {
            return steps.isEmpty() && expectProblem ? "REFUSE" : format(steps) + (expectProblem ? " !problem" : "");
        }
    }

    private static final Pattern STEP = Pattern.compile(
            "([a-z-]+)(?:\\(((?:[^()']|'[^']*')*)\\))?(#background)?(?:@(\\d+(?:\\.\\d+)?)\\.\\.(\\d+(?:\\.\\d+)?))?");

    private EvalSet() {
    }

    /** Reads the set from the test class path. */
    public static List<Case> load() {
        return load("eval-set.txt");
    }

    /** Reads a set in this file's format ({@code instruction => expected plan}, {@code #} comments) from the class path. */
    public static List<Case> load(String resource) {
        try (InputStream in = EvalSet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is not on the class path");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int arrow = line.lastIndexOf("=>");
                if (arrow < 0) throw new IllegalArgumentException(resource + " line " + (i + 1) + ": no '=>'");
                cases.add(parseCase(line.substring(0, arrow).strip(), line.substring(arrow + 2).strip(), i + 1));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case parseCase(String instruction, String expected, int line) {
        if (expected.equals("REFUSE")) return new Case(instruction, List.of(), true, line);
        boolean problem = expected.endsWith("!problem");
        String steps = problem ? expected.substring(0, expected.length() - "!problem".length()).strip() : expected;
        List<Step> out = new ArrayList<>();
        Matcher m = STEP.matcher(steps);
        int at = 0;
        while (m.find()) {
            if (!steps.substring(at, m.start()).isBlank()) throw new IllegalArgumentException("line " + line + ": cannot read '" + steps.substring(at, m.start()) + "'");
            Step step = step(OpKind.fromId(m.group(1)), m.group(2));
            if (m.group(3) != null) step = step.onBackground();
            if (m.group(4) != null) step = step.during(Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
            out.add(step);
            at = m.end();
        }
        return new Case(instruction, out, problem, line);
    }

    private static Step step(OpKind op, String params) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (params != null) {
            for (String pair : params.split(",\\s*(?=[a-zA-Z]+=)")) {
                String[] kv = pair.split("=", 2);
                ParamSpec spec = op.param(kv[0].strip()).orElseThrow(() -> new IllegalArgumentException(op.id() + " has no " + kv[0]));
                String v = kv[1].strip();
                values.put(spec.name(), switch (spec.kind()) {
                    case NUMBER -> Double.parseDouble(v);
                    case BOOLEAN -> Boolean.parseBoolean(v);
                    default -> v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
                });
            }
        }
        return new Step(op, values);
    }

    /** Steps in the file's notation, parameters that differ from their defaults only. */
    public static String format(List<Step> steps) {
        List<String> parts = new ArrayList<>();
        for (Step s : steps) {
            List<String> changed = new ArrayList<>();
            for (ParamSpec p : s.op().params()) {
                Object v = s.params().get(p.name());
                Object d = p.kind() == ParamSpec.ParamKind.NUMBER ? ((Number) p.defaultValue()).doubleValue() : p.defaultValue();
                if (!v.equals(d)) changed.add(p.name() + "=" + (v instanceof String t && p.kind() == ParamSpec.ParamKind.TEXT ? "'" + t + "'" : fmt(v)));
            }
            String where = (s.background() ? "#background" : "")
                    + (s.part() == null ? "" : "@" + fmt(s.part().from()) + ".." + fmt(s.part().to()));
            parts.add((changed.isEmpty() ? s.op().id() : s.op().id() + "(" + String.join(", ", changed) + ")") + where);
        }
        return parts.isEmpty() ? "(nothing)" : String.join(" ", parts);
    }

    private static String fmt(Object v) {
        if (v instanceof Double d) return d == Math.rint(d) ? Long.toString(d.longValue()) : String.format(java.util.Locale.ROOT, "%.4g", d);
        return String.valueOf(v);
    }
}

package dev.cutroom.plugin.instruct.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One operation of a plan with all its parameters (defaults filled in, values checked, in the kind's order).
 * Two steps are equal when their kinds, values, parts and regions are; numbers compare within 1e-6.
 *
 * @param op         the operation
 * @param params     its parameters
 * @param part       the part of the clip it applies to, in plan seconds, or null for the whole clip
 * @param background whether a look applies to the background only (through the person mask)
 */
public record Step(OpKind op, Map<String, Object> params, Part part, boolean background) {

    /** A part of the clip, in seconds of the clip as it plays: {@code @from..to} in the plan notation. */
    public record Part(double from, double to) {
        public Part {
            if (!(from >= 0) || !(to > from) || to > 86400) {
                throw new PlanException("a part of the clip must run forwards within 0..86400 s, got " + from + ".." + to);
            }
        }

        boolean same(Part o) {
            return o != null && Math.abs(from - o.from) <= 1e-6 && Math.abs(to - o.to) <= 1e-6;
        }
    }

    /** A step on the whole clip. */
    public Step(OpKind op, Map<String, Object> params) {
        this(op, params, null, false);
    }

    public Step {
        Objects.requireNonNull(op, "op");
        if (background && op.category() != Category.LOOK) {
            throw new PlanException(op.id() + " cannot apply to the background only: only look operations can");
        }
        Map<String, Object> given = params == null ? Map.of() : params;
        for (String name : given.keySet()) {
            if (op.param(name).isEmpty()) {
                throw new PlanException(op.id() + " has no parameter '" + name + "'; it has "
                        + op.params().stream().map(ParamSpec::name).toList());
            }
        }
        Map<String, Object> complete = new LinkedHashMap<>();
        for (ParamSpec spec : op.params()) {
            Object v = given.containsKey(spec.name()) ? given.get(spec.name()) : spec.defaultValue();
            complete.put(spec.name(), spec.check(op.id(), v));
        }
        params = Collections.unmodifiableMap(complete);
    }

    /** A step with default parameters. */
    public static Step of(OpKind op) {
        return new Step(op, Map.of());
    }

    /** A step with the given parameters as name, value pairs; the rest default. */
    public static Step of(OpKind op, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("name, value pairs expected");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) m.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        return new Step(op, m);
    }

    /** This step with one parameter changed. */
    public Step with(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(params);
        m.put(name, value);
        return new Step(op, m, part, background);
    }

    /** This step on a part of the clip only. */
    public Step during(double from, double to) {
        return new Step(op, params, new Part(from, to), background);
    }

    /** This step on the background only. */
    public Step onBackground() {
        return new Step(op, params, part, true);
    }

    /** A NUMBER parameter. */
    public double number(String name) {
        return (Double) params.get(name);
    }

    /** A TEXT, CHOICE or COLOUR parameter. */
    public String text(String name) {
        return (String) params.get(name);
    }

    /** A BOOLEAN parameter. */
    public boolean flag(String name) {
        return (Boolean) params.get(name);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Step s) || s.op != op || s.background != background) return false;
        if (part == null ? s.part != null : !part.same(s.part)) return false;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            Object a = e.getValue();
            Object b = s.params.get(e.getKey());
            if (a instanceof Double x && b instanceof Double y) {
                if (Math.abs(x - y) > 1e-6) return false;
            } else if (!Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return op.hashCode();
    }

    /** e.g. {@code speed(factor=0.5, smooth=true)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(op.id());
        if (!params.isEmpty()) {
            s.append('(');
            params.forEach((k, v) -> s.append(k).append('=').append(v).append(", "));
            s.setLength(s.length() - 2);
            s.append(')');
        }
        if (background) s.append("#background");
        if (part != null) s.append('@').append(part.from()).append("..").append(part.to());
        return s.toString();
    }
}

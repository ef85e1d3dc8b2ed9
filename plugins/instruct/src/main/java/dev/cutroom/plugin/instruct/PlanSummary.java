package dev.cutroom.plugin.instruct;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.ParamSpec;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import dev.cutroom.plugin.instruct.understand.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Plans and problems as the short texts a job reports: one summary line, problems as a JSON array. */
final class PlanSummary {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanSummary() {
    }

    /** e.g. {@code Plan: black-and-white, speed ×0.5}: each step with the values that differ from defaults. */
    static String line(Plan plan) {
        if (plan.isEmpty()) return "Plan: nothing to do";
        return "Plan: " + plan.steps().stream().map(PlanSummary::step).collect(Collectors.joining(", "));
    }

    private static String step(Step s) {
        List<String> values = new ArrayList<>();
        for (ParamSpec p : s.op().params()) {
            Object v = s.params().get(p.name());
            Object def = p.kind() == ParamSpec.ParamKind.NUMBER ? ((Number) p.defaultValue()).doubleValue() : p.defaultValue();
            if (v.equals(def) && !(s.op() == OpKind.SPEED && p.name().equals("factor"))) continue;
            values.add(value(p, v));
        }
        String where = (s.background() ? " on the background" : "")
                + (s.part() == null ? "" : " from " + seconds(s.part().from()) + " to " + seconds(s.part().to()) + " s");
        return (values.isEmpty() ? s.op().id() : s.op().id() + " " + String.join(" ", values)) + where;
    }

    private static String seconds(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    private static String value(ParamSpec p, Object v) {
        if (v instanceof Double d) {
            String n = d == Math.rint(d) ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%.3g", d).replaceAll("0+$", "");
            return p.unit().equals("x") ? "×" + n : p.name() + " " + n + p.unit();
        }
        if (v instanceof Boolean b) return (b ? "" : "no ") + p.name();
        return p.kind() == ParamSpec.ParamKind.TEXT ? "'" + v + "'" : String.valueOf(v);
    }

    /** The problems as a JSON array of {clause, reason, closest: [operation ids], message}. */
    static String problemsJson(List<Problem> problems) {
        ArrayNode array = JSON.createArrayNode();
        for (Problem p : problems) {
            var n = array.addObject().put("clause", p.clause()).put("reason", p.reason());
            p.closest().forEach(op -> n.withArray("closest").add(op.id()));
            n.put("message", p.message());
        }
        return array.toString();
    }
}

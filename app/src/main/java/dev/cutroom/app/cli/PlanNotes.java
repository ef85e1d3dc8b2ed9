package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutroom.plugin.api.JobResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a plan-only job ({@code planOnly=true}) reported, read from its provenance notes: {@code plan} (the plan
 * as JSON text) and {@code problems} (a JSON array of what was not understood). The command line prints them and
 * the editor shows them, so both read them here. Immutable; any thread.
 *
 * @param planJson the plan as the plugin wrote it, or "" when it wrote none
 * @param problems one readable line per problem, e.g. "not understood: 'make it pop' (closest: saturation, contrast)"
 */
public record PlanNotes(String planJson, List<String> problems) {
    /** The note that carries the plan. */
    public static final String PLAN = "plan";
    /** The note that carries the problems. */
    public static final String PROBLEMS = "problems";
    private static final ObjectMapper JSON = new ObjectMapper();

    public PlanNotes {
        planJson = planJson == null ? "" : planJson;
        problems = List.copyOf(problems);
    }

    /** The notes of a finished job's result. */
    public static PlanNotes of(JobResult result) {
        return of(result.provenance().notes());
    }

    /** From the notes map of a result. */
    public static PlanNotes of(Map<String, String> notes) {
        return new PlanNotes(notes.getOrDefault(PLAN, ""), problems(notes.get(PROBLEMS)));
    }

    /** Whether the instruction was fully understood (no problems). */
    public boolean understood() {
        return problems.isEmpty();
    }

    /**
     * Problems as lines. The array's items may be text, or objects with a {@code message}, or with the words not
     * understood ({@code text}) and the closest operations ({@code closest}); anything else is shown as JSON so
     * that nothing the plugin said is dropped.
     */
    static List<String> problems(String json) {
        if (json == null || json.isBlank()) return List.of();
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(json.strip()); // not JSON: still a problem the user must see
        }
        if (array == null || array.isNull()) return List.of();
        if (!array.isArray()) return List.of(line(array));
        List<String> lines = new ArrayList<>();
        array.forEach(item -> lines.add(line(item)));
        return lines;
    }

    private static String line(JsonNode item) {
        if (item.isTextual()) return item.textValue();
        if (item.hasNonNull("message")) return item.get("message").asText();
        if (item.hasNonNull("text")) {
            List<String> closest = new ArrayList<>();
            item.path("closest").forEach(c -> closest.add(c.isTextual() ? c.textValue() : c.path("label").asText(c.toString())));
            return "not understood: '" + item.get("text").asText() + "'" + (closest.isEmpty() ? "" : " (closest: " + String.join(", ", closest) + ")");
        }
        return item.toString();
    }
}

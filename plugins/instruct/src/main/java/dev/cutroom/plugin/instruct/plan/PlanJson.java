package dev.cutroom.plugin.instruct.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans as JSON, the form the command line prints, the editor edits and the apply job receives:
 * {@code {"schema":"InstructPlan.1","instruction":"...","steps":[{"op":"speed","params":{"factor":0.5,"smooth":true}}]}}.
 * A step on part of the clip carries {@code "part":{"from":4.5,"to":5.5}} (plan seconds); a look on the background
 * only carries {@code "region":"background"}. Both are optional, so plans written before them still read.
 */
public final class PlanJson {

    /** Schema name and version written into every plan. */
    public static final String SCHEMA = "InstructPlan.1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    /** The plan as a JSON tree. */
    public static ObjectNode toTree(Plan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("instruction", plan.instruction());
        ArrayNode steps = root.putArray("steps");
        for (Step s : plan.steps()) {
            ObjectNode n = steps.addObject();
            n.put("op", s.op().id());
            n.put("category", s.op().category().name().toLowerCase(java.util.Locale.ROOT));
            n.set("params", JSON.valueToTree(s.params()));
            if (s.background()) n.put("region", "background");
            if (s.part() != null) n.putObject("part").put("from", s.part().from()).put("to", s.part().to());
        }
        return root;
    }

    /** The plan as indented JSON text. */
    public static String write(Plan plan) {
        try {
            return JSON.writeValueAsString(toTree(plan));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a plan, checking every operation and value.
     *
     * @throws PlanException naming what is wrong (bad JSON, unknown schema, operation or parameter, value out of range)
     */
    public static Plan read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PlanException("plan is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new PlanException("plan must be a JSON object");
        String schema = root.path("schema").asText("");
        if (!SCHEMA.equals(schema)) throw new PlanException("plan schema must be " + SCHEMA + ", got '" + schema + "'");
        JsonNode steps = root.path("steps");
        if (!steps.isArray()) throw new PlanException("plan needs a 'steps' array");
        List<Step> out = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode n = steps.get(i);
            OpKind op = OpKind.fromId(n.path("op").asText(""));
            Map<String, Object> params = new LinkedHashMap<>();
            JsonNode p = n.path("params");
            if (!p.isMissingNode() && !p.isObject()) throw new PlanException("steps[" + i + "].params must be an object");
            p.fields().forEachRemaining(e -> params.put(e.getKey(), value(e.getValue())));
            try {
                String region = n.path("region").asText("whole");
                if (!region.equals("whole") && !region.equals("background")) throw new PlanException("region must be 'whole' or 'background', got '" + region + "'");
                JsonNode part = n.path("part");
                Step.Part range = part.isObject() ? new Step.Part(part.path("from").asDouble(Double.NaN), part.path("to").asDouble(Double.NaN)) : null;
                out.add(new Step(op, params, range, region.equals("background")));
            } catch (PlanException e) {
                throw new PlanException("steps[" + i + "]: " + e.getMessage());
            }
        }
        return new Plan(root.path("instruction").asText(""), out);
    }

    private static Object value(JsonNode v) {
        if (v.isNumber()) return v.doubleValue();
        if (v.isBoolean()) return v.booleanValue();
        if (v.isTextual()) return v.textValue();
        return v.toString();
    }
}

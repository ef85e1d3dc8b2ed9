package dev.cutroom.models.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One node of a TFJS graph model ({@code modelTopology.node[]}), a TensorFlow GraphDef node.
 *
 * @param name   node name; its first output is referred to by this name, others as {@code name:k}
 * @param op     TensorFlow op, e.g. {@code Conv2D}
 * @param inputs data inputs (control inputs, written {@code ^name}, are dropped)
 * @param attr   the node's {@code attr} object as JSON
 */
public record TfjsNode(String name, String op, List<String> inputs, JsonNode attr) {

    public TfjsNode {
        inputs = inputs.stream().filter(i -> !i.startsWith("^")).toList();
    }

    /** @return a string attribute (TF stores them base64-encoded), or {@code fallback} */
    public String stringAttr(String key, String fallback) {
        JsonNode s = attr.path(key).path("s");
        return s.isMissingNode() ? fallback : new String(Base64.getDecoder().decode(s.asText()),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return an int-list attribute such as {@code strides}, or an empty list */
    public List<Long> intsAttr(String key) {
        List<Long> out = new ArrayList<>();
        attr.path(key).path("list").path("i").forEach(n -> out.add(Long.parseLong(n.asText())));
        return out;
    }

    /** @return a boolean attribute, or {@code fallback} */
    public boolean boolAttr(String key, boolean fallback) {
        JsonNode b = attr.path(key).path("b");
        return b.isMissingNode() ? fallback : b.asBoolean();
    }
}

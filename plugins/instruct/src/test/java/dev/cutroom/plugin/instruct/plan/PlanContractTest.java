package dev.cutroom.plugin.instruct.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link OpKind} equal to PLAN-CONTRACT.md, the page blind evaluation sets are written from: the same
 * operation ids, and for each the same parameter names, ranges, defaults and choices.
 */
class PlanContractTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (.*) \\|$");
    private static final Pattern RANGE = Pattern.compile("(-?[\\d.]+)\\.\\.(-?[\\d.]+)");
    private static final Pattern DEFAULT = Pattern.compile("= (\\S+)");

    @Test
    void everyOperationOfTheContractIsAnOpKindWithTheSameParameters() throws IOException {
        Map<String, String> rows = rows();
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(OpKind.values()).map(OpKind::id).toList());
        for (Map.Entry<String, String> row : rows.entrySet()) {
            OpKind op = OpKind.fromId(row.getKey());
            List<String> named = new ArrayList<>();
            String text = row.getValue().replace("(required)", "required");
            for (String prev = ""; !prev.equals(text); ) { // nested brackets: innermost first
                prev = text;
                text = text.replaceAll("\\([^()]*\\)", "");
            }
            for (String part : text.split(";|, (?=[a-zA-Z]+ [-−\\d])")) {
                String p = part.strip();
                if (p.equals("—") || p.isEmpty()) continue;
                List<String> names = names(p);
                for (String name : names) {
                    named.add(name);
                    ParamSpec spec = op.param(name).orElseThrow(() -> new AssertionError(op.id() + " has no parameter " + name + " (contract: " + part + ")"));
                    check(op, spec, p);
                }
            }
            assertThat(named).as(op.id() + " parameters").containsExactlyInAnyOrderElementsOf(op.params().stream().map(ParamSpec::name).toList());
        }
    }

    private static List<String> names(String part) {
        Matcher each = Pattern.compile("^([a-z, ]+): each").matcher(part);
        if (each.find()) return Arrays.stream(each.group(1).split(",\\s*")).map(String::strip).toList();
        return List.of(part.split("[\\s:]+")[0]);
    }

    private static void check(OpKind op, ParamSpec spec, String part) {
        String where = op.id() + "." + spec.name() + " (contract: " + part + ")";
        String text = part.replace('−', '-');
        switch (spec.kind()) {
            case NUMBER -> {
                Matcher r = RANGE.matcher(text);
                if (r.find()) {
                    assertThat(spec.min()).as(where + " min").isEqualTo(Double.parseDouble(r.group(1)));
                    assertThat(spec.max()).as(where + " max").isEqualTo(Double.parseDouble(r.group(2)));
                }
                Matcher d = DEFAULT.matcher(text);
                if (d.find()) assertThat((Double) spec.defaultValue()).as(where + " default").isEqualTo(Double.parseDouble(d.group(1).replace(",", "")));
                else assertThat(text).as(where + " has no default: it must be marked required").contains("required");
            }
            case CHOICE -> {
                String rest = text.replace("`", "").substring(spec.name().length()).replaceFirst("^[:\\s]+", "").replaceFirst("^one of ", "");
                String[] listAndDefault = rest.split(" = ");
                assertThat(spec.choices()).as(where + " choices")
                        .containsExactlyElementsOf(Arrays.stream(listAndDefault[0].split(",\\s*|/")).map(String::strip).toList());
                if (listAndDefault.length > 1) assertThat(spec.defaultValue()).as(where + " default").isEqualTo(listAndDefault[1].strip());
            }
            case BOOLEAN, COLOUR -> {
                Matcher d = DEFAULT.matcher(text);
                assertThat(d.find()).as(where + " default").isTrue();
                assertThat(String.valueOf(spec.defaultValue())).as(where + " default").isEqualTo(d.group(1));
            }
            case TEXT -> {
                Matcher d = DEFAULT.matcher(text);
                if (d.find()) assertThat("'" + spec.defaultValue() + "'").as(where + " default").isEqualTo(d.group(1));
            }
        }
    }

    private static Map<String, String> rows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("PLAN-CONTRACT.md"))) {
            Matcher m = ROW.matcher(line.strip());
            if (m.find()) rows.put(m.group(1), m.group(2));
        }
        return rows;
    }
}

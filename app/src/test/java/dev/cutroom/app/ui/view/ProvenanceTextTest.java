package dev.cutroom.app.ui.view;

import dev.cutroom.timeline.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector shows provenance as words and an outline, never as a line of raw JSON. */
class ProvenanceTextTest {
    @Test
    void aJsonParameterBecomesAnOutlineAndTheTimeIsLocal() {
        String plan = "{\"schema\":\"InstructPlan.1\",\"steps\":[{\"op\":\"black-and-white\",\"params\":{}},{\"op\":\"speed\",\"params\":{\"factor\":0.5}}]}";
        Provenance p = new Provenance("dev.cutroom.instruct", "1.2.0", null, null, null,
                Map.of("plan", plan, "planOnly", "false"), "make it black and white and slow it down by half", "ab12", "2026-12-08T01:02:03Z");

        String shown = InspectorView.describe(p);

        assertThat(shown).doesNotContain("{").doesNotContain("\"").doesNotContain("InstructPlan.1");
        assertThat(shown).contains("plan:\n  steps:\n    1.\n       op: black-and-white", "op: speed", "factor: 0.5", "planOnly = false");
        assertThat(shown).contains("Created: 2026-12-08 ").doesNotContain("T01:02:03Z");
    }

    @Test
    void plainValuesStayOnOneLine() {
        assertThat(ReadableValue.lines("scale", "2")).isEqualTo("scale = 2\n");
        assertThat(ReadableValue.lines("title", "{not json")).isEqualTo("title = {not json\n");
        assertThat(ReadableValue.instant("yesterday")).isEqualTo("yesterday");
    }
}

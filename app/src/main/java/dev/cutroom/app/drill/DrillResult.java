package dev.cutroom.app.drill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one drill found: how many trials ran, how many passed, and why the others failed (each distinct reason
 * once, with how often). A drill that could not run here (no root, no tmpfs) is {@linkplain #skipped skipped}
 * with the reason. {@code notes} are observations that are not failures (e.g. how the kills landed).
 */
public record DrillResult(String name, int trials, int passed, Map<String, Integer> failures, String skipped, List<String> notes) {
    public DrillResult {
        failures = Map.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public int failed() { return trials - passed; }

    public boolean ok() { return skipped == null && passed == trials && trials > 0; }

    public static DrillResult skipped(String name, String reason) {
        return new DrillResult(name, 0, 0, Map.of(), reason, List.of());
    }

    /** One line per failure reason, most frequent first. */
    public List<String> failureLines() {
        return failures.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + "x " + e.getKey()).toList();
    }

    /** Counts trials as a drill runs. */
    public static final class Tally {
        private final String name;
        private int trials;
        private int passed;
        private final Map<String, Integer> failures = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Integer> outcomes = new LinkedHashMap<>();

        public Tally(String name) { this.name = name; }

        public void pass() {
            trials++;
            passed++;
        }

        public void fail(String reason) {
            trials++;
            failures.merge(reason, 1, Integer::sum);
        }

        /** Counts a trial by the check's verdict: null passes, anything else is the failure reason. */
        public void record(String failure) {
            if (failure == null) pass(); else fail(failure);
        }

        /** Counts how trials ended up (e.g. "killed before the first save"), reported as a note. */
        public void outcome(String what) { outcomes.merge(what, 1, Integer::sum); }

        public void note(String note) { notes.add(note); }

        public DrillResult result() {
            List<String> all = new ArrayList<>(notes);
            outcomes.forEach((k, v) -> all.add(v + "x " + k));
            return new DrillResult(name, trials, passed, failures, null, all);
        }
    }
}

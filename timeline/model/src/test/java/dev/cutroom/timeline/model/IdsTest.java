package dev.cutroom.timeline.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {
    private static List<String> take(Ids ids, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(ids.next("clip"));
        return out;
    }

    @Test
    void seededIdsRepeatAndDifferBySeed() {
        assertThat(take(Ids.seeded(5), 100)).isEqualTo(take(Ids.seeded(5), 100));
        assertThat(take(Ids.seeded(5), 100)).isNotEqualTo(take(Ids.seeded(6), 100));
    }

    @Test
    void idsAreUniqueAndCarryTheirPrefix() {
        for (Ids ids : List.of(Ids.random(), Ids.seeded(1))) {
            List<String> list = take(ids, 10_000);
            Set<String> unique = new HashSet<>(list);
            assertThat(unique).hasSize(list.size());
            assertThat(list).allMatch(id -> id.matches("clip-[0-9a-f]{12}"));
        }
        assertThat(Ids.random().next("track")).startsWith("track-");
    }
}

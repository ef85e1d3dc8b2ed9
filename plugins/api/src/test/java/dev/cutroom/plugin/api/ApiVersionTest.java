package dev.cutroom.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {
    private final ApiVersion host = ApiVersion.parse("1.3");

    @Test
    void olderOrEqualMinorOfTheSameMajorLoads() {
        assertThat(host.refusalFor(ApiVersion.parse("1.0"))).isEmpty();
        assertThat(host.refusalFor(ApiVersion.parse("1.3"))).isEmpty();
        assertThat(host.refusalFor(ApiVersion.parse("1"))).isEmpty();
    }

    @Test
    void newerMinorIsRefusedAskingForAnUpdate() {
        assertThat(host.refusalFor(ApiVersion.parse("1.4"))).hasValueSatisfying(reason ->
                assertThat(reason).contains("1.4").contains("1.3").contains("update Cutroom"));
    }

    @Test
    void otherMajorIsRefusedEitherWay() {
        assertThat(host.refusalFor(ApiVersion.parse("2.0"))).hasValueSatisfying(r -> assertThat(r).contains("major versions differ"));
        assertThat(host.refusalFor(ApiVersion.parse("0.9"))).hasValueSatisfying(r -> assertThat(r).contains("major versions differ"));
    }

    @Test
    void parsingRejectsGarbage() {
        assertThatThrownBy(() -> ApiVersion.parse("1.x")).hasMessageContaining("MAJOR.MINOR");
        assertThatThrownBy(() -> ApiVersion.parse("1.2.3")).hasMessageContaining("MAJOR.MINOR");
        assertThat(ApiVersion.CURRENT).hasToString(ApiVersion.CURRENT_TEXT);
    }
}

package dev.cutroom.plugin.host.worker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerCommandTest {
    @Test
    void theHostsModuleExportsAndOpensReachTheWorkerInBothSpellings() {
        List<String> host = List.of("-Xmx2g", "--add-exports=java.desktop/com.sun.media.sound=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dfoo=bar");

        assertThat(WorkerCommand.forwardedModuleOptions(host)).containsExactly(
                "--add-exports=java.desktop/com.sun.media.sound=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED");
    }
}

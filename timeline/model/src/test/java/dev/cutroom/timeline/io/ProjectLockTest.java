package dev.cutroom.timeline.io;

import dev.cutroom.timeline.io.ProjectFileException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedNamingTheHolder() throws Exception {
        Path file = dir.resolve("film.cutroom");
        try (ProjectLock held = ProjectLock.acquire(file, "Cutroom editor", Duration.ZERO)) {
            assertThat(held.lockFile()).isEqualTo(dir.toRealPath().resolve(".film.cutroom.lock"));
            assertThatThrownBy(() -> ProjectLock.acquire(file, "cutroom edit", Duration.ofMillis(100)))
                    .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LOCKED))
                    .hasMessageStartingWith(file + ": the project is in use by pid " + ProcessHandle.current().pid() + " on host ")
                    .hasMessageContaining("(Cutroom editor) since ")
                    .hasMessageContaining("nothing was changed");
            assertThat(ProjectLock.holder(file)).map(ProjectLock.Holder::command).contains("Cutroom editor");
        }
        try (ProjectLock again = ProjectLock.acquire(file, "cutroom edit", Duration.ZERO)) {
            assertThat(again.holder().command()).isEqualTo("cutroom edit");
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedNamingThatProcessAndFreedWhenItEnds() throws Exception {
        Path file = dir.resolve("film.cutroom");
        try (OtherProcess other = OtherProcess.holding(file, "Cutroom editor")) {
            assertThatThrownBy(() -> ProjectLock.acquire(file, "cutroom edit", Duration.ofMillis(100)))
                    .hasMessageContaining("in use by pid " + other.pid() + " on host ").hasMessageContaining("(Cutroom editor)");
            assertThatThrownBy(() -> ProjectLock.acquireShared(file, "Cutroom editor", Duration.ZERO)).hasMessageContaining("pid " + other.pid());
        }
        try (ProjectLock mine = ProjectLock.acquire(file, "cutroom edit", Duration.ofSeconds(30))) {
            assertThat(mine.holder().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void sharedHoldersOfOneProcessJoinButExclusiveOnesWait() throws Exception {
        Path file = dir.resolve("film.cutroom");
        ProjectLock window1 = ProjectLock.acquireShared(file, "Cutroom editor", Duration.ZERO);
        ProjectLock window2 = ProjectLock.acquireShared(file, "Cutroom editor", Duration.ZERO);
        assertThatThrownBy(() -> ProjectLock.acquire(file, "cutroom edit", Duration.ZERO)).hasMessageContaining("(Cutroom editor)");
        window1.close();
        assertThatThrownBy(() -> ProjectLock.acquire(file, "cutroom edit", Duration.ZERO)).as("still held by window 2").isNotNull();
        window2.close();
        ProjectLock.acquire(file, "cutroom edit", Duration.ZERO).close();
    }

    @Test
    void aWaitingWriterGetsTheLockWhenTheHolderLetsGo() throws Exception {
        Path file = dir.resolve("film.cutroom");
        ProjectLock first = ProjectLock.acquire(file, "first", Duration.ZERO);
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try (ProjectLock l = ProjectLock.acquire(file, "second", Duration.ofMinutes(1))) {
                return l.holder().command();
            } catch (ProjectFileException e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.await();
        first.close();
        assertThat(second.get(1, TimeUnit.MINUTES)).isEqualTo("second");
    }

    @Test
    void theLockFollowsASymlinkedProjectToItsRealFolder() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path file = Files.writeString(real.resolve("film.cutroom"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.cutroom"), file);
        try (ProjectLock held = ProjectLock.acquire(link, "through the link", Duration.ZERO)) {
            assertThatThrownBy(() -> ProjectLock.acquire(file, "direct", Duration.ZERO)).hasMessageContaining("through the link");
        }
    }

    @Test
    void aLockFileThatIsASymlinkIsNotFollowed() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Files.createSymbolicLink(dir.resolve(".film.cutroom.lock"), victim);
        assertThatThrownBy(() -> ProjectLock.acquire(dir.resolve("film.cutroom"), "x", Duration.ZERO))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO));
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }
}

package dev.cutroom.plugin.host.project;

import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.History;
import dev.cutroom.timeline.model.Project;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where a committer finds the project and applies its one edit. {@link #edit} builds the command from the
 * project as it is at that moment and performs it as one undo entry, with no other edit in between; when
 * building or applying throws, the project is unchanged.
 */
@FunctionalInterface
public interface ProjectSlot {

    /**
     * Builds a command against the current project and performs it. A {@code build} that returns null has
     * nothing to change: the project stays as it is and no undo entry is made.
     *
     * @return the project after the edit
     * @throws RuntimeException (typically {@link dev.cutroom.timeline.command.EditException}) when refused; nothing changed
     */
    Project edit(Function<Project, Command> build);

    /**
     * A slot over a {@link History}; call {@link #edit} on the history's thread (the editor hands over to the
     * UI thread and waits; see {@link TimelineCommitter}).
     */
    static ProjectSlot of(History history) {
        Objects.requireNonNull(history, "history");
        return build -> {
            Command command = build.apply(history.current());
            return command == null ? history.current() : history.perform(command);
        };
    }

    /** A slot holding one project, for headless use (the command line, tests). Thread-safe. */
    static Holder holding(Project project) {
        return new Holder(project);
    }

    /** A project in a box, edited under its lock. */
    final class Holder implements ProjectSlot {
        private Project current;

        private Holder(Project project) {
            this.current = Objects.requireNonNull(project, "project");
        }

        public synchronized Project current() {
            return current;
        }

        @Override
        public synchronized Project edit(Function<Project, Command> build) {
            Command command = build.apply(current);
            if (command != null) current = command.apply(current).after();
            return current;
        }

        /** Replaces the project (e.g. to simulate another edit while a job runs). */
        public synchronized void set(Project project) {
            current = Objects.requireNonNull(project, "project");
        }
    }
}

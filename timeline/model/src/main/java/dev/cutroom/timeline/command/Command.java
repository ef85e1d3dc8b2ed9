package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;

import java.util.List;

/**
 * One edit of a project. Commands are immutable records with named fields; they are pure (the same command
 * applied to the same project always gives the same result), so they can be replayed, logged and tested.
 *
 * <p>{@link #apply} never changes its argument (projects are immutable). It returns the new project together
 * with an exact inverse: applying the inverse to the result gives back a project equal to {@code before}.
 * After every command the changed parts of the project are checked with {@link Invariants}; a command that
 * would break an invariant, or that makes no sense (unknown ids, a locked track, nothing to change), throws
 * {@link EditException} and the caller keeps the project it had.
 *
 * <p>A clip edit on a locked track is refused, whichever command makes it.
 */
public interface Command {
    /** Applies this command to {@code before}; throws {@link EditException} when refused. */
    Applied apply(Project before);

    /** Short name for menus and the undo list, e.g. "Split clip". */
    String label();

    /**
     * Ids this command brings into the project (new clips, takes, tracks, markers, media). They are checked to
     * be unused in the project the command is applied to. Empty by default.
     */
    default List<String> introducedIds() { return List.of(); }

    /**
     * The result of applying a command.
     *
     * @param after   the edited project
     * @param inverse a command that turns {@code after} back into the project the command was applied to
     */
    record Applied(Project after, Command inverse) {}
}

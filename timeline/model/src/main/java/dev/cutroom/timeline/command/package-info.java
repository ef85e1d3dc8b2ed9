/**
 * Edits of a {@link dev.cutroom.timeline.model.Project} as commands.
 *
 * <p>Every edit is a record implementing {@link dev.cutroom.timeline.command.Command}: named fields, pure
 * {@code apply(Project) -> Applied(after, inverse)}, a menu {@code label()}. New ids (for split halves, inserted
 * clips, takes, tracks, markers, media) are passed in fields, so commands can be replayed and logged. The inverse
 * is a {@link dev.cutroom.timeline.command.Restore} holding the replaced immutable parts (tracks, markers, media),
 * so undo is exact: {@code inverse.apply(after).after().equals(before)}.
 *
 * <p>After each command the changed parts are checked against {@link dev.cutroom.timeline.command.Invariants};
 * a refused command throws {@link dev.cutroom.timeline.command.EditException} and changes nothing. A clip edit on
 * a locked track is refused. {@link dev.cutroom.timeline.command.History} keeps the current project with undo and
 * redo stacks for the UI and the CLI; {@link dev.cutroom.timeline.command.CompoundCommand} makes several commands
 * one undo entry; {@link dev.cutroom.timeline.command.LinkedEdits} builds compounds for linked video/audio clips.
 * Transitions stay on their cut through every clip edit: they follow the incoming clip and are dropped (and
 * restored by undo) when the cut disappears ({@code TransitionAnchors}).
 *
 * <p>Edits are not O(n^2): clip lists are sorted and searched by start; an edit copies the touched track's clip
 * list once and checks only the touched tracks and the ids it introduces ({@code bench.EditBench} times them on a
 * 10,000-clip project).
 */
package dev.cutroom.timeline.command;

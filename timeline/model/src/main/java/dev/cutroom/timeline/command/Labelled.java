package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;

import java.util.List;

/**
 * A command under another name (the editor's name for a gesture, such as "Move" or "Trim"), applied exactly as
 * {@code command}: same result, same inverse, same refusals.
 */
public record Labelled(String label, Command command) implements Command {
    @Override
    public Applied apply(Project before) { return command.apply(before); }

    @Override
    public List<String> introducedIds() { return command.introducedIds(); }
}

package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Several commands applied in order as one edit (one undo entry). Each part sees the result of the previous
 * ones and is checked as usual; if any part is refused, the whole compound is refused and nothing changes.
 */
public record CompoundCommand(String label, List<Command> commands) implements Command {
    public CompoundCommand {
        commands = List.copyOf(commands);
        if (label == null) label = "Edit";
    }

    public static CompoundCommand of(String label, Command... commands) { return new CompoundCommand(label, List.of(commands)); }

    @Override
    public List<String> introducedIds() {
        List<String> ids = new ArrayList<>();
        for (Command c : commands) ids.addAll(c.introducedIds());
        return ids;
    }

    @Override
    public Applied apply(Project before) {
        if (commands.isEmpty()) throw new EditException(label + ": no commands");
        Project p = before;
        for (int i = 0; i < commands.size(); i++) {
            try {
                p = commands.get(i).apply(p).after();
            } catch (EditException e) {
                throw new EditException(label + ": step " + (i + 1) + " (" + commands.get(i).label() + ") refused: " + e.getMessage(), e);
            }
        }
        // The parts were checked one by one (locks and invariants); the whole needs only the diff for its exact inverse.
        return Edits.finish(label, List.of(), before, p, false, false);
    }
}

package dev.cutroom.timeline.command;

/**
 * Thrown when a command is refused: the message names the clip, track or other item and the problem.
 * A refused command changes nothing (projects are immutable; the caller keeps the project it had).
 */
public class EditException extends RuntimeException {
    public EditException(String message) { super(message); }

    public EditException(String message, Throwable cause) { super(message, cause); }
}

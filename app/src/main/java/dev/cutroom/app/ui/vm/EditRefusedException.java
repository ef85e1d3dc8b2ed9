package dev.cutroom.app.ui.vm;

/** An edit the editor refuses (overlap, locked track, nothing selected); the message is shown to the user. */
public final class EditRefusedException extends RuntimeException {
    public EditRefusedException(String message) {
        super(message);
    }
}

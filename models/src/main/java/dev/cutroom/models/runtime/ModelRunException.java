package dev.cutroom.models.runtime;

/** A model that failed to load or to run; wraps DJL's checked exceptions. */
public final class ModelRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, @param cause the engine's exception */
    public ModelRunException(String message, Throwable cause) {
        super(message, cause);
    }
}

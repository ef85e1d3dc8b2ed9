package dev.cutroom.models.ncnn;

/** A {@code .param} or {@code .bin} file that does not follow the ncnn format. */
public final class NcnnFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, and where */
    public NcnnFormatException(String message) {
        super(message);
    }
}

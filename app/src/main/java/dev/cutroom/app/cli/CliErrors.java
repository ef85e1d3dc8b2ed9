package dev.cutroom.app.cli;

/** Turns an exception into the one line a user reads; the cause chain is kept when it adds information. */
final class CliErrors {
    private CliErrors() {}

    static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) message = ex.getClass().getSimpleName();
        Throwable cause = ex.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(problemPart(cause.getMessage()))) {
            message += " (" + cause.getMessage() + ")";
        }
        return message;
    }

    /** "FILE: problem" -> "problem", so a cause that only repeats the file name is not printed twice. */
    private static String problemPart(String message) {
        int colon = message.lastIndexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}

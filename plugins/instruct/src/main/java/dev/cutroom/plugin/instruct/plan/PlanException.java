package dev.cutroom.plugin.instruct.plan;

/** A plan (or a step of one) that does not fit the operations' parameter rules; the message names the place. */
public class PlanException extends IllegalArgumentException {
    public PlanException(String message) {
        super(message);
    }
}

package dev.cutroom.app.drill;

/** A drill's setup found that it cannot run on this machine (the reason is shown as "skipped"). */
final class CannotRunHere extends Exception {
    CannotRunHere(String reason) { super(reason); }
}

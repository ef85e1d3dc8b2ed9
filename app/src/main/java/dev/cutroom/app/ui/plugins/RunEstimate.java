package dev.cutroom.app.ui.plugins;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The estimate line of a run dialog: "Estimating…", then the time, and a warning when it is long on a CPU. A new
 * request (the form changed) cancels the one in flight, and a late answer to an old request is dropped. Start and
 * Cancel stay usable throughout: the estimate informs, it does not gate. FX thread.
 */
public final class RunEstimate {
    private final Function<Map<String, Object>, CompletableFuture<PluginEstimate>> estimator;
    private final Executor uiThread;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private CompletableFuture<PluginEstimate> pending;
    private PluginEstimate latest;

    /**
     * @param estimator starts an estimate for the form's values (off the FX thread work, e.g. {@link PluginEstimates})
     * @param uiThread  where answers are shown
     */
    public RunEstimate(Function<Map<String, Object>, CompletableFuture<PluginEstimate>> estimator, Executor uiThread) {
        this.estimator = Objects.requireNonNull(estimator, "estimator");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The last estimate received, or null. */
    public PluginEstimate latest() { return latest; }

    /** Estimates the job these values would start, replacing any estimate in flight. */
    public void request(Map<String, Object> values) {
        cancel();
        latest = null;
        warning.set("");
        text.set("Estimating the time on this device…");
        busy.set(true);
        CompletableFuture<PluginEstimate> asked;
        try {
            asked = estimator.apply(values);
        } catch (RuntimeException e) {
            shown(null, e);
            return;
        }
        pending = asked;
        asked.whenComplete((estimate, failure) -> uiThread.execute(() -> {
            if (pending == asked) shown(estimate, failure);
        }));
    }

    /** Stops the estimate in flight (the dialog closed, or the form went invalid). */
    public void cancel() {
        if (pending != null) {
            CompletableFuture<PluginEstimate> p = pending;
            pending = null;
            p.cancel(true);
        }
        if (busy.get()) {
            busy.set(false);
            text.set("");
        }
    }

    private void shown(PluginEstimate estimate, Throwable failure) {
        pending = null;
        busy.set(false);
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            text.set("No estimate: " + cause.getMessage());
            return;
        }
        latest = estimate;
        text.set(estimate.describe());
        warning.set(estimate.longOnCpu() ? estimate.warning() : "");
    }
}

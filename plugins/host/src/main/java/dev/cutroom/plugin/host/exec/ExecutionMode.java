package dev.cutroom.plugin.host.exec;

/** Where plugin code runs. */
public enum ExecutionMode {
    /** In a worker JVM per job (the default): failures of any kind stay in the worker. */
    OUT_OF_PROCESS,
    /** On a thread of the host JVM: for tests and debugging. */
    IN_PROCESS
}

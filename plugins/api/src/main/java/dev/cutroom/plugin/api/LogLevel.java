package dev.cutroom.plugin.api;

/** Severity of a job log line. */
public enum LogLevel { DEBUG, INFO, WARN, ERROR }

package dev.cutroom.plugin.host.worker;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.LogLevel;

/**
 * The worker protocol: line-delimited JSON, one message per line, {@code "type"} naming the message, over
 * the job's own socket ({@link ProtocolChannel}; the worker's stdin carries only the bootstrap). The worker
 * first sends the job's secret, then {@link Ready} once, any number of {@link Progress} and {@link Log}, then
 * exactly one {@link Result} or {@link Error}. The host sends {@link Start}, then at most one {@link Cancel};
 * closing the connection means "the host is gone" and the worker exits. A line is at most 16 MiB. The worker's
 * stdout and stderr are not part of the protocol; the host copies them into the job log.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = WorkerMessage.Start.class, name = "start"),
        @JsonSubTypes.Type(value = WorkerMessage.Cancel.class, name = "cancel"),
        @JsonSubTypes.Type(value = WorkerMessage.Ready.class, name = "ready"),
        @JsonSubTypes.Type(value = WorkerMessage.Progress.class, name = "progress"),
        @JsonSubTypes.Type(value = WorkerMessage.Log.class, name = "log"),
        @JsonSubTypes.Type(value = WorkerMessage.Result.class, name = "result"),
        @JsonSubTypes.Type(value = WorkerMessage.Error.class, name = "error")})
public sealed interface WorkerMessage {
    /** Protocol version; bumped when a message changes meaning. */
    int PROTOCOL = 2;

    /**
     * Host: run this job.
     *
     * @param origin     {@code "classpath"} or the plugin jar's path
     * @param workspace  the job's folder (holding {@code scratch/} and {@code out/})
     */
    record Start(int protocol, String jobId, String pluginId, String origin, Job job, String workspace) implements WorkerMessage { }

    /** Host: stop the job as soon as possible. */
    record Cancel() implements WorkerMessage { }

    /** Worker: the JVM is up and listening. */
    record Ready(int protocol, long pid) implements WorkerMessage { }

    record Progress(double fraction, String message) implements WorkerMessage { }

    record Log(LogLevel level, String message) implements WorkerMessage { }

    /** Worker: the plugin returned; the models it opened are already merged into the provenance. */
    record Result(JobResult result) implements WorkerMessage { }

    /**
     * Worker: the job failed.
     *
     * @param errorClass the exception's class name ({@code dev.cutroom.plugin.api.JobCancelledException} when it stopped on request)
     * @param stackTrace the full stack trace, for the job log
     */
    record Error(String errorClass, String message, String stackTrace) implements WorkerMessage { }
}

/**
 * Project files: reading, writing, upgrading and keeping them safe.
 *
 * <h2>Format</h2>
 * UTF-8, indented JSON. Every object names its schema and version; the top level also says which format family
 * wrote it:
 * <pre>{@code
 * {
 *   "schema" : "Project.1", "cutroom" : "0.1", "id" : "project-1", "name" : "Beach day",
 *   "media" : [ { "schema" : "MediaItem.1", "id" : "media-a", "path" : "clips/a.mp4",
 *                 "info" : { "schema" : "MediaInfo.1", "container" : "mov,mp4", "duration" : "1001/100",
 *                            "video" : { "schema" : "VideoStream.1", "width" : 1920, "height" : 1080,
 *                                        "frameRate" : "30000/1001", "rotation" : 0, "codec" : "h264", "frameCount" : 300 },
 *                            "audio" : { "schema" : "AudioStream.1", "sampleRate" : 48000, "channels" : 2, "codec" : "aac" } } } ],
 *   "timeline" : { "schema" : "Timeline.1", "name" : "Main", "rate" : "30000/1001", "width" : 1920, "height" : 1080,
 *     "sampleRate" : 48000, "channels" : 2, "markers" : [ ],
 *     "tracks" : [ { "schema" : "Track.1", "id" : "track-v1", "kind" : "video", "name" : "V1",
 *       "muted" : false, "solo" : false, "locked" : false, "hidden" : false, "transitions" : [ ],
 *       "clips" : [ { "schema" : "Clip.1", "id" : "clip-1", "name" : "Arrival", "start" : 0, "duration" : 120,
 *                     "sourceIn" : "3/2", "speed" : "1/1", "volume" : 1.0, "enabled" : true, "activeTakeId" : "take-1",
 *                     "takes" : [ { "schema" : "Take.1", "id" : "take-1", "mediaId" : "media-a", "offset" : "0/1",
 *                                   "label" : "Original" } ],
 *                     "markers" : [ { "schema" : "ClipMarker.1", "id" : "cm-1", "name" : "focus", "sourceTime" : "5/2",
 *                                     "duration" : "0/1", "colour" : "red" } ] } ] } ] }
 * }</pre>
 * <ul>
 *   <li>Field names are the model records' component names; track kinds are {@code "video"}/{@code "audio"}.</li>
 *   <li>Exact values ({@link dev.cutroom.timeline.model.Rational}: times, speeds, offsets, frame rates) are always
 *       written as {@code "num/den"} strings ({@code "3/2"}, {@code "1/1"}, {@code "30000/1001"}). Readers also
 *       accept integers, {@code "n"} and exact decimals ({@code 0.5}, {@code "0.5"}).</li>
 *   <li>Null values are left out. Optional on read: names, labels, {@code error}, {@code info}, {@code linkId},
 *       {@code provenance}, track flags (false), {@code volume} (1), {@code enabled} (true), {@code speed} (1),
 *       {@code offset} (0), {@code markers}, {@code transitions}, {@code media}.</li>
 *   <li>The only objects without {@code "schema"} are maps of free keys: {@code Provenance.parameters}
 *       (string to string).</li>
 *   <li>A loaded project must keep the editing invariants ({@link dev.cutroom.timeline.command.Invariants}); a file
 *       that breaks them is refused with {@link dev.cutroom.timeline.io.ProjectFileException.Kind#MODEL_RULES}.</li>
 *   <li>Media paths: see {@link dev.cutroom.timeline.io.MediaPaths}.</li>
 * </ul>
 *
 * <h2>Versions</h2>
 * {@code Project.N} is the file's version; nested objects carry the same N. Older files are upgraded on the JSON
 * tree by the {@link dev.cutroom.timeline.io.Upgrader} chain in {@link dev.cutroom.timeline.io.Upgraders} before
 * any record is built; newer ones are refused ("written by a newer Cutroom: Project.7; this version reads up to
 * Project.2"). Properties this version does not know are kept in {@link dev.cutroom.timeline.io.Extras} and written
 * back on save. A change that old readers can safely ignore needs no new version; anything else adds an upgrader.
 * The example above shows {@code .1} schemas for brevity; a current file writes {@code .2} throughout.
 * Project.2 added clip markers ({@code Clip.markers}, on the clip's source time).
 *
 * <h2>Entry points</h2>
 * {@link dev.cutroom.timeline.io.ProjectStore} (files: atomic save, {@code .bak}, autosave, recovery, the guards against
 * silent loss), {@link dev.cutroom.timeline.io.ProjectLock} (one writer per project),
 * {@link dev.cutroom.timeline.io.FileStamp} (what a loaded file held),
 * {@link dev.cutroom.timeline.io.ProjectJson} (bytes and trees), {@link dev.cutroom.timeline.io.ProjectFileException}
 * (every load and save problem), {@link dev.cutroom.timeline.io.bench.FileBench} (benchmark inputs).
 */
package dev.cutroom.timeline.io;

package dev.cutroom.timeline.model;

/**
 * A transition centred on the cut between two adjacent clips of a track.
 *
 * @param kind     {@link #CROSS_DISSOLVE}, {@link #DIP_TO_BLACK}, or another name (kept, played as a cut)
 * @param cutFrame timeline frame of the cut
 * @param inOffset frames before the cut, {@code outOffset} frames after it
 */
public record Transition(String id, String kind, long cutFrame, long inOffset, long outOffset) {
    /** The outgoing clip blends into the incoming one (OpenTimelineIO's SMPTE_Dissolve). */
    public static final String CROSS_DISSOLVE = "cross_dissolve";
    /** The outgoing clip fades to black over the first half, the incoming one fades in over the second. */
    public static final String DIP_TO_BLACK = "dip_to_black";
}

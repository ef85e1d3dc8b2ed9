package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * FFmpeg audio filters for the audio operations: {@code volume} for gain and mute (gain 0: silence of the same
 * length), {@code afade} for fades. Fades are placed by sample number ({@code ss}, {@code ns}), not by time, so
 * they land on the kept part of the clip exactly.
 */
public final class AudioFilters {
    /** Filters this class emits, for the availability check. */
    public static final List<String> USED = List.of("volume", "afade");

    private AudioFilters() {}

    /**
     * The audio chain, or null when the plan leaves the sound alone.
     *
     * @param firstSample first sample of the kept part
     * @param endSample   sample after the kept part
     */
    public static String of(Plan plan, ClipTiming timing, int sampleRate, long firstSample, long endSample) {
        List<String> chain = new ArrayList<>();
        for (Step s : plan.steps()) {
            switch (s.op()) {
                case MUTE -> chain.add("volume=0");
                case VOLUME -> chain.add("volume=" + LookFilters.num(s.number("gainDb")) + "dB");
                case AUDIO_FADE_IN -> {
                    long n = samples(s.number("duration"), timing, sampleRate, endSample - firstSample);
                    chain.add("afade=t=in:ss=" + firstSample + ":ns=" + n);
                }
                case AUDIO_FADE_OUT -> {
                    long n = samples(s.number("duration"), timing, sampleRate, endSample - firstSample);
                    chain.add("afade=t=out:ss=" + (endSample - n) + ":ns=" + n);
                }
                default -> { }
            }
        }
        return chain.isEmpty() ? null : String.join(",", chain);
    }

    private static long samples(double planSeconds, ClipTiming timing, int rate, long available) {
        return Math.max(1, Math.min(available, Math.round(planSeconds * timing.speed() * rate)));
    }
}

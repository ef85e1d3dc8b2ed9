package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.instruct.plan.OpKind;
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
    public static final List<String> USED = List.of("volume", "afade", "loudnorm", "aresample", "aformat", "afftdn", "asetrate", "atempo");

    private AudioFilters() {}

    /**
     * The audio chain, or null when the plan leaves the sound alone.
     *
     * @param firstSample first sample of the kept part
     * @param endSample   sample after the kept part
     */
    public static String of(Plan plan, ClipTiming timing, int sampleRate, long firstSample, long endSample) {
        List<String> chain = new ArrayList<>();
        double keptStart = firstSample / (double) sampleRate;
        for (Step s : plan.steps()) {
            String when = s.part() == null ? "" : ":enable='between(t," + LookFilters.num(keptStart + s.part().from() * timing.speed()) + ","
                    + LookFilters.num(keptStart + s.part().to() * timing.speed()) + ")'";
            switch (s.op()) {
                case MUTE -> chain.add("volume=0" + when);
                case VOLUME -> chain.add("volume=" + LookFilters.num(s.number("gainDb")) + "dB" + when);
                // single-pass loudness normalisation (EBU R128); loudnorm works at 192 kHz in doubles, so convert back
                case NORMALISE -> chain.add("loudnorm=I=" + LookFilters.num(s.number("loudness")) + ":TP=-1.5:LRA=11,aresample="
                        + sampleRate + ",aformat=sample_fmts=flt");
                // FFT denoise: up to 6..36 dB off bins under the noise floor, which it tracks from -30 dB
                case AUDIO_DENOISE -> chain.add("afftdn=nr=" + LookFilters.num(6 + 30 * s.number("strength")) + ":nf=-30:tn=1" + when);
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
        boolean keepPitch = plan.steps(OpKind.SPEED).stream().anyMatch(st -> st.flag("keepPitch"))
                || plan.has(OpKind.FIT_DURATION) && plan.steps(OpKind.SPEED).stream().anyMatch(st -> st.flag("keepPitch"));
        if (keepPitch && Math.abs(timing.speed() - 1) > 1e-6) chain.add(keepPitch(timing.speed(), sampleRate));
        return chain.isEmpty() ? null : String.join(",", chain);
    }

    /**
     * The engine plays a retimed clip's sound resampled (pitch follows speed). To keep the pitch, the take's sound
     * is shifted by 1/speed first, keeping its length: {@code asetrate} moves pitch and length together, then
     * {@code atempo} (0.5..100 per instance, chained below 0.5) puts the length back.
     */
    static String keepPitch(double speed, int sampleRate) {
        StringBuilder b = new StringBuilder("asetrate=" + Math.round(sampleRate / speed) + ",aresample=" + sampleRate);
        double tempo = speed;
        while (tempo < 0.5) {
            b.append(",atempo=0.5");
            tempo /= 0.5;
        }
        b.append(",atempo=").append(LookFilters.num(tempo));
        return b.toString();
    }

    private static long samples(double planSeconds, ClipTiming timing, int rate, long available) {
        return Math.max(1, Math.min(available, Math.round(planSeconds * timing.speed() * rate)));
    }
}

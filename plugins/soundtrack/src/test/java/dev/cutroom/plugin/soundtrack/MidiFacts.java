package dev.cutroom.plugin.soundtrack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * What a MIDI score says, read back independently of the composer: tempo map, key signature, track names and
 * programs, markers, cue points, notes (times in seconds from the file's own tempo events).
 */
public record MidiFacts(List<double[]> tempos, byte[] keySignature, List<String> trackNames, Map<String, Integer> programs,
                        List<Double> markers, List<Double> cues, List<double[]> notes, Map<String, Integer> noteCounts) {

    public record Note(int track, int channel, int pitch, int velocity, double on) {}

    public static MidiFacts of(Sequence seq) {
        int ppq = seq.getResolution();
        List<long[]> tempoTicks = new ArrayList<>(); // tick, micros per quarter
        byte[] key = null;
        for (Track t : seq.getTracks()) {
            for (int i = 0; i < t.size(); i++) {
                MidiEvent e = t.get(i);
                if (e.getMessage() instanceof MetaMessage m) {
                    if (m.getType() == 0x51) {
                        byte[] d = m.getData();
                        tempoTicks.add(new long[] {e.getTick(), ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff)});
                    }
                    if (m.getType() == 0x59) key = m.getData();
                }
            }
        }
        tempoTicks.sort((a, b) -> Long.compare(a[0], b[0]));
        java.util.function.LongToDoubleFunction seconds = tick -> {
            double s = 0;
            long at = 0;
            long micros = 500_000;
            for (long[] tp : tempoTicks) {
                if (tp[0] >= tick) break;
                s += (tp[0] - at) * micros / 1e6 / ppq;
                at = tp[0];
                micros = tp[1];
            }
            return s + (tick - at) * micros / 1e6 / ppq;
        };
        List<double[]> tempos = new ArrayList<>();
        for (long[] tp : tempoTicks) tempos.add(new double[] {seconds.applyAsDouble(tp[0]), 60e6 / tp[1]});
        List<String> names = new ArrayList<>();
        Map<String, Integer> programs = new HashMap<>();
        List<Double> markers = new ArrayList<>(), cues = new ArrayList<>();
        List<double[]> notes = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Track[] tracks = seq.getTracks();
        for (int ti = 0; ti < tracks.length; ti++) {
            Track t = tracks[ti];
            String name = "";
            for (int i = 0; i < t.size(); i++) {
                MidiEvent e = t.get(i);
                if (e.getMessage() instanceof MetaMessage m) {
                    String text = new String(m.getData(), StandardCharsets.US_ASCII);
                    if (m.getType() == 0x03) { name = text; names.add(text); }
                    if (m.getType() == 0x06) markers.add(seconds.applyAsDouble(e.getTick()));
                    if (m.getType() == 0x07) cues.add(seconds.applyAsDouble(e.getTick()));
                } else if (e.getMessage() instanceof ShortMessage s) {
                    if (s.getCommand() == ShortMessage.PROGRAM_CHANGE) programs.put(name, s.getData1());
                    if (s.getCommand() == ShortMessage.NOTE_ON && s.getData2() > 0) {
                        notes.add(new double[] {ti, s.getChannel(), s.getData1(), s.getData2(), seconds.applyAsDouble(e.getTick()), e.getTick()});
                        counts.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        return new MidiFacts(tempos, key, names, programs, markers, cues, notes, counts);
    }

    /** Share of pitches (channel 10 excluded) whose pitch class is in the scale of {@code tonic} major/minor. */
    public double inKey(int tonic, boolean minor) {
        int[] scale = minor ? new int[] {0, 2, 3, 5, 7, 8, 10, 11} : new int[] {0, 2, 4, 5, 7, 9, 11}; // minor with its leading tone
        int in = 0, all = 0;
        for (double[] n : notes) {
            if ((int) n[1] == 9) continue;
            int pc = Math.floorMod((int) n[2] - tonic, 12);
            all++;
            for (int s : scale) if (s == pc) { in++; break; }
        }
        return all == 0 ? 0 : (double) in / all;
    }

    /** Beat times from the tempo map up to {@code end}, from 0 and from each tempo change. */
    public double[] beats(double end) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < tempos.size(); i++) {
            double from = tempos.get(i)[0], to = i + 1 < tempos.size() ? tempos.get(i + 1)[0] : end;
            double beat = 60 / tempos.get(i)[1];
            for (double t = from; t < to - 1e-6 || (i == tempos.size() - 1 && t <= end); t += beat) out.add(t);
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}

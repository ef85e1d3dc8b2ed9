package dev.cutroom.plugin.soundtrack.render;

import dev.cutroom.plugin.soundtrack.compose.TimeMap;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * Renders a MIDI score offline with the JDK's Gervill synthesizer, with no sound card: the synthesizer's
 * {@code com.sun.media.sound.AudioSynthesizer.openStream(format, info)} (reached by reflection; the JVM needs
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}) gives a stream of samples; events are
 * sent with their exact time stamps (microseconds from the stream's start, from the score's tempo map) just
 * before the block that contains them is read, and Gervill starts each note at its sample within the block.
 * One instance renders one thing at a time; separate instances may run in parallel.
 */
public final class GervillRenderer {
    public static final int SAMPLE_RATE = 48_000;
    static final int BLOCK = 1024;
    private final SoundFontChoice font;
    private volatile Soundbank bank;

    public GervillRenderer(SoundFontChoice font) {
        this.font = font;
    }

    /** The bank in use. Any thread. */
    public SoundFontChoice font() {
        return font;
    }

    /**
     * Renders the given tracks of {@code sequence} (track 0, the conductor, is always read for nothing but
     * timing) to channel-planar stereo float samples of exactly {@code frames} sample frames at 48 kHz.
     *
     * @param tracks indexes of the tracks to play (1-based parts), or null for all
     */
    public float[][] render(Sequence sequence, TimeMap map, int[] tracks, long frames, Runnable checkCancelled) throws IOException {
        List<MidiEvent> events = events(sequence, tracks);
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, SAMPLE_RATE, 32, 2, 8, SAMPLE_RATE, false);
        Synthesizer synth;
        try {
            synth = newSynthesizer();
        } catch (MidiUnavailableException e) {
            throw new IOException("the JDK's MIDI synthesizer is not available: " + e.getMessage(), e);
        }
        Map<String, Object> info = new HashMap<>();
        info.put("interpolation", "linear");
        info.put("max polyphony", 96);
        info.put("latency", 0L);
        if (font.file() != null) info.put("load default soundbank", false);
        try (AudioInputStream stream = openStream(synth, format, info)) {
            if (font.file() != null) {
                Soundbank sb = soundbank();
                synth.unloadAllInstruments(synth.getDefaultSoundbank() == null ? sb : synth.getDefaultSoundbank());
                if (!synth.loadAllInstruments(sb)) throw new IOException("Gervill did not load " + font.file());
            }
            Receiver receiver;
            try {
                receiver = synth.getReceiver();
            } catch (MidiUnavailableException e) {
                throw new IOException("the synthesizer has no receiver: " + e.getMessage(), e);
            }
            float[][] out = new float[2][(int) frames];
            byte[] buf = new byte[BLOCK * 8];
            ByteBuffer bb = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
            int next = 0;
            long done = 0;
            while (done < frames) {
                int want = (int) Math.min(BLOCK, frames - done);
                double blockEnd = (done + want) / (double) SAMPLE_RATE;
                while (next < events.size()) {
                    MidiEvent e = events.get(next);
                    double t = map.seconds(e.getTick());
                    if (t >= blockEnd) break;
                    receiver.send(e.getMessage(), Math.round(t * 1e6));
                    next++;
                }
                int bytes = want * 8, read = 0;
                while (read < bytes) {
                    int n = stream.read(buf, read, bytes - read);
                    if (n < 0) throw new IOException("the synthesizer stream ended early");
                    read += n;
                }
                bb.rewind();
                for (int i = 0; i < want; i++) {
                    out[0][(int) done + i] = bb.getFloat();
                    out[1][(int) done + i] = bb.getFloat();
                }
                done += want;
                if ((done / BLOCK) % 64 == 0 && checkCancelled != null) checkCancelled.run();
            }
            return out;
        } finally {
            synth.close();
        }
    }

    private Soundbank soundbank() throws IOException {
        Soundbank b = bank;
        if (b == null) {
            synchronized (this) {
                if (bank == null) {
                    try {
                        bank = MidiSystem.getSoundbank(font.file().toFile());
                    } catch (javax.sound.midi.InvalidMidiDataException e) {
                        throw new IOException("cannot read SoundFont " + font.file() + ": " + e.getMessage(), e);
                    }
                }
                b = bank;
            }
        }
        return b;
    }

    static List<MidiEvent> events(Sequence sequence, int[] tracks) {
        Track[] all = sequence.getTracks();
        List<MidiEvent> out = new ArrayList<>();
        for (int t = 1; t < all.length; t++) {
            final int index = t;
            if (tracks != null && java.util.Arrays.stream(tracks).noneMatch(x -> x == index)) continue;
            for (int i = 0; i < all[t].size(); i++) {
                MidiEvent e = all[t].get(i);
                MidiMessage m = e.getMessage();
                if (m instanceof ShortMessage) out.add(e);
            }
        }
        // stable by tick; note-offs before note-ons at the same tick
        out.sort((a, b) -> {
            int c = Long.compare(a.getTick(), b.getTick());
            if (c != 0) return c;
            return Integer.compare(order(a), order(b));
        });
        return out;
    }

    private static int order(MidiEvent e) {
        ShortMessage s = (ShortMessage) e.getMessage();
        return switch (s.getCommand()) {
            case ShortMessage.CONTROL_CHANGE, ShortMessage.PROGRAM_CHANGE -> 0;
            case ShortMessage.NOTE_OFF -> 1;
            default -> 2;
        };
    }

    private static Synthesizer newSynthesizer() throws MidiUnavailableException {
        try {
            Class<?> soft = Class.forName("com.sun.media.sound.SoftSynthesizer");
            return (Synthesizer) soft.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return MidiSystem.getSynthesizer();
        }
    }

    private static AudioInputStream openStream(Synthesizer synth, AudioFormat format, Map<String, Object> info) throws IOException {
        try {
            Class<?> audioSynth = Class.forName("com.sun.media.sound.AudioSynthesizer");
            if (!audioSynth.isInstance(synth)) throw new IOException("the JDK's synthesizer " + synth.getClass().getName() + " cannot render offline");
            Method open = audioSynth.getMethod("openStream", AudioFormat.class, Map.class);
            return (AudioInputStream) open.invoke(synth, format, info);
        } catch (IllegalAccessException e) {
            throw new IOException("offline MIDI rendering needs the JVM option --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED", e);
        } catch (InvocationTargetException e) {
            throw new IOException("Gervill could not open a stream: " + e.getCause(), e.getCause());
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IOException("this JDK has no Gervill AudioSynthesizer: " + e.getMessage(), e);
        }
    }
}

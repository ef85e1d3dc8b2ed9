package dev.cutroom.app.ui.soundtrack;

import java.util.List;
import java.util.Map;

/**
 * One rerun of the soundtrack plugin, ready to submit: the music clip and the picture clips under it, the
 * parameters (the take's own, with {@code intoClip} so the result is a new take of that clip) and the prompt.
 * Immutable; any thread.
 *
 * @param what  for the status line, e.g. "Regenerate section 4–8 s"
 */
public record SoundtrackRerun(String what, List<String> clipIds, Map<String, Object> values, String prompt) {
    public SoundtrackRerun {
        clipIds = List.copyOf(clipIds);
        values = Map.copyOf(values);
    }
}

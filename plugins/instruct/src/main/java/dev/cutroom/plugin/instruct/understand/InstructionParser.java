package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.embed.SentenceEncoder;
import dev.cutroom.plugin.instruct.embed.SharedEncoder;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.ParamSpec;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a typed instruction into a {@link Plan}: normalise ({@link TextNormaliser}), split into clauses
 * ({@link ClauseSplitter}), find each clause's operation (the {@link IntentLexicon} first, then
 * {@link EmbeddingIntents} for paraphrases), read its parameters ({@link StepMaker}), then apply negations
 * ({@link Negation}). Every clause that does not become a step becomes a {@link Problem}: nothing is dropped
 * silently and nothing is guessed without being shown in the plan. Deterministic: the same text and model
 * always give the same plan. Thread-safe.
 *
 * <p>Remarks: a clause that describes or justifies rather than asks ("it's too orange", "it was shot in low
 * light", "because ..."; it starts with it's/it is/it was/it looks/this is/because/since/as ...) is decided by the
 * rest of the instruction:
 * <ul>
 *   <li>a complaint "too X" / "not X enough" that names a known fix ("too dark" → brighter, "too orange" → cooler,
 *       "too loud" → quieter) is a request for that fix; when another clause asks for the same operation, that
 *       clause's values win and the remark adds nothing ("cool it down a touch, it's too orange" → cooler 0.15);</li>
 *   <li>any other remark is ignored, with a note in the result, when another clause carries an operation
 *       ("clean up the noise, it was shot in low light" → denoise);</li>
 *   <li>alone, a remark is parsed like any clause ("it's too dark" → brighter) and may be a problem.</li>
 * </ul>
 * Repairing sound is {@code audio-denoise} (hiss, hum, wind, background noise); echo and reverb removal are
 * refused, never read as mute; "remove the audio" mutes. Keep/leave/stay clauses are constraints ({@link Constraints}).
 * Parts of the clip ("the last 3 seconds") are read by {@link ClipParts} and carried by the step. Typos are read by {@link Spelling} and each one read is stated in the note.
 */
public final class InstructionParser {

    private static final int CLOSEST = 3;
    /** Hedges that do not change what is asked ("maybe 15% quicker" is 15% quicker). */
    private static final Pattern HEDGES = Pattern.compile(
            "\\b(?:maybe|perhaps|possibly|kind of|kinda|sort of|sorta|i guess|i think|i suppose|if possible|if you can|if you could|ish|roughly|approximately)\\b");
    /** "without the chipmunk voice", "keep the pitch": speed changes keep the sound's pitch. */
    private static final Pattern KEEP_PITCH = Pattern.compile(
            "\\b(?:but )?(?:without|no|avoid(?:ing)?|not|minus|and no) (?:the |a |any |that )?(?:chipmunk|squeaky|high[- ]pitched|helium|mickey mouse|chipmunky)\\w*(?: (?:voices?|sound|effect|audio|thing))?\\b"
                    + "|\\b(?:but )?(?:keep|keeping|preserve|preserving|maintain\\w*|with) (?:the |its )?(?:original )?(?:audio |sound |voice |voices' )?pitch(?: (?:the same|natural|normal|intact))?\\b"
                    + "|\\b(?:but )?(?:keep|keeping) (?:the |her |his |their |my )?voices? (?:sounding )?(?:natural|normal|the same)\\b|\\bpitch[- ](?:corrected|preserved|correct\\w*)\\b"
                    + "|\\b(?:but )?(?:do not|without) (?:change|changing|alter|altering|shift|shifting) (?:the )?pitch\\b|\\bsame pitch\\b"
                    + "|\\b(?:but )?(?:keep\\w* )?(?:the |her |his |their |my )?(?:voices? |audio |sound )?(?:at|with|in) (?:its |their |her |his |the |a )?(?:normal|natural|original|regular|usual|real) pitch\\b"
                    + "|\\b(?:natural|normal|original) pitch\\b|\\b(?:but )?(?:do not|dont|don't|never) (?:change|alter|shift|touch|mess with) (?:the |her |his |their |its )?(?:voices? )?pitch\\b"
                    + "|\\b(?:but )?(?:without|do not|no) (?:making |make )?(?:the |her |his |their |my )?voices? (?:sound(?:ing)? )?(?:weird|funny|high|squeaky|strange|odd|silly|wrong|different)\\b");
    private static final Pattern NO_INTERPOLATION = Pattern.compile(
            "\\b(?:without|no|do not use) (?:frame )?(?:interpolation|interpolating|smoothing|frame blending|blending)\\b|\\bchoppy\\b"
                    + "|\\b(?:using |with |by )?(?:frame (?:repetition|repeating|duplication)|repeat(?:ed|ing)? frames|duplicat(?:ed|ing) frames)"
                    + "(?: instead of (?:frame )?interpolat\\w*)?\\b|\\binstead of (?:frame )?(?:interpolat\\w*|smoothing|blending)\\b");
    private static final Pattern DO_NOT_FOLLOW = Pattern.compile(
            "\\b(?:do not|instead of|rather than|without) (?:follow|track)(?:ing)?\\b(?: (?:the )?(?:person|subject|speaker|me|him|her|them|people))?"
                    + "|\\b(?:around|about|on|at) the cent(?:re|er) of the (?:frame|picture|image|shot|video)\\b|\\baround the cent(?:re|er)\\b|\\b(?:keep (?:it )?)?cent(?:red|ered)\\b(?! on)");
    private static final Pattern FOLLOW = Pattern.compile("\\bcent(?:red|ered) on (?:the )?(?:person|subject|me|him|her|them)\\b");
    private static final Pattern MUTE_NOT_NEGATION = Pattern.compile("^(?:no|without) (?:sound|audio)\\b(?! fad)");
    /** Edits of one person or object in the picture; near "remove the background" in meaning, but not supported. */
    private static final Pattern OBJECT_EDIT = Pattern.compile(
            "\\b(?:remove|erase|delete|get rid of|blur|hide|replace)\\b (?:the |this |that |a |an |his |her |their )?"
                    + "(?:person|man|woman|people|guy|girl|boy|kid|car|object|logo|watermark|sign|faces?|license plate|licence plate|plates?)\\b");
    /** Timeline edits (deleting, duplicating, splitting or moving the clip itself): not supported, refused. */
    private static final Pattern TIMELINE_EDIT = Pattern.compile(
            "\\b(?:delete|remove|erase|discard|get rid of|duplicate|copy|clone|split|move|drag)\\b (?:this |that |the |my |whole |entire )*(?:clip|video|shot|footage|it)\\b"
                    + "(?! (?:sound|audio|background|noise|grain|colou?rs?))"
                    + "|\\b(?:cut|split|chop|divide|break) (?:this |that |the |it )?(?:clip |video |shot )?(?:in|into) (?:2|two|half|halves|pieces|parts|\\d+ (?:parts|pieces|clips))\\b"
                    + "|\\bmove (?:this |that |the |it )?(?:clip |video |shot )?(?:to|before|after) (?:the )?(?:start|end|beginning|front|back|next|previous|other)\\b");
    /** Verbs that destroy or restructure: an embedding guess must never read them as an unrelated operation. */
    private static final Pattern DESTRUCTIVE = Pattern.compile("\\b(?:delete|remove|erase|discard|get rid of|duplicate|copy|clone|split|move)\\b");
    /** Operations that throw picture, sound or time away: a paraphrase must be very close to become one. */
    private static final Set<OpKind> DESTRUCTIVE_OPS = EnumSet.of(OpKind.MUTE, OpKind.BACKGROUND_REMOVE, OpKind.BACKGROUND_REPLACE,
            OpKind.TRIM_START, OpKind.TRIM_END, OpKind.KEEP_RANGE, OpKind.BLACK_AND_WHITE);
    private static final double DESTRUCTIVE_ACCEPT = 0.75;
    private static final Set<OpKind> FADES = EnumSet.of(OpKind.FADE_IN, OpKind.FADE_OUT, OpKind.AUDIO_FADE_IN, OpKind.AUDIO_FADE_OUT);
    /** The operations a destructive verb can mean (removing noise, sound, colour, background or a part of the clip). */
    private static final Set<OpKind> REMOVING = EnumSet.of(OpKind.DENOISE, OpKind.MUTE, OpKind.BLACK_AND_WHITE, OpKind.BACKGROUND_REMOVE,
            OpKind.BACKGROUND_REPLACE, OpKind.TRIM_START, OpKind.TRIM_END, OpKind.KEEP_RANGE);
    private static final Pattern ELLIPSIS = Pattern.compile("^(?:the (?:first|last|final|end)\\b|out\\b|in\\b)");
    /** Sound repair, which this plugin cannot do: a sound fault, or cleaning/fixing the sound itself. */
    private static final Pattern AUDIO_REPAIR = Pattern.compile(
            "\\b(?:clicks|clicking|pops|popping|clipping|clipped|distort\\w*|echo|echoes|echoey|reverb\\w*|breaths|breathing|plosives?|sibilance|mouth noises?|feedback)\\b"
                    + "|\\bequali[sz]e (?:the |my |our )?(?:audio|sound|voice|vocals|dialogue|mic|recording)\\b");
    /** A sound fault only counts with a removal verb or a sound word ("get rid of the hum", "the hiss in the audio"). */
    private static final Pattern AUDIO_CONTEXT = Pattern.compile("\\b(?:audio|sound|voice|mic|microphone|dialogue|recording)\\b|\\b"
            + IntentLexicon.REMOVE + "\\b|\\b(?:get rid|remove|removing|kill|fix|stop)\\b");
    /** A clause that describes or justifies rather than asks. */
    private static final Pattern REMARK = Pattern.compile(
            "^(?:it'?s|it is|it was|it looks|it seems|it feels|it sounds|its|this is|that is|that'?s|this was|that was|there'?s|there is"
                    + "|because|since|as|'?cause|cos|coz|the \\w+ (?:is|was|are|were|looks|seems|sounds))\\b");
    private static final Pattern COMPLAINT = Pattern.compile("\\btoo (\\w+)\\b|\\bnot (\\w+) enough\\b");
    /** What a "too X" complaint asks for; "not X enough" asks for the opposite of "too X"'s fix. */
    private static final Map<String, String[]> COMPLAINTS = Map.ofEntries(
            Map.entry("dark", new String[] {"make it brighter", "make it darker"}),
            Map.entry("dim", new String[] {"make it brighter", "make it darker"}),
            Map.entry("underexposed", new String[] {"make it brighter", "make it darker"}),
            Map.entry("bright", new String[] {"make it darker", "make it brighter"}),
            Map.entry("overexposed", new String[] {"make it darker", "make it brighter"}),
            Map.entry("orange", new String[] {"make it cooler", "make it warmer"}),
            Map.entry("yellow", new String[] {"make it cooler", "make it warmer"}),
            Map.entry("warm", new String[] {"make it cooler", "make it warmer"}),
            Map.entry("blue", new String[] {"make it warmer", "make it cooler"}),
            Map.entry("cold", new String[] {"make it warmer", "make it cooler"}),
            Map.entry("cool", new String[] {"make it warmer", "make it cooler"}),
            Map.entry("loud", new String[] {"make it quieter", "make it louder"}),
            Map.entry("quiet", new String[] {"make it louder", "make it quieter"}),
            Map.entry("fast", new String[] {"slow it down", "speed it up"}),
            Map.entry("quick", new String[] {"slow it down", "speed it up"}),
            Map.entry("slow", new String[] {"speed it up", "slow it down"}),
            Map.entry("noisy", new String[] {"denoise", "add grain"}),
            Map.entry("grainy", new String[] {"denoise", "add grain"}),
            Map.entry("blurry", new String[] {"sharpen", "blur"}),
            Map.entry("soft", new String[] {"sharpen", "blur"}),
            Map.entry("sharp", new String[] {"blur", "sharpen"}),
            Map.entry("saturated", new String[] {"reduce the saturation", "more saturated"}),
            Map.entry("colourful", new String[] {"reduce the saturation", "more saturated"}),
            Map.entry("colorful", new String[] {"reduce the saturation", "more saturated"}),
            Map.entry("vivid", new String[] {"reduce the saturation", "more saturated"}),
            Map.entry("dull", new String[] {"more saturated", "reduce the saturation"}),
            Map.entry("flat", new String[] {"more contrast", "less contrast"}),
            Map.entry("contrasty", new String[] {"less contrast", "more contrast"}));

    private final EmbeddingIntents embeddings;
    private final String note;
    private final Predicate<String> knownWord;

    private InstructionParser(EmbeddingIntents embeddings, String note, Predicate<String> knownWord) {
        this.embeddings = embeddings;
        this.note = note;
        this.knownWord = knownWord;
    }

    /** A parser using the given encoder for paraphrases and suggestions (and its word list, so real words are not "corrected"). */
    public static InstructionParser withEncoder(SentenceEncoder encoder) {
        return new InstructionParser(new EmbeddingIntents(encoder), "", encoder::knowsWord);
    }

    /** A parser with the lexicon only; {@code reason} says why (shown with every result). */
    public static InstructionParser lexiconOnly(String reason) {
        return new InstructionParser(null, reason, w -> false);
    }

    /** The JVM's shared parser: MiniLM loaded once, or the lexicon alone when it cannot be loaded. */
    public static InstructionParser shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final InstructionParser INSTANCE = SharedEncoder.get()
                .map(e -> withEncoder(e))
                .orElseGet(() -> lexiconOnly(SharedEncoder.failure().orElse("no sentence-embedding model")));
    }

    /** Whether paraphrases are matched by embeddings (false: lexicon only). */
    public boolean usesEmbeddings() {
        return embeddings != null;
    }

    /** Understands one instruction for a clip of unknown length (parts measured from the end are refused). */
    public ParseResult parse(String instruction) {
        return parse(instruction, Double.NaN);
    }

    /**
     * Understands one instruction.
     *
     * @param clipSeconds the clip's length as it plays (for "the last 3 seconds", "the middle second"), or NaN
     */
    public ParseResult parse(String instruction, double clipSeconds) {
        String typed = instruction == null ? "" : instruction.strip();
        if (typed.isEmpty()) {
            return result(new Plan(typed, List.of()), List.of(new Problem("", "is empty: type what should be done", List.of())));
        }
        TextNormaliser.Normalised norm = TextNormaliser.normalise(typed, knownWord);
        List<String> notes = new ArrayList<>();
        if (!norm.corrections().isEmpty()) notes.add(Spelling.note(norm.corrections()));
        String text = HEDGES.matcher(norm.text()).replaceAll(" ").replaceAll("\\s+", " ").strip();
        boolean smooth = !NO_INTERPOLATION.matcher(text).find();
        text = NO_INTERPOLATION.matcher(text).replaceAll(" ");
        boolean follow = !DO_NOT_FOLLOW.matcher(text).find();
        text = FOLLOW.matcher(DO_NOT_FOLLOW.matcher(text).replaceAll(" ")).replaceAll(" ");
        boolean keepPitch = KEEP_PITCH.matcher(text).find();
        text = KEEP_PITCH.matcher(text).replaceAll(" , ");
        StepMaker maker = new StepMaker(smooth, follow, keepPitch, clipSeconds);

        List<Problem> problems = new ArrayList<>();
        List<Asked> asked = new ArrayList<>();
        Set<OpKind> forbidden = EnumSet.noneOf(OpKind.class);
        boolean coloursKept = false;
        boolean personKept = false;
        boolean anyNegation = keepPitch;
        String previous = null;
        List<String> remarks = new ArrayList<>();
        List<String> clauses = new ArrayList<>(ClauseSplitter.split(text));
        boolean remarksDecided = false;
        for (int ci = 0; ci < clauses.size() || (!remarksDecided && !remarks.isEmpty()); ci++) {
            if (ci >= clauses.size()) { // only remarks are left: nothing else asked for anything, so read them as requests
                remarksDecided = true;
                if (!asked.isEmpty() || anyNegation) {
                    remarks.forEach(r -> notes.add("'" + norm.restore(r) + "' read as a remark, not a request"));
                    break;
                }
                clauses.addAll(remarks);
                remarks.clear();
            }
            String clause = Casual.request(clauses.get(ci)).orElse(clauses.get(ci));
            boolean remark = REMARK.matcher(clause).find();
            String complaint = complaint(clause);
            if (complaint != null && (remark || IntentLexicon.match(clause).isEmpty())) {
                clause = complaint; // "it's too orange" asks for cooler
            } else if (remark && !remarksDecided) {
                remarks.add(clause);
                continue;
            }
            if (CORRECTION.matcher(clause).find()) { // "mute it, no wait, make it quieter": the request before is taken back
                if (!asked.isEmpty()) {
                    notes.add("'" + asked.getLast().clause + "' taken back by '" + norm.restore(clause) + "'");
                    asked.removeLast();
                }
                String rest = CORRECTION.matcher(clause).replaceFirst("").strip();
                if (rest.isEmpty()) continue;
                clause = rest;
            }
            if (SOFTER.matcher(clause).find() && !asked.isEmpty() && asked.getLast().op != null
                    && IntentLexicon.match(SOFTER.matcher(clause).replaceAll(" ")).isEmpty()) { // "slow it down, but not too much"
                Asked last = asked.getLast();
                StepMaker.Made softer = maker.make(last.op, last.used + " a bit", null);
                if (softer.problem() == null) {
                    asked.set(asked.size() - 1, new Asked(last.clause, softer, last.remark, last.op, last.used + " a bit"));
                    notes.add("'" + norm.restore(clause) + "' read as: a little");
                    continue;
                }
            }
            if (Constraints.keepsPerson(clause)) { // "keep me in colour": the looks go to the background
                personKept = true;
                anyNegation = true;
                continue;
            }
            if (Constraints.isConstraint(clause) || Negation.isNegation(clause) && !MUTE_NOT_NEGATION.matcher(clause).find()) {
                anyNegation = true;
                String target = Negation.target(clause);
                Optional<Set<OpKind>> ops = SOUND_FADE.matcher(target).find() ? Optional.of(EnumSet.of(OpKind.AUDIO_FADE_IN, OpKind.AUDIO_FADE_OUT))
                        : Constraints.honoured(target) ? Optional.of(EnumSet.noneOf(OpKind.class))
                        : Negation.group(target).or(() -> IntentLexicon.match(target).map(EnumSet::of));
                if (ops.isEmpty() || ops.get().isEmpty()) {
                    notes.add("'" + norm.restore(clause) + "' read as a constraint the plan already honours");
                } else {
                    forbidden.addAll(ops.get());
                    coloursKept |= ops.get().equals(Negation.COLOUR);
                }
                continue;
            }
            if (AUDIO_REPAIR.matcher(clause).find() && AUDIO_CONTEXT.matcher(clause).find()) {
                problems.add(new Problem(norm.restore(clause), "is not something this plugin can do: it can reduce noise in the sound"
                        + " (hiss, hum, wind), mute it, change its volume or loudness or fade it, but not remove echo or reverb", closestAudio(clause)));
                continue;
            }
            if (TIMELINE_EDIT.matcher(clause).find() && IntentLexicon.match(clause).isEmpty()) {
                problems.add(new Problem(norm.restore(clause), "is not something this plugin can do: it changes the clip's picture and"
                        + " sound, not the timeline (deleting, duplicating, splitting or moving clips)", closest(clause)));
                continue;
            }
            if (OBJECT_EDIT.matcher(clause).find() && !ALL_BUT_PERSON.matcher(clause).find()) {
                problems.add(new Problem(norm.restore(clause), "is not something this plugin can do: it changes whole frames,"
                        + " the background behind people and titles, not single people or objects", closest(clause)));
                continue;
            }
            if (SPEECH_EDIT.matcher(clause).find()) { // words someone says are sound, not a title to add
                problems.add(new Problem(norm.restore(clause), "asks to change what someone says, which this plugin cannot do: it can add a title over the picture", List.of(OpKind.TITLE)));
                continue;
            }
            if (OUTSIDE_THINGS.matcher(clause).find()) { // a logo, a LUT file, one colour removed, a sound effect
                problems.add(new Problem(norm.restore(clause), "is not something this plugin can do", closest(clause)));
                continue;
            }
            if (TRIM_TO_LENGTH.matcher(clause).find()) {
                problems.add(new Problem(norm.restore(clause), "gives a length to cut to: say \"keep the first N seconds\" to cut, or \"make it N seconds long\" to change the speed",
                        List.of(OpKind.KEEP_RANGE, OpKind.FIT_DURATION)));
                continue;
            }
            Optional<Asked> onBackground = backgroundLook(clause, norm, maker);
            if (onBackground.isPresent()) {
                asked.add(onBackground.get());
                previous = clause;
                continue;
            }
            // a part of the clip ("slow just the middle second"): the operation read without the words that name it
            ClipParts.Result part = ClipParts.find(clause, clipSeconds);
            String used = clause;
            Optional<OpKind> op;
            ClipParts.Found range = null;
            Optional<OpKind> inRest = part.part().flatMap(f -> IntentLexicon.match(f.rest())).filter(k -> PARTABLE.contains(k) || k == OpKind.REVERSE);
            if (inRest.isPresent()) {
                op = inRest;
                range = part.part().get();
                used = range.rest();
            } else {
                op = intent(clause);
                if (op.isPresent() && (part.part().isPresent() || part.needsLength()) && !PARTABLE.contains(op.get()) && !OWN_TIMES.contains(op.get())) {
                    problems.add(new Problem(norm.restore(clause), "asks for " + op.get().label() + " on a part of the clip, which it can only do to the whole clip", List.of(op.get())));
                    continue;
                }
            }
            if (op.isPresent() && PARTABLE.contains(op.get()) && range == null && VAGUE_PART.matcher(clause).find()) {
                problems.add(new Problem(norm.restore(clause), "names a part of the clip without saying how long it is (e.g. \"the last 3 seconds\")", List.of(op.get())));
                continue;
            }
            if (op.isPresent() && PARTABLE.contains(op.get()) && part.needsLength()) {
                problems.add(new Problem(norm.restore(clause), "names a part measured from the end or the middle, but the clip's length is not known", List.of(op.get())));
                continue;
            }
            if (op.isEmpty() && previous != null && ELLIPSIS.matcher(clause).find()) {
                used = SWAP_IN_OUT.matcher(clause).matches() && previous.matches(".*\\b(?:in|out)\\b.*")
                        ? previous.replaceFirst("\\b(?:in|out)\\b", clause) // "fade the sound in and out": the sound fades out too
                        : previous.split(" ")[0] + " " + clause; // "cut the first 2 s and the last 3 s"
                op = IntentLexicon.match(used);
            }
            if (op.isEmpty() && (!asked.isEmpty() || !remarks.isEmpty()) && VAGUE_FOLLOW_UP.matcher(clause).matches()) { // "full of noise, clean it"
                notes.add("'" + norm.restore(clause) + "' read as asking for the change named before it");
                continue;
            }
            if (op.isEmpty() && !asked.isEmpty() && asked.getLast().op != null && clause.split(" ").length <= MORE_WORDS) {
                Optional<Asked> more = moreOfLast(asked.getLast(), clause, maker); // "pip, 40% size", "fade in from white, half a second"
                if (more.isPresent()) {
                    asked.set(asked.size() - 1, more.get());
                    notes.add("'" + norm.restore(clause) + "' read as more about '" + more.get().clause + "'");
                    continue;
                }
            }
            if (op.isEmpty()) {
                problems.add(notUnderstood(norm.restore(clause), clause));
                continue;
            }
            if (op.get() == OpKind.SPEED && TO_FIT.matcher(clause).find() && asked.stream().anyMatch(a -> a.op == OpKind.FIT_DURATION)) {
                notes.add("'" + norm.restore(clause) + "' read as how the length is reached");
                continue;
            }
            StepMaker.Made made = maker.make(op.get(), used, norm.quoteIn(clause));
            if (made.problem() != null) {
                problems.add(new Problem(norm.restore(clause), made.problem(), List.of(op.get())));
                continue;
            }
            if (range != null) made = during(made, range.from(), range.to());
            asked.add(new Asked(norm.restore(clauses.get(ci)), made, complaint != null && remark, op.get(), used));
            previous = used;
        }
        // A remark's fix gives way to a clause that asks for the same operation ("cool it down a touch, it's too orange").
        Set<OpKind> askedPlainly = EnumSet.noneOf(OpKind.class);
        asked.stream().filter(a -> !a.remark).forEach(a -> a.made.explicit().forEach(st -> askedPlainly.add(st.op())));
        asked.removeIf(a -> {
            boolean same = a.remark && a.made.explicit().stream().allMatch(st -> askedPlainly.contains(st.op()));
            if (same) notes.add("'" + a.clause + "' read as the reason for the same change asked elsewhere");
            return same;
        });

        List<Step> steps = new ArrayList<>();
        for (Asked a : asked) {
            for (Step s : a.made.explicit()) {
                if (personKept) s = Constraints.toBackground(s);
                if (s.op() == OpKind.VINTAGE && coloursKept) {
                    steps.add(Step.of(OpKind.VIGNETTE)); // vintage without its faded colour
                    steps.add(Step.of(OpKind.FILM_GRAIN));
                } else if (forbidden.contains(s.op())) {
                    problems.add(new Problem(a.clause, "contradicts another part of the instruction that says not to change this", List.of(s.op())));
                } else {
                    steps.add(s);
                }
            }
            a.made.implied().stream().filter(s -> !forbidden.contains(s.op())).forEach(steps::add);
        }
        List<Step> distinct = new ArrayList<>();
        for (Step s : steps) {
            if (distinct.contains(s)) continue;
            Step before = distinct.isEmpty() ? null : distinct.getLast();
            if (before != null && mergeable(before, s)) distinct.set(distinct.size() - 1, merged(before, s)); // "ken burns, pan left"
            else distinct.add(s);
        }
        if (distinct.stream().anyMatch(s -> s.op() == OpKind.PIP)) distinct.removeIf(s -> s.op() == OpKind.SCALE); // "smaller, in the corner" is one pip
        if (distinct.stream().anyMatch(s -> s.op() == OpKind.BACKGROUND_REPLACE)) {
            distinct.removeIf(s -> s.op() == OpKind.BACKGROUND_REMOVE && s.text("output").equals("green")); // replacing removes it first
        }
        if (distinct.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(typed, anyNegation ? "only says what not to change: there is nothing to do"
                    : "was not understood", List.of()));
        }
        return result(new Plan(typed, distinct), problems, notes);
    }

    /** The most words a clause may have to be read as more parameters of the step before it. */
    private static final int MORE_WORDS = 4;
    private static final Pattern SOUND_FADE = Pattern.compile("\\b(?:sound|audio|music)\\b.*\\bfad|\\bfad\\w* .*\\b(?:sound|audio|music)\\b");
    private static final Pattern SWAP_IN_OUT = Pattern.compile("in|out");
    private static final Pattern VAGUE_FOLLOW_UP = Pattern.compile("(?:please )?(?:clean|fix|sort|tidy|deal with|get rid of|remove|do) (?:it|that|this|them)(?: up| out)?(?: please)?");
    private static final Pattern TO_FIT = Pattern.compile("\\bto fit\\b");
    /** Asking to change someone's words: not a title. */
    private static final Pattern SPEECH_EDIT = Pattern.compile("\\b(?:change|alter|edit|replace|swap|fix) (?:what|the words?|the thing|the line) (?:he|she|they|i|you|we|someone|the \\w+) (?:says?|said|is saying|are saying)\\b"
            + "|\\bmake (?:him|her|them|me|it) say\\b|\\b(?:change|replace|edit) (?:his|her|their|my|the) (?:words|speech|line|lines|dialogue)\\b");

    /** The last step re-read with a short clause that names no operation ("40% size", "a little", "top right"); empty when it adds nothing. */
    private static Optional<Asked> moreOfLast(Asked last, String clause, StepMaker maker) {
        String used = last.used + " " + clause;
        StepMaker.Made more = maker.make(last.op, used, null);
        if (more.problem() != null || more.explicit().size() != last.made.explicit().size() || more.explicit().equals(last.made.explicit())) return Optional.empty();
        for (int i = 0; i < more.explicit().size(); i++) {
            if (more.explicit().get(i).op() != last.made.explicit().get(i).op()) return Optional.empty();
        }
        return Optional.of(new Asked(last.clause, more, last.remark, last.op, used));
    }

    /** Two steps of one operation, on the same part and layer, whose non-default parameters do not disagree: one step. */
    private static boolean mergeable(Step a, Step b) {
        if (a.op() != b.op() || a.background() != b.background() || !java.util.Objects.equals(a.part(), b.part())) return false;
        for (ParamSpec spec : a.op().params()) {
            Object x = a.params().get(spec.name()), y = b.params().get(spec.name());
            if (!x.equals(y) && !x.equals(spec.defaultValue()) && !y.equals(spec.defaultValue())) return false;
        }
        return true;
    }

    /** {@code a} with every parameter {@code b} sets away from its default. */
    private static Step merged(Step a, Step b) {
        Step m = a;
        for (ParamSpec spec : b.op().params()) {
            Object y = b.params().get(spec.name());
            if (!y.equals(spec.defaultValue())) m = m.with(spec.name(), y);
        }
        return m;
    }

    /** "the middle", "the end", "the beginning" without a length: a part, but not one that can be placed. */
    private static final Pattern VAGUE_PART = Pattern.compile("\\b(?:the (?:middle|end|ending|beginning|start|opening|climax)|towards the end|near the end|at the end|at the start)\\b");

    /** Operations that may apply to a part of the clip ({@code @FROM..TO}). */
    static final Set<OpKind> PARTABLE = EnumSet.of(OpKind.BLACK_AND_WHITE, OpKind.SEPIA, OpKind.VINTAGE, OpKind.WARMER, OpKind.COOLER,
            OpKind.BRIGHTNESS, OpKind.CONTRAST, OpKind.SATURATION, OpKind.VIGNETTE, OpKind.BLUR, OpKind.SHARPEN, OpKind.FILM_GRAIN,
            OpKind.DENOISE, OpKind.INVERT, OpKind.LOOK, OpKind.SPEED, OpKind.MUTE, OpKind.VOLUME, OpKind.AUDIO_DENOISE);
    /** Operations whose own parameters say when (trims, fades, titles, freeze): a part of the clip is read by them. */
    private static final Set<OpKind> OWN_TIMES = EnumSet.of(OpKind.TRIM_START, OpKind.TRIM_END, OpKind.KEEP_RANGE, OpKind.FREEZE_FRAME,
            OpKind.TITLE, OpKind.FADE_IN, OpKind.FADE_OUT, OpKind.AUDIO_FADE_IN, OpKind.AUDIO_FADE_OUT, OpKind.FIT_DURATION, OpKind.REVERSE);

    private static StepMaker.Made during(StepMaker.Made made, double from, double to) {
        return new StepMaker.Made(made.explicit().stream().map(s -> s.during(from, to)).toList(),
                made.implied().stream().map(s -> s.during(from, to)).toList(), null);
    }

    /** "everything but the person": the background, not an edit of the person. */
    private static final Pattern ALL_BUT_PERSON = Pattern.compile("\\b(?:everything|all|everyone|the rest)(?: else)? (?:but|except|other than|apart from|besides|around)\\b");
    /** Things from outside the clip (a logo, a LUT file, another clip): not something a plan of this clip can make. */
    private static final Pattern OUTSIDE_THINGS = Pattern.compile("\\b(?:logo|watermark|sticker|emoji|luts?|\\w+\\.cube|\\w+\\.3dl)\\b"
            + "|\\bsound(?:s|ing)? like\\b|\\bblur\\w* (?:bars|borders|padding|fill)\\b"
            + "|\\b(?:remove|removing|get rid of|take out|kill|lose)\\b.*\\b(?:red|green|magenta|purple|pink)\\b(?! (?:screen|background))");
    /** A length given to "trim/cut it (down) to N seconds": cut or speed change? Asked, not guessed. */
    private static final Pattern TRIM_TO_LENGTH = Pattern.compile("^(?:(?:can|could) you )?(?:trim|cut)(?: it| this| the clip| the video)?(?: down)? to \\d");
    private static final Pattern BACKGROUND_WORDS = Pattern.compile("\\b(?:" + IntentLexicon.BACKGROUND_PLACE + ")");

    /**
     * A look asked for the background only ("darken the background", "make everything but me black and white"): the
     * look read from the clause without the words that name the background, on the background. Blurring the
     * background is {@code background-blur}; a brightness change there is twice the default (0.3), as the contract's
     * example has it. Empty when the clause is not a look on the background.
     */
    private Optional<Asked> backgroundLook(String clause, TextNormaliser.Normalised norm, StepMaker maker) {
        Matcher m = BACKGROUND_WORDS.matcher(clause);
        if (!m.find()) return Optional.empty();
        if (IntentLexicon.match(clause).filter(op -> op.category() == dev.cutroom.plugin.instruct.plan.Category.AUDIO).isPresent()) {
            return Optional.empty(); // "background noise" is the sound's
        }
        String rest = (clause.substring(0, m.start()) + " " + clause.substring(m.end())).replaceAll("\\s+", " ").strip();
        Optional<OpKind> op = IntentLexicon.match(rest);
        if (op.isEmpty() || op.get().category() != dev.cutroom.plugin.instruct.plan.Category.LOOK
                || op.get() == OpKind.FADE_IN || op.get() == OpKind.FADE_OUT) {
            return Optional.empty();
        }
        if (op.get() == OpKind.BLUR) return Optional.empty(); // the lexicon reads it as background-blur
        StepMaker.Made made = maker.make(op.get(), rest, null);
        if (made.problem() != null) return Optional.empty();
        List<Step> steps = new ArrayList<>();
        for (Step s : made.explicit()) {
            if (s.op() == OpKind.BRIGHTNESS && Quantities.percent(rest).isEmpty()) s = s.with("amount", Math.max(-1, Math.min(1, 2 * s.number("amount"))));
            steps.add(s.onBackground());
        }
        return Optional.of(new Asked(norm.restore(clause), new StepMaker.Made(steps, List.of(), null), false, null, rest));
    }

    /** A clause that became steps: the operation and the words it was made from (null op: made another way). */
    private record Asked(String clause, StepMaker.Made made, boolean remark, OpKind op, String used) {
    }

    /** "no wait", "actually", "scratch that": the request before is taken back. */
    private static final Pattern CORRECTION = Pattern.compile("^(?:no,? wait|wait,? no|no wait|hold on|wait|actually,? no|actually|on second thought|scratch that|sorry,? i mean|no,? i mean|i mean)\\b,?\\s*");
    /** "but not too much", "keep it subtle": the change before, halved. */
    private static final Pattern SOFTER = Pattern.compile("^(?:but |and )*(?:not too (?:much|strong|heavy|heavily|far|obvious|extreme|intense|dramatic)|keep it (?:subtle|light|gentle|mild)"
            + "|(?:do not|never) overdo it|nothing too (?:strong|heavy|extreme|dramatic|crazy)|just a (?:touch|little|bit)|only (?:a )?(?:little|slightly|a touch))\\b");

    /** The request a "too X"/"not X enough" complaint makes, keeping its intensity; null when it is not one. */
    private static String complaint(String clause) {
        Matcher m = COMPLAINT.matcher(clause);
        if (!m.find()) return null;
        boolean too = m.group(1) != null;
        String[] fix = COMPLAINTS.get(too ? m.group(1) : m.group(2));
        if (fix == null) return null;
        String request = too ? fix[0] : fix[1];
        return switch (Intensity.of(clause)) {
            case SLIGHT -> request + " a bit";
            case STRONG -> request + " a lot";
            case NORMAL -> request;
        };
    }

    private ParseResult result(Plan plan, List<Problem> problems) {
        return result(plan, problems, List.of());
    }

    private ParseResult result(Plan plan, List<Problem> problems, List<String> notes) {
        List<String> all = new ArrayList<>();
        if (!note.isEmpty()) all.add(note);
        all.addAll(notes);
        return new ParseResult(plan, problems, embeddings != null, String.join("; ", all));
    }

    /** The sound operations nearest in meaning (for sound repair, which is refused). */
    private List<OpKind> closestAudio(String clause) {
        List<OpKind> audio = List.of(OpKind.VOLUME, OpKind.MUTE, OpKind.AUDIO_FADE_IN, OpKind.AUDIO_FADE_OUT);
        if (embeddings == null) return audio.subList(0, CLOSEST);
        return embeddings.match(forEmbedding(clause)).ranked().stream().filter(audio::contains).limit(CLOSEST).toList();
    }

    /** The lexicon's operation, else the embeddings' when they are confident. */
    private Optional<OpKind> intent(String clause) {
        Optional<OpKind> lex = IntentLexicon.match(clause);
        if (lex.isPresent() || embeddings == null || clause.isBlank()) return lex;
        EmbeddingIntents.Match m = embeddings.match(forEmbedding(clause));
        Optional<OpKind> guess = m.op();
        if (guess.isPresent() && DESTRUCTIVE.matcher(clause).find() && !REMOVING.contains(guess.get())) return Optional.empty();
        // an operation that removes or cuts is taken from a paraphrase only when it is very close
        if (guess.isPresent() && DESTRUCTIVE_OPS.contains(guess.get()) && m.bestScore() < DESTRUCTIVE_ACCEPT) return Optional.empty();
        if (guess.isPresent() && FADES.contains(guess.get()) && !clause.matches(".*\\bfad\\w*.*")) return Optional.empty(); // a fade is named
        return guess;
    }

    private Problem notUnderstood(String shown, String clause) {
        if (embeddings != null) {
            EmbeddingIntents.Match m = embeddings.match(forEmbedding(clause));
            String why = m.nearestIsUnsupported() ? "is not something this plugin can do" : "was not understood";
            return new Problem(shown, why, m.ranked().subList(0, CLOSEST));
        }
        return new Problem(shown, "was not understood (matched by the lexicon only: " + note + ")", closest(clause));
    }

    private List<OpKind> closest(String clause) {
        if (embeddings != null && !clause.isBlank()) return embeddings.match(forEmbedding(clause)).ranked().subList(0, CLOSEST);
        return WordOverlap.closest(clause, CLOSEST);
    }

    private static String forEmbedding(String clause) {
        return clause.replaceAll(TextNormaliser.QUOTE_MARK + "\\d+", "some text").replaceAll(TextNormaliser.FILE_MARK + "\\d+", "an image");
    }

    /** Without embeddings, suggestions come from words shared with the operations' example phrases. */
    static final class WordOverlap {
        private WordOverlap() {
        }

        static List<OpKind> closest(String clause, int n) {
            Set<String> words = words(clause);
            return EmbeddingIntents.EXAMPLES.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue().stream().mapToLong(t -> words(t).stream().filter(words::contains).count()).max().orElse(0)))
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<OpKind, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).map(Map.Entry::getKey).toList();
        }

        private static Set<String> words(String s) {
            Set<String> w = new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[^a-z]+")));
            w.removeAll(Set.of("", "the", "a", "it", "to", "of", "and", "make", "add", "me", "on", "in", "is", "my"));
            return w;
        }
    }
}

package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.embed.SentenceEncoder;
import dev.cutroom.plugin.instruct.embed.SharedEncoder;
import dev.cutroom.plugin.instruct.plan.OpKind;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a typed instruction into a {@link Plan}: normalise ({@link TextNormaliser}), split into clauses
 * ({@link ClauseSplitter}), find each clause's operation (the {@link IntentLexicon} first, then
 * {@link EmbeddingIntents} for paraphrases), read its parameters ({@link StepMaker}), then apply negations
 * ({@link Negation}). Every clause that does not become a step becomes a {@link Problem}: nothing is dropped
 * silently and nothing is guessed without being shown in the plan. Deterministic: the same text and model
 * always give the same plan. Thread-safe.
 */
public final class InstructionParser {

    private static final int CLOSEST = 3;
    private static final Pattern NO_INTERPOLATION = Pattern.compile(
            "\\b(?:without|no|do not use) (?:frame )?(?:interpolation|interpolating|smoothing|frame blending|blending)\\b|\\bchoppy\\b");
    private static final Pattern DO_NOT_FOLLOW = Pattern.compile(
            "\\bdo not (?:follow|track) (?:the )?(?:person|subject|me|him|her|them|people)\\b|\\b(?:keep (?:it )?)?cent(?:red|ered)\\b(?! on)");
    private static final Pattern FOLLOW = Pattern.compile("\\bcent(?:red|ered) on (?:the )?(?:person|subject|me|him|her|them)\\b");
    private static final Pattern MUTE_NOT_NEGATION = Pattern.compile("^(?:no|without) (?:sound|audio)\\b");
    /** Edits of one person or object in the picture; near "remove the background" in meaning, but not supported. */
    private static final Pattern OBJECT_EDIT = Pattern.compile(
            "\\b(?:remove|erase|delete|get rid of|blur|hide|replace)\\b (?:the |this |that |a |an |his |her |their )?"
                    + "(?:person|man|woman|people|guy|girl|boy|kid|car|object|logo|watermark|sign|faces?|license plate|licence plate|plates?)\\b");
    private static final Pattern ELLIPSIS = Pattern.compile("^(?:the (?:first|last|final|end)\\b|out\\b|in\\b)");

    private final EmbeddingIntents embeddings;
    private final String note;

    private InstructionParser(EmbeddingIntents embeddings, String note) {
        this.embeddings = embeddings;
        this.note = note;
    }

    /** A parser using the given encoder for paraphrases and suggestions. */
    public static InstructionParser withEncoder(SentenceEncoder encoder) {
        return new InstructionParser(new EmbeddingIntents(encoder), "");
    }

    /** A parser with the lexicon only; {@code reason} says why (shown with every result). */
    public static InstructionParser lexiconOnly(String reason) {
        return new InstructionParser(null, reason);
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

    /** Understands one instruction. */
    public ParseResult parse(String instruction) {
        String typed = instruction == null ? "" : instruction.strip();
        if (typed.isEmpty()) {
            return result(new Plan(typed, List.of()), List.of(new Problem("", "is empty: type what should be done", List.of())));
        }
        TextNormaliser.Normalised norm = TextNormaliser.normalise(typed);
        String text = norm.text();
        boolean smooth = !NO_INTERPOLATION.matcher(text).find();
        text = NO_INTERPOLATION.matcher(text).replaceAll(" ");
        boolean follow = !DO_NOT_FOLLOW.matcher(text).find();
        text = FOLLOW.matcher(DO_NOT_FOLLOW.matcher(text).replaceAll(" ")).replaceAll(" ");
        StepMaker maker = new StepMaker(smooth, follow);

        List<Problem> problems = new ArrayList<>();
        List<Asked> asked = new ArrayList<>();
        Set<OpKind> forbidden = EnumSet.noneOf(OpKind.class);
        boolean coloursKept = false;
        boolean anyNegation = false;
        String previous = null;
        for (String clause : ClauseSplitter.split(text)) {
            if (Negation.isNegation(clause) && !MUTE_NOT_NEGATION.matcher(clause).find()) {
                anyNegation = true;
                String target = Negation.target(clause);
                Optional<Set<OpKind>> ops = Negation.group(target).or(() -> intent(target).map(EnumSet::of));
                if (ops.isEmpty()) {
                    problems.add(new Problem(norm.restore(clause), "says what not to do, but not which change it means", closest(target)));
                } else {
                    forbidden.addAll(ops.get());
                    coloursKept |= ops.get().equals(Negation.COLOUR);
                }
                continue;
            }
            String used = clause;
            if (OBJECT_EDIT.matcher(clause).find()) {
                problems.add(new Problem(norm.restore(clause), "is not something this plugin can do: it changes whole frames,"
                        + " the background behind people and titles, not single people or objects", closest(clause)));
                continue;
            }
            Optional<OpKind> op = intent(clause);
            if (op.isEmpty() && previous != null && ELLIPSIS.matcher(clause).find()) {
                used = previous.split(" ")[0] + " " + clause; // "cut the first 2 s and the last 3 s"
                op = IntentLexicon.match(used);
            }
            if (op.isEmpty()) {
                problems.add(notUnderstood(norm.restore(clause), clause));
                continue;
            }
            StepMaker.Made made = maker.make(op.get(), used, norm.quoteIn(clause));
            if (made.problem() != null) {
                problems.add(new Problem(norm.restore(clause), made.problem(), List.of(op.get())));
                continue;
            }
            asked.add(new Asked(norm.restore(clause), made));
            previous = used;
        }

        List<Step> steps = new ArrayList<>();
        for (Asked a : asked) {
            for (Step s : a.made.explicit()) {
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
        for (Step s : steps) if (!distinct.contains(s)) distinct.add(s);
        if (distinct.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(typed, anyNegation ? "only says what not to change: there is nothing to do"
                    : "was not understood", List.of()));
        }
        return result(new Plan(typed, distinct), problems);
    }

    private record Asked(String clause, StepMaker.Made made) {
    }

    private ParseResult result(Plan plan, List<Problem> problems) {
        return new ParseResult(plan, problems, embeddings != null, note);
    }

    /** The lexicon's operation, else the embeddings' when they are confident. */
    private Optional<OpKind> intent(String clause) {
        Optional<OpKind> lex = IntentLexicon.match(clause);
        if (lex.isPresent() || embeddings == null || clause.isBlank()) return lex;
        return embeddings.match(forEmbedding(clause)).op();
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
        return clause.replaceAll(TextNormaliser.QUOTE_MARK + "\\d+", "some text");
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

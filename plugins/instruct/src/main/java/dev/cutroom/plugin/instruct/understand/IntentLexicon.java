package dev.cutroom.plugin.instruct.understand;

import dev.cutroom.plugin.instruct.plan.OpKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phrases that name an operation without doubt, tried in order; the first that matches a clause wins. More
 * specific phrases come first ("blur the background" before "blur", "darken the corners" before "darken").
 * The lexicon decides whenever it matches: it is precise; embeddings only handle what it does not know.
 */
final class IntentLexicon {

    private record Entry(Pattern pattern, OpKind op) {
    }

    /** Verbs (and "less") that take something away: with "noise"/"grain" they mean denoise, never grain. */
    static final String REMOVE = "(?:remove|removing|reduce|reducing|clean(?: up)?|cleaning(?: up)?|less|cut(?: down)?|kill|get rid of|"
            + "eliminate|fix|lose|lower|minimi[sz]e|suppress|tone down|take out|take away|clear(?: up)?|drop)";
    /** Verbs that cut a part of the clip away ("snip 3s off the end", "shave a second off the start"). */
    private static final String CUT = "(?:trim|cut|remove|skip|drop|lose|chop|snip|shave|lop|delete|ditch|get rid of|take (?:off|away|out)|shorten)";

    private static final String TIME = "(?:\\d{1,2}:\\d{2}|\\d+(?:\\.\\d+)?)\\s*(?:s|secs?|seconds?|m|mins?|minutes?)?";

    private static final String COLOUR_WORD = "(?:black|white|red|green|blue|yellow|orange|purple|pink|grey|gray)";

    private static final List<Entry> ENTRIES = List.of(
            e(OpKind.MUTE, "\\bmute\\b|\\bsilence\\b|\\b(?:remove|kill|drop|cut) (?:the |all )?(?:sound|audio)\\b|\\b(?:no|without) (?:sound|audio)\\b"),
            e(OpKind.AUDIO_FADE_OUT, "^(?=.*\\bfade)(?=.*\\b(?:music|sound|audio)\\b)(?=.*\\b(?:out|end)\\b)"),
            e(OpKind.AUDIO_FADE_IN, "^(?=.*\\bfade)(?=.*\\b(?:music|sound|audio)\\b)"),
            e(OpKind.FADE_IN, "\\bfade (?:it |the \\w+ )?(?:in|up)\\b|\\bfade\\b.*\\bfrom\\b"),
            e(OpKind.FADE_OUT, "\\bfade\\b"),
            e(OpKind.VOLUME, "\\bvolume\\b|\\blouder\\b|\\bquieter\\b|\\bturn (?:it|the sound|the audio) (?:up|down)\\b|\\bboost the (?:audio|sound)\\b|\\bgain\\b"
                    + "|(?<![\\w.])[-+]?\\d+(?:\\.\\d+)?\\s*(?:dbs?|decibels?)\\b"),
            e(OpKind.BACKGROUND_BLUR, "\\bblur\\w* (?:the |my )?(?:background|backdrop)|\\bblur\\w* what'?s behind|\\b(?:background|backdrop)\\b.*\\b(?:blur\\w*|out of focus)|\\bbokeh\\b"),
            e(OpKind.BACKGROUND_REMOVE, "\\b(?:remove|delete|erase|drop|ditch|lose|get rid of|take out|cut out) (?:the |my )?(?:background|backdrop)\\b|\\bno (?:background|backdrop)\\b|\\bgreen ?screen\\b|\\bbackground transparent\\b|\\btransparent background\\b|\\bcut (?:me|him|her|them|the person) out\\b"),
            e(OpKind.BACKGROUND_REPLACE, "\\b(?:replace|change|swap) (?:the |my )?(?:background|backdrop)\\b|\\b" + TextNormaliser.FILE_MARK + "\\d|\\bbackground\\b.*(?:#[0-9a-f]{3,6}|\\b" + COLOUR_WORD + "\\b)|(?:#[0-9a-f]{3,6}|\\b" + COLOUR_WORD + ") background\\b"),
            e(OpKind.TITLE, "\\btitle\\b|\\bcaption\\b|\\blower third\\b|\\btext\\b|\\bsubtitle\\b|" + TextNormaliser.QUOTE_MARK + "\\d"),
            e(OpKind.BLACK_AND_WHITE, "black-and-white|\\bgr[ae]y ?scale\\b|\\bmonochrome\\b|\\bremove (?:all )?(?:the )?colou?rs?\\b|\\bno colou?rs?\\b"),
            e(OpKind.SEPIA, "\\bsepia\\b"),
            e(OpKind.VINTAGE, "\\bvintage\\b|\\bold (?:film|movie|home movie)\\b|\\bretro\\b|\\bfilm look\\b|\\bsuper ?8\\b|\\bold-fashioned\\b|\\bnostalgic\\b"),
            e(OpKind.VIGNETTE, "\\bvignett\\w*\\b|\\bdarken (?:the )?(?:corners|edges)\\b|\\bdark (?:corners|edges)\\b"),
            e(OpKind.DENOISE, "\\bdenois\\w*\\b|\\b" + REMOVE + " (?:the |some |all |that |this )?(?:[\\w-]+ ){0,3}?(?:noise|grain|graininess)\\b"
                    + "|\\bnoise reduction\\b|\\b(?:less|not so|too) (?:noisy|grainy)\\b|\\bnoisy\\b"),
            e(OpKind.FILM_GRAIN, "\\bgrain\\w*\\b|\\b(?:add|adding|more|some|film|analog(?:ue)?|of|with|heavy|light|fine) (?:\\w+ )?noise\\b"),
            e(OpKind.SHARPEN, "\\bsharp\\w*\\b|\\bcrisp\\w*\\b|\\bmore detail\\b"),
            e(OpKind.BLUR, "\\bblur\\w*\\b(?! (?:the |his |her |their |my |all )?(?:faces?|plates?|logos?|person|people|eyes|text))|\\bout of focus\\b|\\bsoften (?:it|the (?:picture|image))\\b"),
            e(OpKind.WARMER, "\\bwarm\\w*\\b|\\bgolden\\b|\\bmore orange\\b"),
            e(OpKind.COOLER, "\\bcooler\\b|\\bcool (?:it|this|that|everything|down|off|the (?:colou?rs?|tones?|image|picture|shot|video|clip|footage|look|grade|temperature|white balance)\\b)"
                    + "|\\bcool(?:ish)? (?:colou?rs?|tones?|temperature|tint|grade|look|blues?|feel)\\b|\\bcold\\w*\\b|\\bbluer\\b|\\bmore blue\\b"),
            e(OpKind.SATURATION, "\\b(?:de)?saturat\\w*\\b|\\bvivid\\b|\\bcolou?rful\\b|\\bcolou?rs? pop\\b|\\b(?:tone down|boost|reduce|richer|mute) (?:the )?colou?rs?\\b|\\bmuted colou?rs?\\b"),
            e(OpKind.CONTRAST, "\\bcontrast\\w*\\b|\\bpunchier\\b"),
            e(OpKind.BRIGHTNESS, "\\bbright\\w*\\b|\\bdark(?:er|en|ened|ening|ness)?\\b|\\blighten\\w*\\b|\\blighter\\b|\\bexposure\\b|\\bdim\\b"),
            e(OpKind.SPEED, "\\bslow\\w*\\b|\\bspeed\\w*\\b|\\bsped\\b|\\bfaster\\b|\\bquicker\\b|\\bslow-?mo\\b|\\btime-?lapse\\b|\\bhalf speed\\b|\\btwice as (?:fast|slow)\\b|\\bfast\\b"
                    + "|\\bhalve (?:the )?(?:pace|tempo)\\b|\\b(?:playback|play(?: it)?(?: back)?|run (?:it )?) at \\d+(?:\\.\\d+)?\\s*(?:x\\b|×|times\\b|%)"
                    + "|\\bplayback (?:speed|rate)\\b"),
            e(OpKind.REVERSE, "\\brevers\\w*\\b|\\bbackwards?\\b|\\brewind\\b"),
            e(OpKind.FREEZE_FRAME, "\\bfreeze\\b|\\bhold (?:the )?(?:picture|frame|image)\\b|\\bstill frame\\b"),
            e(OpKind.KEEP_RANGE, "\\b(?:keep|use) (?:only|just)\\b|\\bonly keep\\b|\\bonly use\\b|\\b(?:only|just) the (?:bit|part|section|segment|portion)\\b"
                    + "|\\b(?:keep|use)\\b.*" + TIME + "\\s*(?:to|until|till|-)\\s*" + TIME
                    + "|\\b(?:keep|use) (?:the )?(?:bit|part|section|segment|portion|first)\\b"),
            e(OpKind.TRIM_START, "\\b" + CUT + "\\b.*\\b(?:first|start|beginning|opening|front|intro)\\b|\\bstart (?:it )?(?:at|from)\\b"),
            e(OpKind.TRIM_END, "\\b" + CUT + "\\b.*\\b(?:last|end|final|ending|outro|tail)\\b"),
            e(OpKind.FLIP, "\\bflip\\w*\\b|\\bmirror\\w*\\b"),
            e(OpKind.ROTATE, "\\brotat\\w*\\b|\\bupside down\\b|\\bturn (?:it )?(?:left|right|sideways)\\b"
                    + "|\\b(?:turn|spin|tilt)\\b.*\\b(?:\\d+ ?(?:degrees?|deg\\b|°)|(?:counter|anti)?[- ]?clockwise)|\\b(?:counter|anti)[- ]?clockwise\\b"),
            e(OpKind.PUNCH_IN, "\\bzoom(?:ed)? in\\b|\\bpunch(?:ed)?(?: in)?\\b|\\bpush in\\b"),
            e(OpKind.REFRAME, "\\b(?:vertical|portrait|square|widescreen|landscape|horizontal)\\b|\\b(?:crop|reframe|aspect)\\b|"
                    + StepMaker.ASPECT.pattern() + "|\\b(?:tiktok|reels?|shorts|stories|story|instagram|phone|snapchat|mobile)\\b"));

    private IntentLexicon() {
    }

    private static Entry e(OpKind op, String regex) {
        return new Entry(Pattern.compile(regex), op);
    }

    /** The operation the clause names, if the lexicon knows the phrase. */
    static Optional<OpKind> match(String clause) {
        for (Entry e : ENTRIES) {
            if (e.pattern.matcher(clause).find()) return Optional.of(e.op);
        }
        return Optional.empty();
    }
}

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

    /** Words for the sound: a fade of these is a sound fade only. */
    static final String SOUND_WORDS = "(?:music|sound|audio|voice|voices|vocals|dialogue|soundtrack|song|track|narration|volume)";
    /** The person in the picture, as "everything but X" names them. */
    static final String PERSON = "(?:me|him|her|them|us|the (?:person|people|subject|speaker|presenter|guy|girl|man|woman|kid|dancer|singer|host))";
    /** "the background", "everything but me", "around me": a look applied there goes through the person mask. */
    static final String BACKGROUND_PLACE = "(?:the )?(?:background|backdrop|surroundings)\\b|\\b(?:everything|all|everyone|the rest)(?: else)? (?:but|except(?: for)?|other than|apart from|besides|around) "
            + PERSON + "\\b|\\beverything around " + PERSON + "\\b";
    /** A named look and the words that mean it (PLAN-CONTRACT.md). */
    static final String CINEMATIC = "\\bcinematic\\b(?! (?:black )?bars)|\\b(?:film|movie|cinema) (?:look|feel|style|grade)\\b|\\blook(?:s)? like (?:a |an? )?(?:film|movie|hollywood)\\b|\\bhollywood\\b";

    private static final List<Entry> ENTRIES = List.of(
            e(OpKind.MUTE, "\\bmute\\b|\\bsilence\\b|\\b(?:remove|kill|drop|cut) (?:the |all )?(?:sound|audio)\\b|\\b(?:no|without) (?:sound|audio)\\b"),
            e(OpKind.NORMALISE, "\\bnormali[sz]\\w*\\b|\\blufs\\b|\\bloudness\\b|\\b(?:even|level) (?:out )?(?:the )?(?:volume|levels?|audio|sound)\\b"
                    + "|\\b(?:consistent|even|steady) (?:volume|levels?|loudness)\\b|\\bloudness standard\\b|\\bbroadcast (?:level|loudness|standard)\\b"
                    + "|\\b(?:podcast|youtube|web|streaming) (?:level|loudness)\\b"),
            e(OpKind.AUDIO_DENOISE, "\\b(?:hum|humming|hiss|hissing|buzz|buzzing|crackle|crackling|static|wind noise|wind|rumble|background noise|room noise|traffic noise|air ?con\\w*|fan noise)\\b"
                    + "|\\b(?:clean(?: up)?|cleanup|fix|repair|denoise|de-noise|enhance|improve|restore|tidy(?: up)?) (?:up )?(?:the |my |our )?(?:audio|sound|voice|vocals|dialogue|mic|recording)\\b"
                    + "|\\b(?:audio|sound|voice|mic|microphone|dialogue|recording) (?:noise|clean ?up|denois\\w*)\\b|\\bnoise (?:in|on|from) the (?:audio|sound|voice|mic|microphone|dialogue|recording)\\b"
                    + "|\\bnoisy (?:audio|sound|recording|mic)\\b"),
            e(OpKind.AUDIO_FADE_OUT, "^(?=.*\\bfad\\w*)(?=.*\\b" + SOUND_WORDS + "\\b)(?=.*\\b(?:out|end|away|down|ending|last|final)\\b)"),
            e(OpKind.AUDIO_FADE_IN, "^(?=.*\\bfad\\w*)(?=.*\\b" + SOUND_WORDS + "\\b)"),
            e(OpKind.FADE_IN, "\\bfade (?:it |the \\w+ )?(?:in|up)\\b|\\bfade\\b.*\\bfrom\\b"),
            e(OpKind.FADE_OUT, "\\bfade\\b"),
            e(OpKind.VOLUME, "\\bturn (?:up|down) (?:the )?(?:sound|audio|music|volume|voices?|speech|dialogue)\\b|\\bturn (?:the )?(?:music|voices?|speech|dialogue) (?:up|down)\\b|\\bvolume\\b|\\blouder\\b|\\bquieter\\b|\\bturn (?:it|the sound|the audio) (?:up|down)\\b|\\bboost the (?:audio|sound)\\b|\\bgain\\b"
                    + "|(?<![\\w.])[-+]?\\d+(?:\\.\\d+)?\\s*(?:dbs?|decibels?)\\b"),
            e(OpKind.BACKGROUND_BLUR, "\\bblur\\w* (?:the |my )?(?:background|backdrop)|\\bblur\\w* what'?s behind|\\b(?:background|backdrop)\\b.*\\b(?:blur\\w*|out of focus)|\\bbokeh\\b"
                    + "|\\bblur\\w* (?:" + BACKGROUND_PLACE + ")|\\b(?:" + BACKGROUND_PLACE + ")\\b.*\\bblur\\w*"),
            e(OpKind.BACKGROUND_BLUR, "\\b(?:background|backdrop)\\b.*\\bless (?:distracting|busy|noticeable|cluttered)\\b|\\b(?:distracting|busy|cluttered|messy) (?:background|backdrop)\\b"
                    + "|\\bmake (?:me|him|her|them|the (?:subject|person|speaker)) (?:stand|pop) out\\b|\\bseparate (?:me|him|her|them|the (?:subject|person|speaker)) from the background\\b"),
            e(OpKind.BACKGROUND_REMOVE, "\\b(?:remove|delete|erase|drop|ditch|lose|get rid of|take out|cut out) (?:the |my )?(?:background|backdrop)\\b|\\bno (?:background|backdrop)\\b|\\bgreen ?screen\\b|\\bbackground transparent\\b|\\btransparent background\\b|\\bcut (?:me|him|her|them|the person) out\\b"),
            e(OpKind.BACKGROUND_REPLACE, "\\b(?:replace|change|swap) (?:the |my )?(?:background|backdrop)\\b|\\b" + TextNormaliser.FILE_MARK + "\\d|\\bbackground\\b.*(?:#[0-9a-f]{3,6}|\\b" + COLOUR_WORD + "\\b)|(?:#[0-9a-f]{3,6}|\\b" + COLOUR_WORD + ") background\\b"),
            e(OpKind.TITLE, "\\btitle\\b|\\bcaption\\b|\\blower third\\b|\\btext\\b|\\bsubtitle\\b|" + TextNormaliser.QUOTE_MARK + "\\d"),
            e(OpKind.FIT_DURATION, "\\b(?:make|bring|squeeze|stretch|fit|speed|slow|change|retime)\\b.*\\b(?:to|into|be) (?:exactly |precisely |just |about )?\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?)(?: long| in length| total| exactly| flat)?$"
                    + "|\\b\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|mins?|minutes?) long\\b|\\b(?:make it|have it|let it|it should|should|so (?:that )?it|to) (?:last|run|take)s? (?:exactly |precisely |just |about )?\\d"
                    + "|\\b(?:fit|squeeze|stretch)\\b.*\\b(?:into|to|in) (?:exactly |just )?\\d"),
            e(OpKind.INVERT, "\\brevers\\w* (?:the |all )?colou?rs?\\b|\\binvert\\w*\\b|\\bnegative\\b|\\bcolou?r negative\\b"),
            e(OpKind.BLACK_AND_WHITE, "black-and-white|\\bgr[ae]y ?scale\\b|\\bmonochrome\\b|\\bremove (?:all )?(?:the )?colou?rs?\\b|\\bno colou?rs?\\b"),
            e(OpKind.SEPIA, "\\bsepia\\b"),
            e(OpKind.VINTAGE, "\\bvintage\\b|\\bold (?:film|movie|home movie)\\b|\\bretro\\b|\\bsuper ?8\\b|\\bold-fashioned\\b|\\bnostalgic\\b"),
            e(OpKind.LOOK, CINEMATIC + "|\\bteal\\b|\\bblockbuster\\b|\\bnoir\\b|\\b1940s\\b|\\bdetective film\\b|\\bwashed[- ]out\\b|\\bmatte\\b|\\bfaded\\b|\\bfade(?:d)? look\\b"
                    + "|\\bmake (?:it|the (?:picture|image|shot|video)) pop\\b|\\bpop more\\b|\\bpunchy\\b|^(?!.*\\bcolou?rs?\\b).*\\bvivid\\b|\\bmoody\\b|\\bsumm?ery\\b|\\bsummer\\b"
                    + "|\\bvhs\\b|\\bcamcorder\\b|\\b(?:80s|90s|'90s|1990s|nineties|eighties) home (?:video|movie)\\b|\\bhome video\\b|\\bbleach[- ]bypass\\b|\\bbleach\\b|\\bwar film\\b"
                    + "|\\bday[- ]for[- ]night\\b|\\blook like (?:it'?s |it is )?(?:night|nighttime|night-time|evening)\\b|\\b(?:into|to) night\\b|\\bnight ?time\\b"),
            e(OpKind.VIGNETTE, "\\bvignett\\w*\\b|\\bdarken (?:the )?(?:corners|edges)\\b|\\bdark (?:corners|edges)\\b"),
            e(OpKind.DENOISE, "\\bdenois\\w*\\b|\\b" + REMOVE + " (?:the |some |all |that |this )?(?:[\\w-]+ ){0,3}?(?:noise|grain|graininess)\\b"
                    + "|\\bnoise reduction\\b|\\b(?:less|not so|too) (?:noisy|grainy)\\b|\\bnoisy\\b"
                    + "|\\b(?:digital|sensor|iso|compression|video|picture|image|low[- ]light) noise\\b|\\bfull of (?:\\w+ )?noise\\b"),
            e(OpKind.FILM_GRAIN, "\\bgrain\\w*\\b|\\b(?:add|adding|more|some|film|analog(?:ue)?|of|with|heavy|light|fine) (?:\\w+ )?noise\\b"),
            e(OpKind.KEN_BURNS, "\\bken ?burns\\b|\\b(?:slow|slowly|gradual|gradually|gentle|gently|creeping|steady|steadily)\\b.*\\b(?:zoom\\w*|push\\w*|pan\\w*|drift\\w*)\\b"
                    + "|\\b(?:zoom\\w*|push\\w*|pan\\w*|drift\\w*)\\b.*\\b(?:slow|slowly|gradual|gradually|gently|over the (?:whole )?(?:clip|shot|video))\\b|\\bpan (?:across|over)\\b|\\bpan\\w* (?:to the )?(?:left|right|up|down)\\b|\\bdrift\\w*\\b"),
            e(OpKind.STABILISE, "\\bstabili[sz]\\w*\\b|\\bsteady\\w*\\b|\\bshak(?:y|iness|e|ing)\\b|\\bjitter\\w*\\b|\\bwobbl\\w*\\b|\\bjudder\\w*\\b"),
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
                    + "|\\bplayback (?:speed|rate)\\b|\\b(?:twice|half|three times) as long\\b|\\b(?:double|halve|triple) (?:the |its )?(?:length|duration)\\b"),
            e(OpKind.REVERSE, "\\brevers\\w*\\b|\\bbackwards?\\b|\\brewind\\b"),
            e(OpKind.FREEZE_FRAME, "\\bfreeze\\b|\\bhold (?:the )?(?:picture|frame|image)\\b|\\bstill frame\\b"),
            e(OpKind.KEEP_RANGE, "\\b(?:keep|use) (?:only|just)\\b|\\bonly keep\\b|\\bonly use\\b|\\b(?:only|just) the (?:bit|part|section|segment|portion)\\b"
                    + "|\\b(?:keep|use)\\b.*" + TIME + "\\s*(?:to|until|till|-)\\s*" + TIME
                    + "|\\b(?:keep|use) (?:the )?(?:bit|part|section|segment|portion|first)\\b"),
            e(OpKind.CROP, "\\b(?:crop|trim|cut|shave|take|chop|lop|remove)\\b.*\\b(?:off|from|of) (?:the |both |all )?(?:sides|edges|borders|left|right|top|bottom|4 sides|four sides)\\b"
                    + "|\\bcrop\\w* (?:in )?(?:the |both |all )?(?:sides|edges|borders|left|right|top|bottom)\\b|\\bcrop (?:in )?(?:a (?:little|bit|few percent|touch|tad)|slightly|\\d+(?:\\.\\d+)?\\s*(?:%|percent))"),
            e(OpKind.TRIM_START, "\\b" + CUT + "\\b.*\\b(?:first|start|beginning|opening|front|intro)\\b|\\bstart (?:it )?(?:at|from)\\b|\\b" + CUT + "\\b(?: off)? (?:everything|all|the part|the bit) before\\b"),
            e(OpKind.TRIM_END, "\\b" + CUT + "\\b.*\\b(?:last|end|final|ending|outro|tail)\\b"),
            e(OpKind.FLIP, "\\bflip\\w*\\b|\\bmirror\\w*\\b"),
            e(OpKind.ROTATE, "\\brotat\\w*\\b|\\bupside down\\b|\\bturn (?:it )?(?:left|right|sideways)\\b"
                    + "|\\b(?:turn|spin|tilt)\\b.*\\b(?:\\d+ ?(?:degrees?|deg\\b|°)|(?:counter|anti)?[- ]?clockwise)|\\b(?:counter|anti)[- ]?clockwise\\b"),
            e(OpKind.PIP, "\\bpicture[- ]in[- ]picture\\b|\\bpip\\b|\\b(?:small|smaller|tiny|little|shrink\\w*)\\b.*\\bcorner\\b|\\bcorner\\b.*\\b(?:small|smaller|tiny|shrink\\w*)\\b|\\binset\\b"),
            e(OpKind.PUNCH_IN, "\\bzoom(?:ed)? in\\b|\\bzoom (?:to|by) \\d|\\bpunch(?:ed)?(?: in)?\\b|\\bpush in\\b"),
            e(OpKind.LETTERBOX, "\\bletter-?box\\w*\\b|\\bpillar-?box\\w*\\b|\\bblack bars\\b|\\bcinematic bars\\b|\\b(?:cinema|cinematic|movie|film) bars\\b|\\bbars\\b|\\bcinemascope\\b|\\banamorphic\\b|\\bscope\\b"
                    + "|(?<![\\d.])(?:2\\.39|2\\.35|1\\.85|2)\\s*:\\s*1\\b|\\b(?:2\\.39|2\\.35|1\\.85)\\b"),
            e(OpKind.SCALE, "\\b(?:scale|shrink|resize)\\w*\\b(?!.*\\bcorner\\b)|\\b(?:make|have) (?:it|the (?:picture|image|video|frame|clip|shot)) (?:a (?:bit|little) )?(?:smaller|tiny|small)\\b|\\bhalf (?:the )?size\\b"),
            e(OpKind.SHIFT, "\\b(?:shift|move|nudge|slide|push|offset)\\w* (?:it |this |the (?:picture|image|frame|shot|video|clip|whole thing) )?(?:a (?:bit|little|touch|tad) |slightly |\\d+(?:\\.\\d+)?\\s*(?:%|percent) )?(?:to the |towards the )?(?:left|right|up|down|upwards|downwards|leftwards|rightwards)\\b"
                    + "|\\b(?:shift|nudge|offset)\\w*\\b"),
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

/// The English words the tagger knows, all lowercase.
enum Lexicon {
    static let months: WordTable<Int> = {
        var table: [String: Int] = [:]
        for (index, name) in MonthNames.full.enumerated() {
            table[name.lowercased()] = index + 1
        }
        for (abbreviation, month) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                                      ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            table[abbreviation] = month
        }
        return WordTable(table)
    }()

    /// Month words that are also common English words: only read as months in a date-like context.
    static let ambiguousMonths: WordSet = ["may", "march", "jan", "mar", "sep", "dec", "jun", "jul"]

    static let weekdays: WordTable<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    static let numberWords: WordTable<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "single": 1,
        "couple": 2, "dozen": 12,
    ]

    /// Decades in words, as tens of the 1900s.
    static let decadeWords: WordTable<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    /// Quantities that leave the count unknown: "several years" is PXY.
    static let vagueQuantities: WordSet = ["several", "few", "some", "many", "numerous", "multiple"]

    static let ordinals: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1, "final": -1,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]

    /// The ordinals of the centuries news writes out, beyond `ordinals`.
    static let centuryOrdinals: WordTable<Int> = [
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20,
    ]

    /// Calendar units and their TIMEX3 duration letters; `isTime` units go after `T`.
    struct Unit: Sendable {
        let code: String
        let isTime: Bool
        let precision: Precision
    }

    static let units: WordTable<Unit> = {
        var table: [String: Unit] = [:]
        let base: [(String, String, Bool, Precision)] = [
            ("second", "S", true, .minute), ("minute", "M", true, .minute), ("hour", "H", true, .minute),
            ("day", "D", false, .day), ("night", "D", false, .day), ("week", "W", false, .week),
            ("weekend", "WE", false, .weekend), ("fortnight", "W", false, .week),
            ("month", "M", false, .month), ("quarter", "Q", false, .quarter), ("year", "Y", false, .year),
            ("decade", "DE", false, .decade), ("century", "CE", false, .century),
        ]
        for (word, code, isTime, precision) in base {
            table[word] = Unit(code: code, isTime: isTime, precision: precision)
            table[word + "s"] = Unit(code: code, isTime: isTime, precision: precision)
        }
        table["centuries"] = table["century"]
        table["hrs"] = table["hour"]
        table["mins"] = table["minute"]
        return WordTable(table)
    }()

    static let seasons: WordTable<String> = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    static let partsOfDay: WordTable<String> = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]

    /// Words that may end in a period without ending the sentence.
    static let abbreviations: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st",
        "vs", "no", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft", "u.s", "u.n", "a.m", "p.m",
    ]

    /// Words after which a tense marker suggests a future or scheduled happening.
    static let futureCues: WordSet = [
        "will", "'ll", "shall", "scheduled", "slated", "planned", "plans", "planning", "upcoming", "tomorrow",
        "next", "possibly", "expires", "begins", "starts", "opens", "ends", "resumes", "convenes", "kicks",
        "meets", "visits", "hosts", "travels", "heads", "departs", "arrives", "flies", "addresses", "chairs",
        // ("said it would release more details in 2018", "could come by 2019": what a statement looked ahead
        // to; "would not say Monday" and "would have" are told apart where the cue is read.)
        "would", "could", "might",
        // ("We expect a decision in 2015".)
        "expect", "expects",
    ]

    /// Verbs that announce a planned happening when followed by "to" or "for".
    static let intentVerbs: WordSet = [
        "set", "expected", "due", "scheduled", "slated", "plans", "plan", "planned", "going", "agreed", "decided",
        "is", "are", "likely", "hopes", "intends", "aims", "promised", "vowed", "pledged", "poised", "supposed",
        // ("looked forward to attending the G20 summit in November": a hope is ahead.)
        "forward",
    ]

    /// Verbs that tell someone to do something later: "urged residents to get vaccinated before May".
    static let directiveVerbs: WordSet = [
        "urged", "urges", "urge", "asked", "asks", "invited", "invites", "encouraged", "encourages", "advised",
        "instructed", "ordered", "pressed", "requested", "called", "told", "tells", "directed",
        // (Not "orders", "calls": nouns as often, "placed buy orders in the morning to start trading".)
    ]

    /// The intent verbs that announce a date with "for" ("scheduled for Monday"); "plans for the summit"
    /// and "is for" name no date to come.
    static let intentVerbsBeforeFor: WordSet = ["set", "expected", "due", "scheduled", "slated", "planned", "poised"]

    /// Verbs that move a happening to a later date: "postponed until Tuesday".
    static let postponingVerbs: WordSet = [
        "postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "defer", "adjourned",
        "adjourn", "pushed", "put", "moved", "rescheduled", "extended",
    ]

    /// Past verbs that start like "un-" adjectives ("unspecified", "unexpected" tell no tense).
    static let unPrefixedVerbs: WordSet = [
        "unveiled", "unleashed", "uncovered", "unlocked", "unfolded", "unraveled", "unravelled", "unloaded", "unsealed",
        "unmasked", "unified", "unearthed", "unnerved", "unsettled", "unplugged", "unwrapped", "untied", "unrolled",
    ]

    /// Words after which "last" is the verb ("will last", "to last"), not a past cue.
    static let modalsBeforeVerb: WordSet = [
        "will", "'ll", "would", "could", "can", "may", "might", "must", "should", "shall", "to", "not", "cannot",
    ]

    static let pastCues: WordSet = [
        "said", "was", "were", "had", "did", "met", "told", "ago", "earlier", "last", "came", "went", "held",
        "made", "took", "gave", "saw", "began", "announced", "reported", "fired", "launched", "spoke", "wrote",
        "sent", "left", "won", "lost", "became", "found", "struck", "hit", "killed", "signed", "agreed",
        "declared", "offered", "proposed", "visited", "claimed", "admitted", "acknowledged", "added", "noted",
        "warned", "stated", "remarked", "mentioned", "yesterday", "previously", "already",
        // Irregular past forms the "-ed" rule cannot see.
        "bought", "sold", "rose", "fell", "paid", "led", "brought", "fought", "caught", "drew", "grew", "threw", "flew",
        "knew", "broke", "chose", "drove", "shot", "fled", "sought", "withdrew", "spent", "stood", "swept", "understood",
        "thought", "felt", "kept", "meant", "ran", "got", "heard", "built", "dealt", "forgot", "overtook",
        "wore", "woke", "rode", "sank", "sang", "swore", "stole", "froze", "arose", "hid",
        // Regular pasts too short for the "-ed" rule.
        "died", "owed",
    ]

    /// Words ending in -ed that do not mark the past: "expected to", "scheduled for".
    static let edNotPast: WordSet = [
        "expected", "scheduled", "planned", "slated", "set", "needed", "speed", "red", "bed", "need",
        "united", "related", "limited", "based", "concerned", "interested", "supposed", "unprecedented",
    ]
}

import Chronology

/// The kinds of event, a small scheme after CAMEO's top-level codes. The order is the precedence when
/// a sentence fits several: a missile test reported in a statement is a military event.
public enum EventKind: String, Sendable, Codable, CaseIterable {
    case disaster          // disasters and condolences (CAMEO 02x appeals aside)
    case military          // military action, exercises, tests, launches (CAMEO 15, 18-20)
    case sanctions         // sanctions and pressure (CAMEO 16-17)
    case agreement         // agreements, normalization, signed deals (CAMEO 05-06)
    case proposal          // proposals, offers, invitations (CAMEO 03)
    case meeting           // meetings, talks, summits, visits, contact channels (CAMEO 04)
    case appointment       // appointments, hearings, nominations
    case anniversary       // anniversaries and commemorations
    case statement         // statements, comments, warnings (CAMEO 01-02)
    case other

    /// A reader-facing label.
    public var label: String {
        switch self {
        case .disaster: return "Disaster / condolence"
        case .military: return "Military action / test"
        case .sanctions: return "Sanctions / pressure"
        case .agreement: return "Agreement"
        case .proposal: return "Proposal / invitation"
        case .meeting: return "Meeting / talks"
        case .appointment: return "Appointment / hearing"
        case .anniversary: return "Anniversary"
        case .statement: return "Statement"
        case .other: return "Other"
        }
    }

    static let cues: [(EventKind, [String])] = [
        (.disaster, ["earthquake", "quake", "tsunami", "typhoon", "flood", "floods", "condolence", "condolences", "disaster", "wildfire"]),
        (.military, ["missile", "missiles", "fired", "fires", "firing", "launch", "launched", "launches", "test-launch", "test-launching", "artillery",
                     "exercise", "exercises", "drill", "drills", "nuclear test", "tank", "troops", "military action", "shelling", "war", "nuclear force",
                     "airstrike", "airstrikes", "air strike", "air strikes", "invasion", "invaded", "shot down", "shoots down", "clash", "clashes", "clashed", "standoff",
                     "shelled", "bombing", "bombed", "icbm", "warhead", "test-fire", "test-fired", "warplanes", "warships", "incursion", "munitions",
                     "sunk", "sank", "blew up", "blows up", "naval drones", "weapons test", "weapons tests", "weapon test", "nuclear tests", "drone strike", "drone strikes", "drone attack", "drone attacks",
                     "downing", "downed"]),
        (.sanctions, ["sanction", "sanctions", "embargo", "pressure campaign", "tariff", "tariffs", "restrictive measures", "asset freeze",
                       "export controls", "blacklisted", "blacklists", "import ban", "export ban", "travel ban", "import restrictions", "export restrictions",
                       "trade restrictions", "import curbs", "export curbs",
                       // Relations cut back (CAMEO 16): diplomats expelled, ties severed.
                       "expel", "expels", "expelled", "expelling", "expulsion", "expulsions", "non grata", "severed ties", "severs ties",
                       "cut ties", "cuts ties", "cutting ties", "severed relations", "severs relations", "broke off", "breaks off"]),
        (.agreement, ["agreed", "agree", "agrees", "agreement", "signed", "signs", "accord", "deal", "treaty", "normalized", "normalize",
                       "normalizes", "normalise", "normalised", "normalises"]),
        (.proposal, ["proposed", "proposes", "proposal", "offered", "offer", "offers", "invitation", "invited", "invite", "invites", "inviting",
                     "suggested", "suggests", "floated", "floats", "overture", "overtures"]),
        (.meeting, ["met", "meet", "meets", "meeting", "talks", "summit", "summits", "meetings", "visit", "visited", "visits", "visiting", "dialogue", "hotline",
                    "communication channel", "conference", "sit down", "discussed", "discusses", "negotiations", "phone call", "by phone", "telephone",
                    "video call", "telephoned", "telephones", "phoned", "telephonic", "phone conversation", "telephone conversation", "phone talks", "video conference", "videoconference", "dinner", "hosted", "hosts", "hosting", "trip", "arrive", "arrived", "arrives", "travelled", "traveled", "travels",
                    "spoke with", "speaks with", "talked with", "call with", "calls with", "travel to", "fly to", "flew to", "flies to",
                    "departed for", "departs for", "left for", "leaves for", "convene", "convenes", "convened", "working dinner",
                    "working lunch", "plenary session", "welcoming ceremony", "in audience", "audience with", "courtesy call",
                    // ("was accorded a ceremonial welcome at Rashtrapati Bhavan", "inspected a guard of honour": a visit's ceremony.)
                    "ceremonial welcome", "ceremonial reception", "guard of",
                    // ("received credentials from 23 new ambassadors": envoys received by a head of state.)
                    "credentials"]),
        (.appointment, ["hearing", "appointed", "appoints", "nominee", "nominated", "nominates", "assumed office", "confirmation", "sworn in", "elected", "elects",
                        "inaugurated", "inauguration", "swearing-in", "took office", "takes office", "resigned", "resigns", "named"]),
        (.anniversary, ["anniversary", "commemorate", "commemorated", "commemorates", "commemoration"]),
        (.statement, ["said", "says", "say", "statement", "told", "tells", "warned", "warns", "stated", "remarked", "remarks",
                      "mentioned", "mentions", "declared", "declares", "noted", "notes", "announced", "announces", "announcement",
                      "urged", "urges", "called", "calls", "speech", "message", "interview", "insisted", "insists", "condemned", "condemns",
                      "criticized", "criticised", "criticizes", "denounced", "denounces", "vowed", "vows", "rejected", "rejects",
                      "briefed", "briefs", "briefing", "apprised", "apprises", "vetoed", "vetoes", "veto",
                      // ("adopted a resolution condemning ...", "35 countries abstained": a body's position, voted.)
                      "resolution", "resolutions", "abstained", "abstain", "abstains", "abstentions", "voted",
                      // An envoy summoned to hear a protest, a démarche delivered: disapproval (CAMEO 11), told.
                      "summoned", "summons", "summoning", "demarche", "démarche", "demarches"]),
    ]

    private static let pairCueFirstWords = Set(cues.flatMap(\.1).compactMap { cue in
        cue.split(separator: " ").count == 2 ? String(cue.split(separator: " ")[0]) : nil
    })

    /// Each cue with the precedence of the first kind that lists it: a sentence's words are looked up
    /// once each, where asking every cue of every kind hashed two hundred cues per sentence.
    /// (Words that stop trade are in it too, with a rank of their own: one lookup per word serves both.)
    private static let precedenceByCue: [String: Int] = {
        var table: [String: Int] = [:]
        for (rank, (_, words)) in cues.enumerated() {
            for cue in words where table[cue] == nil { table[cue] = rank }
        }
        for word in tradeStops where table[word] == nil { table[word] = tradeStopRank }
        return table
    }()

    private static let sanctionsRank = cues.firstIndex { $0.0 == .sanctions }!
    /// Below every kind's rank, so a trade stop is looked at wherever it stands; it counts as sanctions.
    private static let tradeStopRank = -1

    /// Words that deny what follows them: "failed to reach a deal", "ended without an agreement", "did
    /// not meet". ("didn't" splits into "didn" and "t".)
    private static let negations: Set<String> = ["no", "not", "never", "without", "nor", "failed", "fail", "fails", "failing", "refused",
                                                 "refuses", "refuse", "didn", "doesn", "don", "hasn", "haven", "hadn", "wasn", "weren", "isn"]

    private static let tradeStops: Set<String> = ["ban", "bans", "banned", "banning", "halted", "halts", "suspended", "suspends"]
    private static let tradeFlows: Set<String> = ["imports", "exports", "import", "export", "shipments"]

    private static let launchCues: Set<String> = ["launch", "launched", "launches"]

    private static let summons: Set<String> = ["summoned", "summons", "summoning"]
    private static let orderingOut: Set<String> = ["ordered", "orders", "ordering", "order", "told", "tells", "telling", "asked", "asks", "asking", "gave", "given"]
    /// Whom a ministry summons to hear a protest: "summoned the U.S. ambassador", "the chargé d'affaires was summoned".
    private static let envoys: Set<String> = ["ambassador", "ambassadors", "envoy", "envoys", "chargé", "charge", "diplomat", "diplomats", "mission", "embassy"]

    /// Nouns of a conflict under way, which a sentence may name as the setting of what it tells.
    private static let standingConflicts: Set<String> = ["war", "invasion"]

    /// What a war leaves to settle or remember: "war reparations", "war crimes", "war graves".
    private static let warAftermath: Set<String> = ["reparations", "compensation", "crimes", "criminals", "graves", "dead", "memorial", "museum", "veterans", "archives"]

    private static let agreementNouns: Set<String> = ["agreement", "deal", "accord", "treaty"]

    /// Words of seeking an agreement not yet made: "aimed at brokering a ceasefire agreement", "to reach a deal".
    private static let agreementSought: Set<String> = [
        "broker", "brokering", "reach", "reaching", "seek", "seeking", "sought", "aimed", "aim", "toward", "towards", "finalize", "finalise",
        "finalizing", "finalising", "conclude", "concluding", "secure", "securing", "pursue", "pursuing", "clinch",
        // ("Negotiations for a deal that would bring about the release of hostages", "search for a formula ... and a
        // hostage release deal".)
        "negotiations", "negotiating", "negotiate", "search", "searching", "formula",
    ]

    /// Verbs of making peace: "to end the war", "stopping the war".
    private static let warEnders: Set<String> = ["end", "ends", "ended", "ending", "stop", "stops", "stopped", "stopping", "halt", "halting"]

    /// What is launched without arms: a launch near one of these words (three before, five after: "launch
    /// a permanent visa-free scheme") is no military cue.
    private static let civilianLaunches: Set<String> = [
        "initiative", "initiatives", "investigation", "probe", "inquiry", "program", "programme", "partnership", "framework",
        "dialogue", "talks", "negotiations", "website", "platform", "fund", "appeal", "bid", "review", "plan", "project",
        "consultations", "forum", "mechanism", "scheme", "strategy", "process", "network", "service", "book",
        "report", "petition", "lawsuit", "app", "company", "brand", "product", "edition", "corridor", "route",
        "policy", "policies", "reform", "reforms", "agenda", "effort", "efforts",
    ]

    /// Verbs of saying again what a side holds: "reaffirmed their commitment", "reiterated its support".
    /// A statement only when nothing else in the sentence tells a kind ("reaffirmed ... in their meeting
    /// today" is the meeting's), so they are no cues.
    private static let restatingVerbs: Set<String> = [
        "reaffirmed", "reaffirms", "reaffirm", "reiterated", "reiterates", "reiterate", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "emphasises", "underscored", "underscores",
    ]

    /// Whether a headline restates a position: one of its words is a verb of saying again.
    public static func restates(_ title: String) -> Bool {
        FastText.words(title, lowercase: true) { FastText.isLetter($0) }.contains(where: restatingVerbs.contains)
    }

    /// Whether a headline's verb receives someone: "El-Sisi receives Emir of Qatar Sheikh Tamim", "Pope Francis
    /// last received Mr Mikati" (a meeting); not "received a letter" or "received US$10 billion".
    public static func receivesSomeone(_ title: String) -> Bool {
        let words = title.split(separator: " ")
        guard let verb = words.firstIndex(where: { ["receives", "received", "receiving"].contains($0) }), verb + 1 < words.count else { return false }
        let object = words[verb + 1]
        // ("receives Iran's Chief of Staff": an owner's name too.)
        return object.first?.isUppercase == true && object.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// The kind a sentence describes, by the first matching cue in precedence order. A cue denied by a
    /// word just before it does not count: a summit that "ends abruptly without a deal" is a meeting.
    /// (Nor does "at the invitation of": a visit's courtesy.)
    public static func classify(_ sentence: String) -> EventKind {
        let words = FastText.words(sentence, lowercase: true) { FastText.isLetter($0) || $0 == "-" }
        var best = Int.max
        func denied(_ index: Int) -> Bool {
            // "arrived at the invitation of Wang", "at Kishida's invitation": a visit's courtesy, not an invitation made.
            // ("will embark on an official state visit following an invitation from President Biden": so is one followed.)
            if words[index] == "invitation", index >= 2,
               words[max(0, index - 4)..<index].contains(where: { ["at", "following", "upon"].contains($0) }) { return true }
            // "demanded €1.3 trillion in war reparations", "a war crimes trial": a war past, no act of war.
            if words[index] == "war", index + 1 < words.count, warAftermath.contains(words[index + 1]) { return true }
            // "a ceasefire agreement to stop the war in Gaza was discussed", "efforts to end the war": peace sought.
            if words[index] == "war", words[max(0, index - 3)..<index].contains(where: warEnders.contains) { return true }
            // "ushered in a new phase of post-Cold War relations": the Cold War is an era, no fighting.
            if words[index] == "war", index >= 1, words[index - 1].hasSuffix("cold") { return true }
            // "adopted a resolution on the Ukraine war", "talks about the war": the war as a topic.
            // ("exchange their views on the North's weapons test": so is a test.)
            // (An owner's "'s" is a word of its own here: "on the north s weapons".)
            if ["war", "weapons", "weapon"].contains(words[index]),
               words[max(0, index - (words[index] == "war" ? 3 : 5))..<index].contains(where: ["on", "about", "over", "regarding", "concerning"].contains) { return true }
            // "summoned 75 executives for questioning": a summons is a protest only when an envoy is summoned.
            if summons.contains(words[index]),
               !words[max(0, index - 8)..<min(words.count, index + 8)].contains(where: envoys.contains) { return true }
            // "summoned ... in connection with the missile incident", "a protest over the missile strike": a missile
            // as the matter of another act.
            if ["missile", "missiles"].contains(words[index]),
               words[max(0, index - 4)..<index].contains(where: ["about", "over", "regarding", "concerning", "connection"].contains) { return true }
            // "talks aimed at brokering a ceasefire agreement", "hopes that a deal could be reached": an agreement
            // sought, not made.
            if agreementNouns.contains(words[index]),
               words[max(0, index - 4)..<index].contains(where: agreementSought.contains)
                || (index + 3 < words.count && ["could", "would", "might", "may", "can"].contains(words[index + 1]) && words[index + 2] == "be") { return true }
            // "talks on a proposed ceasefire": a plan talked about, not a proposal made.
            if words[index] == "proposed", index >= 1, ["a", "an", "the", "its", "their", "his", "her"].contains(words[index - 1]) { return true }
            // "The initiative was launched in June 2022", "launched an investigation": no missile.
            if launchCues.contains(words[index]),
               words[max(0, index - 3)..<min(words.count, index + 6)].contains(where: civilianLaunches.contains) { return true }
            // "while the police squad who arrived at scene failed to act": a relative clause's arrival is its noun's.
            if index > 0, words[index - 1] == "who", ["arrived", "arrives", "arrive"].contains(words[index]) { return true }
            return words[max(0, index - 4)..<index].contains(where: negations.contains)
        }
        // "ordered 60 U.S. diplomats to leave by April 5", "was ordering some U.S. diplomats to leave the country":
        // envoys sent out is an expulsion.
        if FastText.contains(sentence, "leave"), let order = words.firstIndex(where: orderingOut.contains),
           case let window = words[(order + 1)..<min(words.count, order + 9)], window.contains(where: envoys.contains),
           let leave = window.firstIndex(of: "leave"), leave > window.startIndex, words[leave - 1] == "to", !denied(order) {
            best = sanctionsRank
        }
        for (index, word) in words.enumerated() {
            // "imposed new sanctions on groups that have facilitated Russia's war": a war or an invasion going on
            // is the background of a kind told before it ("Russia's invasion prompted sanctions" is the invasion's).
            // ("declared war on Ukraine": a war a verb takes bare is the act itself.)
            if best != Int.max, standingConflicts.contains(word), index > 0, ["s", "the", "its", "their", "this", "that"].contains(words[index - 1]) {
                continue
            }
            if let rank = precedenceByCue[word], rank < best, !denied(index) {
                // "Beijing banned all Japanese seafood imports", "halted imports of": trade stopped is pressure.
                if rank == tradeStopRank {
                    if sanctionsRank < best, words[(index + 1)..<min(words.count, index + 6)].contains(where: tradeFlows.contains) { best = sanctionsRank }
                } else {
                    best = rank
                }
            }
            // Only pairs that can be a two-word cue: joining every pair of words was most of the cost.
            if index + 1 < words.count, pairCueFirstWords.contains(word), let rank = precedenceByCue[word + " " + words[index + 1]],
               rank < best, !denied(index) {
                best = rank
            }
        }
        return best == Int.max ? .other : cues[best].0
    }
}

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
        (.military, ["missile", "missiles", "fired", "firing", "launch", "launched", "test-launch", "test-launching", "artillery",
                     "exercise", "exercises", "drill", "drills", "nuclear test", "tank", "troops", "military action", "shelling", "war", "nuclear force"]),
        (.sanctions, ["sanction", "sanctions", "embargo", "pressure campaign", "tariff", "tariffs"]),
        (.agreement, ["agreed", "agreement", "signed", "accord", "deal", "treaty", "normalized", "normalize"]),
        (.proposal, ["proposed", "proposal", "offered", "offer", "offers", "invitation", "invited", "invite", "inviting", "suggested", "floated", "overture", "overtures"]),
        (.meeting, ["met", "meet", "meeting", "talks", "summit", "visit", "visited", "visits", "dialogue", "hotline",
                    "communication channel", "conference", "sit down", "discussed", "negotiations"]),
        (.appointment, ["hearing", "appointed", "nominee", "nominated", "assumed office", "confirmation", "sworn in", "elected"]),
        (.anniversary, ["anniversary", "commemorate", "commemorated", "commemoration"]),
        (.statement, ["said", "says", "say", "statement", "told", "warned", "stated", "remarked", "mentioned", "declared",
                      "noted", "announced", "announcement", "urged", "called", "speech", "message", "interview", "insisted"]),
    ]

    private static let pairCueFirstWords = Set(cues.flatMap(\.1).compactMap { cue in
        cue.split(separator: " ").count == 2 ? String(cue.split(separator: " ")[0]) : nil
    })

    /// The kind a sentence describes, by the first matching cue in precedence order.
    public static func classify(_ sentence: String) -> EventKind {
        let words = FastText.words(sentence, lowercase: true) { FastText.isLetter($0) || $0 == "-" }
        let single = Set(words)
        // Only pairs that can be a two-word cue: joining every pair of words was most of the cost.
        var pairs = Set<String>()
        for (a, b) in zip(words, words.dropFirst()) where pairCueFirstWords.contains(a) { pairs.insert(a + " " + b) }
        for (kind, cues) in cues where cues.contains(where: { single.contains($0) || pairs.contains($0) }) {
            return kind
        }
        return .other
    }
}

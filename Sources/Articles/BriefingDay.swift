import Chronology

/// "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on November 9, 2015" on a page stamped
/// the next day: a transcript is told on the day its headline says the briefing was held, and its
/// "tomorrow" counts from that day, not from when the page was posted.
enum BriefingDay {
    /// The day the headline says its briefing, press conference, remarks or interview was held on.
    static func heldOn(title: String, tagger: TemporalTagger) -> (day: Day, text: String)? {
        let lower = FastText.lowercased(title)
        guard spokenEvents.contains(where: { FastText.contains(lower, $0) }) else { return nil }
        let scalars = Array(title.unicodeScalars)
        for t in tagger.tag(title, reference: nil) where t.date.precision == .day && !t.value.hasPrefix("X") {
            // ("... on November 9, 2015": the day it was held, not "ahead of the June 5 summit".)
            let before = FastText.string(scalars[max(0, t.range.lowerBound - 3)..<t.range.lowerBound])
            guard before == "on ", let day = t.date.start else { continue }
            return (day, t.text)
        }
        return nil
    }

    private static let spokenEvents = [
        "press conference", "briefing", "remarks", "press availability", "media availability", "interview", "press encounter",
        "speech", "address by", "statement by",
    ]
}

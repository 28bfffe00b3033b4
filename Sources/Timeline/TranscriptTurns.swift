import Articles
import Chronology
import Foundation

/// "SECRETARY BLINKEN: Good afternoon.": the turns of a transcript (remarks, a press availability, a
/// briefing). Each paragraph after a speaker's label is that speaker's, up to the next label, so what they
/// say is told as theirs ("Baerbock says “We met 10 times”"), not as the story's own narration ("We meet
/// 10 times"). A question or a moderator's words assert nothing and tell no event.
struct TranscriptTurns {
    struct Turn {
        /// Where the spoken words start: after the label in the paragraph that opens with one.
        let spokenFrom: Int
        /// Whom the label names, in full when the page gives the name ("Mevlüt Çavuşoğlu", else "Blinken", "The
        /// President"); nil for a question or a moderator.
        let speaker: String?
    }

    /// The turn of each paragraph of a transcript, by the paragraph's first offset; empty for a story.
    let byParagraph: [Int: Turn]

    /// Paragraphs opened by an answer's bare "A " (by their first offset), read from after it.
    private(set) var bareAnswers: Set<Int> = []

    /// The paragraph without its bare "A " label: the story's own words start after it.
    func spoken(_ paragraph: Range<Int>) -> Range<Int> {
        bareAnswers.contains(paragraph.lowerBound) ? (paragraph.lowerBound + 2)..<paragraph.upperBound : paragraph
    }

    /// `title` is the article's headline, where a speaker is often named in full.
    init(paragraphs: [Range<Int>], scalars: [Unicode.Scalar], title: String) {
        // ("Q Iranian military admitted ..." and "A We are deeply saddened ...": a scrape that lost the colons
        // still asks and answers, when both letters open paragraphs.)
        let bare = ["Q", "A"].allSatisfy { letter in paragraphs.contains { TranscriptTurns.opensWithBareLetter(letter, scalars[$0]) } }
        let labels = paragraphs.map { TranscriptTurns.label(scalars[$0]) ?? (bare ? TranscriptTurns.bareLabel(scalars[$0]) : nil) }
        let found = labels.compactMap { $0 }
        // "MANILA: The minister on Monday held talks": one capitalized place and a colon is a wire's dateline. A
        // transcript gives turns to two voices at least, or names its speaker by office.
        guard !found.isEmpty, Set(found.map(\.words)).count >= 2 || found.contains(where: \.hasOffice) else {
            byParagraph = [:]
            return
        }
        let page = title + "\n" + FastText.string(scalars[...])
        // ("Matt (01:49): ... Will you sanction them?": a turn that ends in a question asks it, unless it is the
        // voice that takes most turns, the one briefing, handing over: "With that, Matt?".)
        var turnCounts: [String: Int] = [:]
        for case let speaker? in found.map(\.speaker) { turnCounts[speaker, default: 0] += 1 }
        let leading = turnCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        var turns: [Int: Turn] = [:]
        var current: Turn?
        var currentParagraphs: [Range<Int>] = []
        func closeTurn() {
            guard let last = currentParagraphs.last, let speaker = current?.speaker, speaker != leading,
                  EventExtractor.isQuestion(FastText.string(scalars[last])) else { return }
            for paragraph in currentParagraphs { turns[paragraph.lowerBound] = Turn(spokenFrom: paragraph.lowerBound, speaker: nil) }
        }
        for (paragraph, label) in zip(paragraphs, labels) {
            if label != nil { closeTurn(); currentParagraphs = [] }
            if let label, label.words == ["A"] || label.words == ["ANSWER"] {
                // ("Q:" then "A:": an interview's answers are the story's own, its subject named in the headline.)
                current = nil
            } else if let label {
                let speaker = label.speaker.map { $0.contains(" ") ? $0 : TranscriptTurns.fullName($0, in: page) ?? $0 }
                current = Turn(spokenFrom: paragraph.lowerBound + label.length, speaker: speaker)
            } else if let speaking = current {
                current = Turn(spokenFrom: paragraph.lowerBound, speaker: speaking.speaker)
            }
            if let current {
                turns[paragraph.lowerBound] = current
                currentParagraphs.append(paragraph)
            }
        }
        closeTurn()
        byParagraph = turns
        if bare {
            bareAnswers = Set(zip(paragraphs, labels).filter { $0.1?.words == ["A"] && $0.1?.length == 2 }.map(\.0.lowerBound))
        }
    }

    /// "Çavuşoğlu" as the page names him in full: "Mevlüt Çavuşoğlu" (not "Foreign Minister Çavuşoğlu").
    static func fullName(_ surname: String, in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for (i, word) in words.enumerated() where i > 0 && EventTitler.clean(String(word)) == surname {
            var first = i
            while first > max(0, i - 2), case let before = words[first - 1], before.first?.isUppercase == true,
                  before.last?.isLetter == true, before.dropFirst().contains(where: \.isLowercase),
                  !officeWords.contains(before.uppercased()), !["The", "A", "An", "In", "On", "At"].contains(before) {
                first -= 1
            }
            if first < i { return words[first...i].map { EventTitler.clean(String($0)) }.joined(separator: " ") }
        }
        return nil
    }

    struct Label {
        /// Scalars up to the first spoken one (the label, its colon and the spaces after it).
        let length: Int
        let words: [String]
        let hasOffice: Bool
        let speaker: String?
    }

    /// "SECRETARY BLINKEN:", "FOREIGN MINISTER ÇAVUŞOĞLU:", "QUESTION:", "MR PRICE:": a paragraph opened
    /// by up to eight words in capitals and a colon; or a transcription service's "Matthew Miller (00:00):".
    static func label(_ paragraph: ArraySlice<Unicode.Scalar>) -> Label? {
        if paragraph.prefix(60).contains("("), let timed = TimedSpeakerLabel(Substring(FastText.string(paragraph.prefix(80)))) {
            return timedLabel(timed)
        }
        guard let colon = paragraph.prefix(48).firstIndex(of: ":"), colon > paragraph.startIndex else { return nil }
        let head = paragraph[paragraph.startIndex..<colon]
        guard head.contains(where: { $0.properties.isUppercase }),
              head.allSatisfy({ $0.properties.isUppercase || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" })
        else { return nil }
        var spoken = colon + 1
        guard spoken < paragraph.endIndex, paragraph[spoken] == " " else { return nil }
        while spoken < paragraph.endIndex, paragraph[spoken] == " " { spoken += 1 }
        let words = FastText.string(head).split(separator: " ").map(String.init)
        guard (1...8).contains(words.count), !words.contains(where: notTurnWords.contains) else { return nil }
        let hasOffice = words.contains(where: officeWords.contains)
        let name = words.filter { !officeWords.contains($0) && !["OF", "THE"].contains($0) }
        let speaker: String?
        if words.contains(where: askingWords.contains) {
            speaker = nil
        } else {
            speaker = (name.isEmpty ? words : name).map { $0.capitalized }.joined(separator: " ")
        }
        return Label(length: spoken - paragraph.startIndex, words: words, hasOffice: hasOffice, speaker: speaker)
    }

    /// "Q The ministry started using Twitter ...": the letter, a space and a capital.
    private static func opensWithBareLetter(_ letter: Unicode.Scalar, _ paragraph: ArraySlice<Unicode.Scalar>) -> Bool {
        guard paragraph.count > 3 else { return false }
        let start = paragraph.startIndex
        return paragraph[start] == letter && paragraph[start + 1] == " " && paragraph[start + 2].properties.isUppercase
    }

    private static func bareLabel(_ paragraph: ArraySlice<Unicode.Scalar>) -> Label? {
        for letter: Unicode.Scalar in ["Q", "A"] where opensWithBareLetter(letter, paragraph) {
            return Label(length: 2, words: [String(letter)], hasOffice: false, speaker: nil)
        }
        return nil
    }

    /// "Matthew Miller (00:00):": a transcription service names each voice as the page does; "Speaker 2"
    /// is someone it could not name, in a briefing a reporter.
    private static func timedLabel(_ timed: TimedSpeakerLabel) -> Label {
        let words = timed.speaker.split(separator: " ").map { $0.uppercased() }
        let unnamed = words.count == 2 && words[0] == "SPEAKER" && words[1].allSatisfy(\.isNumber)
        let asking = unnamed || words.contains(where: askingWords.contains)
        return Label(length: timed.length, words: words, hasOffice: words.contains(where: officeWords.contains),
                     speaker: asking ? nil : timed.speaker)
    }

    private static let officeWords: Set<String> = [
        "SECRETARY", "STATE", "FOREIGN", "MINISTER", "PRESIDENT", "PRIME", "VICE", "DEPUTY", "ASSISTANT", "UNDER",
        "AMBASSADOR", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "SENATOR", "GENERAL", "CHANCELLOR", "MR", "MR.",
        "MS", "MS.", "MRS", "MRS.", "DR", "DR.", "ADMIRAL", "DIRECTOR", "CHAIRMAN", "CHAIR", "KING", "PRINCE",
        "HIGH", "REPRESENTATIVE", "COMMISSIONER", "DEFENSE", "DEFENCE", "PRESS", "SECRETARY-GENERAL", "ENVOY", "SPECIAL",
    ]

    /// Who asks or steers, not a party to the talks.
    private static let askingWords: Set<String> = [
        "Q", "QUESTION", "MODERATOR", "OPERATOR", "PARTICIPANT", "AUDIENCE", "STAFF", "INTERPRETER", "REPORTER",
        "JOURNALIST", "CORRESPONDENT", "HOST", "ANCHOR", "INTERVIEWER",
    ]

    /// Labels of a page's furniture, not a voice: "UPDATE:", "EDITOR'S NOTE:", "READ MORE:".
    private static let notTurnWords: Set<String> = [
        "UPDATE", "UPDATED", "NOTE", "EDITOR'S", "EDITOR’S", "BREAKING", "READ", "MORE", "WATCH", "PHOTO", "PHOTOS",
        "SOURCE", "ALSO", "RELATED", "LISTEN", "VIDEO", "EXCLUSIVE", "ANALYSIS", "OPINION", "CORRECTION",
        "CLARIFICATION", "DISCLAIMER", "TAGS", "TOPICS", "SEE", "FILE", "LIVE", "WARNING", "ADVERTISEMENT",
    ]
}

extension EventTitler {
    /// "Baerbock says “We met 10 times”": a transcript's sentence, its date taken out, quoted as its speaker's.
    /// Nil when nothing but the date was said.
    static func spokenTitle(sentence: String, timex: TimeExpression, sentenceStart: Int, speaker: String) -> String? {
        var words = wordsWithoutDate(sentence, timex: timex, sentenceStart: sentenceStart)
        while let last = words.last, let stop = last.last, ".!;:".contains(stop) {
            words[words.count - 1].removeLast()
            if words[words.count - 1].isEmpty { words.removeLast() }
        }
        // ("Yesterday and earlier today, the President and I have had ...": the other dates joined to the one
        // taken out go with it.)
        let dateWords = timex.text.split(separator: " ").map(String.init)
        let opening = words.starts(with: dateWords) ? dateWords.count : 0
        if opening < words.count, ["and", "or"].contains(words[opening]),
           let comma = words[opening...].prefix(5).firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count {
            words.removeFirst(comma + 1)
        }
        // ("And let me commend your efforts": the turn's links to what was said before go.)
        if words.count > 2, ["And", "But", "So"].contains(words[0]) {
            words.removeFirst()
            words[0] = capitalizingFirst(words[0])
        }
        // ("Happy Wednesday.": a greeting or a word is no event; nor is a word to the audience, "You all look very
        // chipper on a Monday", though "yesterday you hosted the ministers" to the one beside them is.)
        guard words.filter({ $0.contains(where: \.isLetter) }).count >= 3,
              words[0] != "You" || !["all", "guys", "look", "know"].contains(words[1]) else { return nil }
        // ("Earlier today, in a bipartisan vote, ...": the quote starts where the date was taken out.)
        words[0] = capitalizingFirst(words[0])
        return quotation(words, by: speaker)
    }
}

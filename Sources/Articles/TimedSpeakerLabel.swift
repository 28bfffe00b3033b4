/// "Matthew Miller (00:00):", "Speaker 2 (14:05:33):": the label a transcription service puts over each turn,
/// the speaker's name as the page writes it and where in the recording the turn starts. "(00:12)" alone on a
/// line is the recording's time code between paragraphs of one turn.
public struct TimedSpeakerLabel: Equatable, Sendable {
    /// The name as written ("Matthew Miller", "Speaker 2").
    public let speaker: String
    /// Scalars up to the first spoken one: the label, its colon and the spaces after it.
    public let length: Int

    /// The label opening `line`, or nil. Up to six words of a name, each capitalized or a number, then a
    /// clock in parentheses and a colon (the colon may come before the clock).
    public init?(_ line: Substring) {
        // (Asked of every short line of every page: most hold no parenthesis.)
        guard line.utf8.prefix(80).contains(UInt8(ascii: "(")) else { return nil }
        let scalars = Array(line.unicodeScalars.prefix(80))
        guard let open = scalars.firstIndex(of: "("), open > 1, scalars[open - 1] == " ",
              let close = scalars[open...].firstIndex(of: ")"),
              TimedSpeakerLabel.isClock(scalars[(open + 1)..<close]) else { return nil }
        var name = String(String.UnicodeScalarView(scalars[..<(open - 1)]))
        var end = close + 1
        if name.hasSuffix(":") {
            name.removeLast()
        } else if end < scalars.count, scalars[end] == ":" {
            end += 1
        } else if end != line.unicodeScalars.count {
            return nil
        }
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true || $0.allSatisfy(\.isNumber) }),
              words.contains(where: { $0.contains(where: \.isLowercase) || $0.count > 1 }) else { return nil }
        while end < scalars.count, scalars[end] == " " { end += 1 }
        speaker = name
        length = end
    }

    /// "(00:12)", "(1:02:45)": a time code alone on its line.
    public static func isTimeCode(_ line: Substring) -> Bool {
        guard (7...10).contains(line.utf8.count), line.first == "(", line.last == ")" else { return false }
        let scalars = Array(line.unicodeScalars)
        return isClock(scalars[1..<(scalars.count - 1)])
    }

    /// "00:12", "1:02:45": minutes and seconds, hours first when given.
    private static func isClock(_ clock: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return false }
        return parts.enumerated().allSatisfy { index, part in
            (index == 0 ? 1...2 : 2...2).contains(part.count) && part.allSatisfy { ("0"..."9").contains($0) }
        }
    }
}

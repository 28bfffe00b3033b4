import Articles
import Chronology

/// The cleaned article as HTML: paragraphs, every temporal expression as `<time datetime>` with its
/// TIMEX3 value, and each sentence that made an event linked to that event. All text is escaped.
enum ArticleBodyRenderer {
    struct Link {
        let range: Range<Int>
        let eventID: String
    }

    static func render(_ article: Article, timexes: [TimeExpression], links: [Link]) -> SafeHTML {
        let scalars = FastText.scalars(article.text)
        var html = ""
        let links = links.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for paragraph in article.paragraphs {
            html += "<p>"
            var nextLink = 0
            var i = paragraph.lowerBound
            var openLink: Link?
            let inParagraph = timexes.filter { paragraph.contains($0.range.lowerBound) && $0.range.upperBound <= paragraph.upperBound }
            var timexIndex = 0
            while i < paragraph.upperBound {
                // A link opens only where its sentence starts, and not inside another link.
                if openLink == nil {
                    while nextLink < links.count, links[nextLink].range.lowerBound < i { nextLink += 1 }
                    if nextLink < links.count, links[nextLink].range.lowerBound == i {
                        let link = links[nextLink]
                        html += "<a class=\"evt\" id=\"s\(i)\" href=\"../events/\(link.eventID).html\">"
                        openLink = link
                    }
                }
                if timexIndex < inParagraph.count, inParagraph[timexIndex].range.lowerBound == i,
                   openLink.map({ inParagraph[timexIndex].range.upperBound <= $0.range.upperBound }) ?? true {
                    let t = inParagraph[timexIndex]
                    html += openTime(t)
                    html += escaped(scalars[t.range])
                    html += t.date.isAnchored || HTMLDatetime.isValid(t.value) ? "</time>" : "</span>"
                    i = t.range.upperBound
                    timexIndex += 1
                } else {
                    // Plain text up to where something may happen: a date starts, the open link ends or
                    // (with none open) a link starts. One escape per run, not per character.
                    while timexIndex < inParagraph.count, inParagraph[timexIndex].range.lowerBound < i { timexIndex += 1 }
                    var stop = paragraph.upperBound
                    if let next = inParagraph[timexIndex...].first(where: { $0.range.lowerBound > i }) { stop = min(stop, next.range.lowerBound) }
                    if let link = openLink {
                        stop = min(stop, link.range.upperBound)
                    } else if let next = links[nextLink...].first(where: { $0.range.lowerBound > i }) {
                        stop = min(stop, next.range.lowerBound)
                    }
                    stop = max(stop, i + 1)
                    html += escaped(scalars[i..<stop])
                    i = stop
                }
                if let link = openLink, i >= link.range.upperBound {
                    html += "</a>"
                    openLink = nil
                }
            }
            if openLink != nil { html += "</a>" }
            html += "</p>\n"
        }
        return SafeHTML(trusted: html)
    }

    private static func openTime(_ t: TimeExpression) -> String {
        let title = HTMLEscape.text("\(t.value): \(t.date.display)")
        if let datetime = HTMLDatetime.attribute(for: t.date) {
            return "<time datetime=\"\(HTMLEscape.text(datetime))\" data-timex=\"\(HTMLEscape.text(t.value))\" title=\"\(title)\">"
        }
        return "<span class=\"timex\" data-timex=\"\(HTMLEscape.text(t.value))\" title=\"\(title)\">"
    }

    private static func escaped(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        HTMLEscape.text(FastText.string(scalars))
    }
}

/// The `datetime` attribute HTML accepts for a date: its TIMEX3 value when HTML can express it
/// (`2024`, `2024-02`, `2024-02-16`, `2024-W06`, `2018-01-05T13:50`, `P3D`), else its first day.
enum HTMLDatetime {
    static func attribute(for date: DateValue) -> String? {
        if isValid(date.value) { return date.value }
        if date.precision == .partOfDay, let day = date.start { return day.iso }
        return date.start?.iso
    }

    static func isValid(_ value: String) -> Bool {
        // On bytes: every valid form is ASCII, and this runs for every date of every page.
        let bytes = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        func isByte(_ index: Int, _ c: Character) -> Bool { index < bytes.count && bytes[index] == c.asciiValue! }
        if bytes.first == UInt8(ascii: "P") {
            // HTML durations: days, hours, minutes, seconds only (no years or months).
            let allowed = Set("0123456789DTHMS".utf8)
            let hasT = bytes.contains(UInt8(ascii: "T")), hasM = bytes.contains(UInt8(ascii: "M"))
            return bytes.dropFirst().allSatisfy(allowed.contains) && !(hasM && !hasT)
        }
        switch bytes.count {
        case 4: return digits(0..<4)                                                       // 2024
        case 7: return digits(0..<4) && isByte(4, "-") && digits(5..<7)                   // 2024-02
        case 8: return digits(0..<4) && isByte(4, "-") && isByte(5, "W") && digits(6..<8) // 2024-W06
        case 10: return digits(0..<4) && isByte(4, "-") && digits(5..<7) && isByte(7, "-") && digits(8..<10)
        case 16:                                                                           // 2018-01-05T13:50
            return digits(0..<4) && isByte(4, "-") && digits(5..<7) && isByte(7, "-") && digits(8..<10) && isByte(10, "T")
                && digits(11..<13) && isByte(13, ":") && digits(14..<16)
        default: return false
        }
    }
}

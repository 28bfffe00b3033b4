import Foundation
import Testing
import Timeline
@testable import Site

/// The fast path must give libcmark's HTML byte for byte, or step aside.
@Suite struct PlainMarkdownTests {
    /// Summaries as the merger writes them, and inputs near the edges of what the fast path takes.
    static let tricky: [String] = [
        "Kim met Putin on Monday. (*Yonhap*)",
        MarkdownText.escaped("Prices rose 5% to $3 <a> & \"quoted\" 'single' [brackets] *stars* _under_ `tick` #1 |x| !bang \\ back")
            + " (*\(MarkdownText.escaped("The Korea Herald"))*)",
        MarkdownText.escaped("“Curly” quotes, é accents, 한국어 and emoji 🙂 stay as they are") + " (*NK News 2*)",
        "Text ending without emphasis.",
        "Text with  two spaces inside.",
        "(Parenthesis first) then text (*Source*)",
        "\"Quoted first,\" he said. (*Source*)",
        "'Single first,' he said. (*Source*)",
        "Text (*Source with trailing space *)",
        "Text (* Source with leading space*)",
        "Text (*\(MarkdownText.escaped("Source!"))*)",
        "Text (*\(MarkdownText.escaped("\"Quoted source\""))*)",
        "Text (**)",
        "Text *)",
        "Text (*a*b*)",
        "Text (\\*Source\\*)",
        "1. A list item (*Source*)",
        "- A list item (*Source*)",
        "    Indented code (*Source*)",
        " Leading space (*Source*)",
        "Trailing space ",
        "Line one\nLine two (*Source*)",
        "Tab\there (*Source*)",
        "AT&T said so (*Source*)",
        "Entity &amp; here",
        "Numeric &#39; and &#x27; entities (*Source*)",
        "R&D; budgets (*Source*)",
        "Loose & ampersand; and AT&T (*Source*)",
        "~~~ fence",
        "Backslash \\q before a letter (*Source*)",
        "Ends with a backslash \\",
        "Escaped \\( paren \\) and \\. dot (*Source*)",
        "A",
        "",
    ]

    @Test func agreesWithLibcmarkOnTrickyInputs() {
        var taken = 0
        for markdown in PlainMarkdownTests.tricky {
            let expected = CommonMark.renderWithLibcmark(markdown).html
            if let fast = PlainMarkdown.html(markdown) {
                #expect(fast == expected, "\(markdown.debugDescription)")
                taken += 1
            }
        }
        // The escape-heavy and non-ASCII lines are among those it takes, so their escaping is compared.
        #expect(PlainMarkdown.html(PlainMarkdownTests.tricky[1]) != nil)
        #expect(PlainMarkdown.html(PlainMarkdownTests.tricky[2]) != nil)
        #expect(taken >= 10)
    }

    @Test func takesTheUsualSummaryShape() {
        #expect(PlainMarkdown.html("Kim met Putin on Monday. (*Yonhap*)") == "<p>Kim met Putin on Monday. (<em>Yonhap</em>)</p>\n")
        #expect(PlainMarkdown.html("1. A list item (*Source*)") == nil)
        #expect(PlainMarkdown.html("AT&T said so (*Source*)") == "<p>AT&amp;T said so (<em>Source</em>)</p>\n")
        #expect(PlainMarkdown.html("Entity &amp; here") == nil)
    }

    @Test func agreesWithLibcmarkOnEverySeedSummary() throws {
        let (_, timeline, _) = try buildSite(try seedFiles())
        var taken = 0
        for event in timeline.events {
            #expect(CommonMark.render(event.summary).html == CommonMark.renderWithLibcmark(event.summary).html, "\(event.summary)")
            if PlainMarkdown.html(event.summary) != nil { taken += 1 }
        }
        // Most summaries take the fast path (else it would not be worth having).
        #expect(taken * 10 >= timeline.events.count * 8)
    }
}

import Articles
import Chronology
import Testing
@testable import Site

/// The article body: escaped text in runs, dates marked, event sentences linked.
@Suite struct ArticleBodyRendererTests {
    @Test func datesAndEventSentencesAreMarkedAndTextEscaped() {
        let text = "Kim & Yoon met on Monday. They <agreed> Friday.\nSecond paragraph."
        let scalars = Array(text.unicodeScalars)
        let firstEnd = scalars.firstIndex(of: "\n")!
        let article = Article(id: "a", path: "a.txt", text: text, paragraphs: [0..<firstEnd, firstEnd + 1..<scalars.count])
        let timexes = TemporalTagger().tag(text, reference: DateValue(parsing: "2024-02-16"))
        #expect(timexes.map(\.text) == ["Monday", "Friday"])
        // The first sentence is an event; the second sentence's link starts inside the first and is ignored.
        let links = [ArticleBodyRenderer.Link(range: 0..<25, eventID: "e1"), ArticleBodyRenderer.Link(range: 4..<30, eventID: "e2")]
        let html = ArticleBodyRenderer.render(article, timexes: timexes, links: links).html
        #expect(html == """
            <p><a class="evt" id="s0" href="../events/e1.html">Kim &amp; Yoon met on <time datetime="2024-02-12" data-timex="2024-02-12" \
            title="2024-02-12: 12 Feb 2024">Monday</time>.</a> They &lt;agreed&gt; <time datetime="2024-02-16" data-timex="2024-02-16" \
            title="2024-02-16: 16 Feb 2024">Friday</time>.</p>
            <p>Second paragraph.</p>

            """)
    }

    @Test func aDateCrossingTheEndOfItsLinkIsLeftPlain() {
        let text = "They met on Monday."
        let article = Article(id: "a", path: "a.txt", text: text, paragraphs: [0..<19])
        let timexes = TemporalTagger().tag(text, reference: DateValue(parsing: "2024-02-16"))
        let html = ArticleBodyRenderer.render(article, timexes: timexes, links: [.init(range: 0..<14, eventID: "e")]).html
        #expect(html == "<p><a class=\"evt\" id=\"s0\" href=\"../events/e.html\">They met on Mo</a>nday.</p>\n")
    }
}

/// Which TIMEX3 values HTML's `datetime` attribute takes as they are.
@Suite struct HTMLDatetimeTests {
    @Test func validValuesAreTheFormsHTMLAccepts() {
        for value in ["2024", "2024-02", "2024-W06", "2024-02-16", "2018-01-05T13:50", "P3D", "PT2H", "P1DT3H"] {
            #expect(HTMLDatetime.isValid(value), "\(value)")
        }
        for value in ["201", "19", "2024-Q1", "2024-SP", "2024-W06-WE", "2024-02-16TMO", "2024-02-16T24", "P2Y", "P3M",
                      "PXD", "PRESENT_REF", "XXXX-02", "2024-2-16", "", "2018-01-05T13:5x", "２０２４"] {
            #expect(!HTMLDatetime.isValid(value), "\(value)")
        }
    }

    @Test func otherValuesFallBackToTheirFirstDay() {
        #expect(HTMLDatetime.attribute(for: DateValue(parsing: "2024-Q1")!) == "2024-01-01")
        #expect(HTMLDatetime.attribute(for: DateValue(parsing: "2024-02-16")!) == "2024-02-16")
    }
}

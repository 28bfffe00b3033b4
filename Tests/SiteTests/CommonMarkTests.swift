import CCmark
import Foundation
import Testing
@testable import Site

@Suite struct CommonMarkTests {
    @Test func optionsArePinned() {
        #expect(CommonMark.options & CMARK_OPT_UNSAFE == 0)
        #expect(CommonMark.options & CMARK_OPT_VALIDATE_UTF8 != 0)
    }

    @Test func dangerousLinksAndRawHTML() {
        #expect(CommonMark.render("[a](javascript:alert(1))").html.contains("<a href=\"\">a</a>"))
        #expect(CommonMark.render("<javascript:alert(1)>").html.contains("href=\"\""))
        #expect(CommonMark.render("![x](data:image/svg+xml;base64,PHN2Zz4=)").html.contains("src=\"\""))
        #expect(CommonMark.render("![x](data:image/png;base64,iVBORw0KGgo=)").html.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
        let img = CommonMark.render("<img src=x onerror=alert(1)>").html
        #expect(!img.contains("onerror"))
        #expect(img.contains("<!-- raw HTML omitted -->"))
        #expect(!CommonMark.render("<!-- --><script>alert(1)</script><!-- -->").html.lowercased().contains("<script"))
        #expect(CommonMark.render("[a](JaVaScRiPt:alert(1))").html.contains("href=\"\""))
    }

    @Test func nulBytesBecomeReplacementCharacters() {
        let html = CommonMark.render("before\u{0}after").html
        #expect(html.contains("before\u{FFFD}after"))
    }

    @Test(.timeLimit(.minutes(1)), arguments: [
        String(repeating: "[", count: 50_000), String(repeating: ">", count: 50_000),
        String(repeating: "*a", count: 50_000), String(repeating: "<!--", count: 10_000),
    ])
    func pathologicalInputsRenderInBoundedTime(_ input: String) {
        let started = ContinuousClock.now
        _ = CommonMark.render(input)
        #expect(ContinuousClock.now - started < .seconds(2))
    }
}

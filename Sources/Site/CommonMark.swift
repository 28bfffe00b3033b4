import CCmark
import Chronology

/// Markdown to HTML through libcmark in its safe default: raw HTML becomes `<!-- raw HTML omitted -->`
/// and `javascript:`-style links become empty. `CMARK_OPT_UNSAFE` is never set.
public enum CommonMark {
    /// The options every render uses (pinned by a test): validate UTF-8, nothing unsafe.
    public static let options: Int32 = CMARK_OPT_VALIDATE_UTF8

    public static func render(_ markdown: String) -> SafeHTML {
        if let html = PlainMarkdown.html(markdown) { return SafeHTML(trusted: html) }
        return renderWithLibcmark(markdown)
    }

    static func renderWithLibcmark(_ markdown: String) -> SafeHTML {
        var bytes = Array(markdown.utf8)
        let count = bytes.count
        bytes.append(0)
        let html: String = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count + 1) { pointer in
                guard let output = cmark_markdown_to_html(pointer, count, options) else { return "" }
                defer { free(output) }
                return String(cString: output)
            }
        }
        return SafeHTML(trusted: html)
    }

    /// True when rendering dropped raw HTML the author wrote (for a warning naming the file).
    public static func omittedRawHTML(_ html: SafeHTML) -> Bool {
        FastText.contains(html.html, "<!-- raw HTML omitted -->")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

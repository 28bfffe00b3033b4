import Mustache

/// HTML that Annals produced itself (cmark output, markup built in code with every value escaped). The
/// only type a template may print with `{{{ }}}`; printed with `{{ }}` it is escaped, so a mistake shows
/// as visible tags, never as live markup.
public struct SafeHTML: Hashable, Sendable, MustacheCustomRenderable, CustomStringConvertible {
    public let html: String

    init(trusted html: String) {
        self.html = html
    }

    public var renderText: String { html }
    public var isNull: Bool { html.isEmpty }
    public var description: String { html }
}

/// HTML escaping for text and attribute values (always double-quoted in templates).
public enum HTMLEscape {
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

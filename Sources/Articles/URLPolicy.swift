/// Which URLs may become links: only http and https. Checked in code because Mustache cannot escape
/// by context (a `javascript:` URL is perfectly "escaped" text).
public enum URLPolicy {
    public static func isAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        // No whitespace or control characters anywhere: browsers strip them and rebuild a scheme.
        return !url.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }
}

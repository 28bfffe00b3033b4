import Chronology
import Foundation
import Timeline

/// `feed.xml` (Atom), `sitemap.xml` and `robots.txt`. Absolute URLs only with `--base-url`.
public enum FeedExport {
    public static func atom(_ timeline: Timeline, title: String, baseURL: String?) -> Data {
        // The newest event's day, never the build time: the same input gives the same feed.
        let updated = (timeline.events.compactMap { $0.date.start }.max()?.iso ?? "1970-01-01") + "T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(XML.escape(title))</title>\n"
        xml += "  <id>\(XML.escape(baseURL ?? "urn:annals:\(Slug.make(title))"))</id>\n"
        xml += "  <updated>\(updated)</updated>\n"
        xml += "  <link rel=\"alternate\" href=\"\(XML.escape((baseURL ?? "") + "index.html"))\"/>\n"
        if let baseURL { xml += "  <link rel=\"self\" href=\"\(XML.escape(baseURL + "feed.xml"))\"/>\n" }
        xml += "  <author><name>Annals</name></author>\n"
        for event in newest(100, of: timeline.events) {
            let link = (baseURL ?? "") + "events/\(event.id).html"
            xml += "  <entry>\n"
            xml += "    <title>\(XML.escape(event.date.display + ": " + event.title))</title>\n"
            xml += "    <id>\(XML.escape(baseURL.map { $0 + "events/\(event.id)" } ?? "urn:annals:event:\(event.id)"))</id>\n"
            xml += "    <link href=\"\(XML.escape(link))\"/>\n"
            xml += "    <updated>\(event.date.start!.iso)T00:00:00Z</updated>\n"
            xml += "    <category term=\"\(XML.escape(event.kind.rawValue))\" label=\"\(XML.escape(event.kind.label))\"/>\n"
            xml += "    <content type=\"html\">\(XML.cdata(CommonMark.render(event.summary).html))</content>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return Data(xml.utf8)
    }

    /// The `count` newest events, newest first (then by id, descending). Only the events on or after the
    /// count-th newest day are sorted: sorting all of them copied every event for a hundred.
    static func newest(_ count: Int, of events: [Event]) -> ArraySlice<Event> {
        let days = events.compactMap { $0.date.start?.serial }.sorted(by: >)
        let threshold = days.dropFirst(max(count - 1, 0)).first ?? Int.min
        return events.filter { $0.date.start!.serial >= threshold }
            .sorted { ($0.date.start!, $0.id) > ($1.date.start!, $1.id) }.prefix(count)
    }

    /// The sitemap, handed to `sink` as it is made: a page per event makes it large.
    public static func writeSitemap(paths: [String], baseURL: String?, to sink: ByteSink) {
        var out = ChunkedBytes(sink: sink)
        out.bytes.append(contentsOf: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8)
        for path in paths.sorted() where path.hasSuffix(".html") && path != "404.html" {
            out.bytes.append(contentsOf: "  <url><loc>\(XML.escape((baseURL ?? "") + path))</loc></url>\n".utf8)
            out.flushIfFull()
        }
        out.bytes.append(contentsOf: "</urlset>\n".utf8)
        out.finish()
    }

    public static func robots(baseURL: String?) -> Data {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL)sitemap.xml\n" }
        return Data(text.utf8)
    }
}

/// XML 1.0 text: escaped, with the characters XML forbids (most C0 controls, U+FFFE/U+FFFF, lone
/// surrogates) removed so the feed always parses.
enum XML {
    /// HTML carried in a CDATA section, so its entities are not escaped a second time.
    static func cdata(_ s: String) -> String {
        "<![CDATA[" + validCharacters(s).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    static func validCharacters(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars where isAllowed(scalar) { out.unicodeScalars.append(scalar) }
        return out
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

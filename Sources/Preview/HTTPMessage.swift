import Foundation

/// A parsed HTTP/1.x request head.
struct HTTPRequest {
    var method: String
    var target: String
    var version: String
    var headers: [String: String]

    /// Parses the bytes up to the blank line; nil when malformed.
    static func parse(_ head: Data) -> HTTPRequest? {
        guard let text = String(data: head, encoding: .utf8) ?? String(data: head, encoding: .isoLatin1) else { return nil }
        var lines = text.components(separatedBy: "\r\n")
        guard !lines.isEmpty else { return nil }
        let parts = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return nil }
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPRequest(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    }

    var keepAlive: Bool {
        let connection = headers["connection"]?.lowercased() ?? ""
        return version == "HTTP/1.1" ? connection != "close" : connection == "keep-alive"
    }
}

/// A response: its head, and the body sent as it is (a page of the site is shared, never copied per
/// request: a 30 MB events.json served to 16 connections used to mean 16 copies).
struct HTTPResponseMessage {
    var head: Data
    var body: Data
}

/// Builds responses. Every response names its type; nothing allows cross-origin reads.
enum HTTPResponse {
    static func make(status: Int, reason: String, contentType: String, body: Data, keepAlive: Bool, head: Bool = false,
                     extraHeaders: [String] = []) -> HTTPResponseMessage {
        var lines = ["HTTP/1.1 \(status) \(reason)", "Content-Type: \(contentType)", "Content-Length: \(body.count)",
                     "Cache-Control: no-store", "X-Content-Type-Options: nosniff", "Connection: \(keepAlive ? "keep-alive" : "close")"]
        lines += extraHeaders
        return HTTPResponseMessage(head: Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8), body: head ? Data() : body)
    }

    /// A small HTML error page; the path the client sent is escaped before it is echoed.
    static func errorPage(status: Int, reason: String, detail: String, keepAlive: Bool, head: Bool) -> HTTPResponseMessage {
        let html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(status) \(reason)</title></head>" +
            "<body><h1>\(status) \(reason)</h1><p>\(escape(detail))</p></body></html>"
        return make(status: status, reason: reason, contentType: "text/html; charset=utf-8", body: Data(html.utf8), keepAlive: keepAlive, head: head)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    static func contentType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return path.hasSuffix("feed.xml") ? "application/atom+xml" : "application/xml"
        case "ics": return "text/calendar; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}

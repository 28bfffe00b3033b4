import Articles
import Foundation
import Site

/// The site being served: the last good build, the current errors, and the browsers waiting for a
/// reload. Shared by the server's connection threads and the rebuild loop.
public final class SiteStore: @unchecked Sendable {
    private let lock = NSLock()
    private var site: any SiteFiles = SiteOutput()
    private var errors: [Diagnostic] = []
    private var version = 0
    private var listeners: [Int32: (Data) -> Bool] = [:]

    public init() {}

    /// A new good build: serve it, clear errors, reload every page.
    public func publish(_ output: any SiteFiles) {
        lock.lock()
        var replaced = site
        site = output
        errors = []
        version += 1
        lock.unlock()
        BackgroundRelease.release(&replaced, leaving: SiteOutput())
        broadcast("reload")
    }

    /// A failed build: keep serving the last good site, show the errors in an overlay.
    public func fail(_ diagnostics: [Diagnostic]) {
        lock.lock()
        errors = diagnostics
        version += 1
        lock.unlock()
        broadcast("reload")
    }

    func snapshot() -> (any SiteFiles, [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        return (site, errors)
    }

    func addListener(_ socket: Int32, send: @escaping (Data) -> Bool) {
        lock.lock()
        listeners[socket] = send
        lock.unlock()
    }

    func removeListener(_ socket: Int32) {
        lock.lock()
        listeners[socket] = nil
        lock.unlock()
    }

    private func broadcast(_ event: String) {
        lock.lock()
        let current = listeners
        let v = version
        lock.unlock()
        let message = Data("event: \(event)\ndata: \(v)\n\n".utf8)
        for (socket, send) in current where !send(message) { removeListener(socket) }
    }
}

/// What the preview adds to HTML pages (never to `public/`): the live-reload script and, after a failed
/// build, an overlay listing the errors, escaped.
enum PreviewInjection {
    static let script = """
    <script>(function(){if(!window.EventSource)return;var s=new EventSource("/__annals/events");\
    s.addEventListener("reload",function(){location.reload();});})();</script>
    """

    static func inject(into html: Data, errors: [Diagnostic]) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        var addition = script
        if !errors.isEmpty {
            let items = errors.map { "<li>\(HTTPResponse.escape($0.description))</li>" }.joined()
            addition += "<div id=\"annals-error\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;" +
                "background:#5c0b0b;color:#fff;font:14px/1.4 monospace;padding:1rem;z-index:9999\"><strong>Build failed; showing the last good site.</strong><ul>\(items)</ul></div>"
        }
        if let range = text.range(of: "</body>", options: .backwards) {
            text.replaceSubrange(range, with: addition + "</body>")
        } else {
            text += addition
        }
        return Data(text.utf8)
    }
}

import Articles
import Dispatch
import Foundation
import Site
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server for previews: GET and HEAD only, files from the in-memory site, Server-Sent
/// Events for live reload. Binds loopback unless told otherwise.
public final class PreviewServer: @unchecked Sendable {
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    let store: SiteStore
    private var listener: Int32 = -1
    public private(set) var port: Int = 0
    private let host: String

    public init(store: SiteStore, host: String = "127.0.0.1") {
        self.store = store
        self.host = host
    }

    public var isLoopback: Bool { host == "127.0.0.1" || host == "localhost" || host == "::1" }

    /// Binds and starts accepting on a background thread. Port 0 picks a free port.
    public func start(port requested: Int) throws {
        // A browser closing a tab mid-response must not kill the server; sends use MSG_NOSIGNAL too.
        signal(SIGPIPE, SIG_IGN)
        let isIPv6 = host.contains(":")
        let fd = socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartError(description: "cannot create a socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var bound: Int32
        if isIPv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(requested).bigEndian)
            guard inet_pton(AF_INET6, host, &address.sin6_addr) == 1 else { close(fd); throw StartError(description: "invalid host \(host)") }
            bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(requested).bigEndian)
            let name = host == "localhost" ? "127.0.0.1" : host
            guard inet_pton(AF_INET, name, &address.sin_addr) == 1 else { close(fd); throw StartError(description: "invalid host \(host)") }
            bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            close(fd)
            throw StartError(description: "cannot listen on \(host):\(requested): \(String(cString: strerror(errno)))")
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        port = Int(UInt16(bigEndian: withUnsafePointer(to: &storage) { p in
            isIPv6 ? p.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_port }
                   : p.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_port }
        }))
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    public func stop() {
        if listener >= 0 { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }
        listener = -1
    }

    private func acceptLoop() {
        while listener >= 0 {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            // A thread per connection, not a GCD queue: a keep-alive connection blocks its thread in recv,
            // and a pool sized by core count left some connections waiting seconds under load.
            let thread = Thread { [self] in serve(client) }
            thread.stackSize = 512 * 1024
            thread.start()
        }
    }

    /// Requests on one connection, until it closes or asks to.
    private func serve(_ client: Int32) {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let separator = Data("\r\n\r\n".utf8)
            var headEnd = buffer.range(of: separator)
            while headEnd == nil {
                if buffer.count > 16_384 { _ = send(client, HTTPResponse.errorPage(status: 431, reason: "Request Header Fields Too Large", detail: "", keepAlive: false, head: false)); close(client); return }
                let n = recv(client, &chunk, chunk.count, 0)
                if n <= 0 { close(client); return }
                buffer.append(contentsOf: chunk[0..<n])
                headEnd = buffer.range(of: separator)
            }
            let head = buffer[buffer.startIndex..<headEnd!.lowerBound]
            buffer = Data(buffer[headEnd!.upperBound...])
            guard let request = HTTPRequest.parse(Data(head)) else {
                _ = send(client, HTTPResponse.errorPage(status: 400, reason: "Bad Request", detail: "Malformed request.", keepAlive: false, head: false))
                close(client)
                return
            }
            if request.target == "/__annals/events", request.method == "GET" {
                streamEvents(client)
                return
            }
            let response = PreviewResponder(store: store, loopback: isLoopback).respond(to: request)
            guard send(client, response) else { close(client); return }
            if !request.keepAlive { close(client); return }
        }
    }

    /// Server-Sent Events: the connection stays open; the store writes "reload" after each build.
    private func streamEvents(_ client: Int32) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n"
        guard send(client, Data(head.utf8)) else { close(client); return }
        store.addListener(client) { [self] data in send(client, data) }
        // Wait until the browser goes away, then forget it.
        var byte: UInt8 = 0
        while true {
            let n = recv(client, &byte, 1, 0)
            if n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) { break }
        }
        store.removeListener(client)
        close(client)
    }

    private func send(_ client: Int32, _ response: HTTPResponseMessage) -> Bool {
        // MSG_MORE: the head waits for the body in one segment instead of going out alone.
        send(client, response.head, more: !response.body.isEmpty) && send(client, response.body)
    }

    private func send(_ client: Int32, _ data: Data, more: Bool = false) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.send(client, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL) | (more ? Int32(MSG_MORE) : 0))
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }
}

/// Turns one request into response bytes.
struct PreviewResponder {
    let store: SiteStore
    let loopback: Bool

    func respond(to request: HTTPRequest) -> HTTPResponseMessage {
        let head = request.method == "HEAD"
        let keepAlive = request.keepAlive
        guard request.method == "GET" || head else {
            return HTTPResponse.make(status: 405, reason: "Method Not Allowed", contentType: "text/plain; charset=utf-8",
                                     body: Data("Only GET and HEAD.\n".utf8), keepAlive: keepAlive, extraHeaders: ["Allow: GET, HEAD"])
        }
        // Against DNS rebinding: a loopback server answers only to loopback names.
        if loopback, let host = request.headers["host"] {
            let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }.dropFirst()) : String(host.split(separator: ":").first ?? "")
            guard ["localhost", "127.0.0.1", "::1"].contains(name.lowercased()) else {
                return HTTPResponse.errorPage(status: 403, reason: "Forbidden", detail: "Unexpected Host header.", keepAlive: keepAlive, head: head)
            }
        }
        let (site, errors) = store.snapshot()
        switch PreviewPathResolver.resolve(request.target, exists: site.contains) {
        case .badRequest:
            return HTTPResponse.errorPage(status: 400, reason: "Bad Request", detail: "Not a valid path.", keepAlive: keepAlive, head: head)
        case .notFound:
            let shown = PreviewPathResolver.percentDecoded(Substring(request.target)) ?? request.target
            return HTTPResponse.errorPage(status: 404, reason: "Not Found", detail: "Nothing at \(shown)", keepAlive: keepAlive, head: head)
        case .file(let path):
            guard var body = site.file(path) else {
                return HTTPResponse.errorPage(status: 404, reason: "Not Found", detail: "Nothing at \(path)", keepAlive: keepAlive, head: head)
            }
            if path.hasSuffix(".html") { body = PreviewInjection.inject(into: body, errors: errors) }
            return HTTPResponse.make(status: 200, reason: "OK", contentType: HTTPResponse.contentType(for: path), body: body,
                                     keepAlive: keepAlive, head: head)
        }
    }
}

import Foundation
import Testing
@testable import Preview
@testable import Site
#if canImport(Glibc)
import Glibc
#endif

/// Sends raw bytes to 127.0.0.1:port and returns the whole response (URLSession would normalize paths).
func rawRequest(_ port: Int, _ request: String) -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard connected == 0 else { return "" }
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    _ = request.utf8CString.withUnsafeBufferPointer { send(fd, $0.baseAddress, $0.count - 1, Int32(MSG_NOSIGNAL)) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = recv(fd, &buffer, buffer.count, 0)
        if n <= 0 { break }
        data.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: data, as: UTF8.self)
}

func get(_ port: Int, _ path: String, method: String = "GET", host: String = "127.0.0.1") -> String {
    rawRequest(port, "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
}

@Suite(.serialized) struct PreviewServerTests {
    static let secret = "TOP-SECRET-BYTES"

    func startServer() throws -> (PreviewServer, SiteStore) {
        var site = SiteOutput()
        site.add("index.html", text: "<!DOCTYPE html><html><body><h1>Home</h1></body></html>")
        site.add("events/a.html", text: "<html><body>A</body></html>")
        site.add("events.json", text: "{}")
        site.add("feed.xml", text: "<feed/>")
        site.add("assets/style.css", text: "body{}")
        let store = SiteStore()
        store.publish(site)
        let server = PreviewServer(store: store)
        try server.start(port: 0)
        return (server, store)
    }

    @Test func servesPagesWithTypesAndLiveReloadScript() throws {
        let (server, _) = try startServer()
        defer { server.stop() }
        let page = get(server.port, "/")
        #expect(page.hasPrefix("HTTP/1.1 200 OK"))
        #expect(page.contains("Content-Type: text/html; charset=utf-8"))
        #expect(page.contains("/__annals/events"))
        #expect(!page.contains("Access-Control-Allow-Origin"))
        #expect(get(server.port, "/events.json").contains("Content-Type: application/json"))
        #expect(get(server.port, "/feed.xml").contains("Content-Type: application/atom+xml"))
        #expect(get(server.port, "/assets/style.css").contains("Content-Type: text/css"))
        #expect(get(server.port, "/events/a.html").contains("200 OK"))
        let head = get(server.port, "/index.html", method: "HEAD")
        #expect(head.hasPrefix("HTTP/1.1 200 OK") && !head.contains("<h1>"))
    }

    @Test func boundToLoopbackByDefault() throws {
        let (server, _) = try startServer()
        defer { server.stop() }
        #expect(server.isLoopback)
    }

    @Test func traversalAttemptsNeverLeakBytes() throws {
        // A real folder layout beside the (in-memory) site, to prove nothing on disk is reachable.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annals-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("public-leak"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("public"), withIntermediateDirectories: true)
        try Self.secret.write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try Self.secret.write(to: root.appendingPathComponent("public-leak/secret"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("public/link").path, withDestinationPath: "..")
        defer { try? FileManager.default.removeItem(at: root) }
        let (server, _) = try startServer()
        defer { server.stop() }
        let attacks = ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd", "/..%2fsecret.txt", "/%252e%252e/secret.txt",
                       "/..\\secret.txt", "/%5c..%5csecret.txt", "/index.html%00.txt", "//etc/passwd", "/../public-leak/secret",
                       "/link/secret.txt", "/link/../secret.txt", "/.annals-output"]
        for attack in attacks {
            let response = get(server.port, attack)
            #expect(response.hasPrefix("HTTP/1.1 404") || response.hasPrefix("HTTP/1.1 400"), "\(attack): \(response.prefix(40))")
            #expect(!response.contains(Self.secret) && !response.contains("root:x:0:0"), "\(attack)")
        }
        let absolute = rawRequest(server.port, "GET http://evil/../secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(absolute.hasPrefix("HTTP/1.1 400"))
    }

    @Test func methodsListingsDotfilesAndReflection() throws {
        let (server, _) = try startServer()
        defer { server.stop() }
        #expect(get(server.port, "/", method: "POST").hasPrefix("HTTP/1.1 405"))
        #expect(get(server.port, "/", method: "DELETE").contains("Allow: GET, HEAD"))
        #expect(get(server.port, "/events/").hasPrefix("HTTP/1.1 404"))
        #expect(get(server.port, "/.annals-output").hasPrefix("HTTP/1.1 404"))
        let reflected = get(server.port, "/%3Cscript%3Ealert(1)%3C/script%3E")
        #expect(reflected.hasPrefix("HTTP/1.1 404"))
        #expect(!reflected.contains("<script"))
        #expect(get(server.port, "/", host: "evil.example").hasPrefix("HTTP/1.1 403"))
        #expect(get(server.port, "/", host: "localhost:8000").hasPrefix("HTTP/1.1 200"))
    }

    @Test func failedBuildShowsAnEscapedOverlayAndKeepsTheLastGoodSite() throws {
        let (server, store) = try startServer()
        defer { server.stop() }
        store.fail([.error("seeds/x.txt", 1, 1, "bad <script>alert(1)</script>")])
        let page = get(server.port, "/")
        #expect(page.contains("<h1>Home</h1>"))
        #expect(page.contains("annals-error"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("<script>alert(1)"))
    }

    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        let (server, _) = try startServer()
        defer { server.stop() }
        let response = rawRequest(server.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /events.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(response.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
    }
}

@Suite struct PreviewPathResolverTests {
    let files: Set<String> = ["index.html", "events/a.html", "actors/index.html"]

    func resolve(_ target: String) -> PreviewPathResolver.Resolution {
        PreviewPathResolver.resolve(target) { files.contains($0) }
    }

    @Test func resolvesSitePaths() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/events/a.html?x=1#y") == .file("events/a.html"))
        #expect(resolve("/actors/") == .file("actors/index.html"))
        #expect(resolve("/actors") == .file("actors/index.html"))
        #expect(resolve("/%65vents/a.html") == .file("events/a.html"))
    }

    @Test func randomTargetsStayInside() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("/.%25ae2fF5cC\\\0?#abc")
        for _ in 0..<5000 {
            let target = "/" + String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            if case .file(let path) = resolve(target) { #expect(files.contains(path)) }
        }
    }
}

@Suite struct PreviewFuzzRegressionTests {
    @Test func savedInputsResolveInside() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-regressions/fuzz-preview-path")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.isEmpty)
        let files: Set<String> = ["index.html", "events/a.html"]
        for name in names {
            let target = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
            if case .file(let path) = PreviewPathResolver.resolve(target, exists: { files.contains($0) }) { #expect(files.contains(path)) }
        }
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `annals serve` as a user runs it: a real process, a free port, a seed edited while it runs.
@Suite(.serialized) struct ServeTests {
    final class LineReader: @unchecked Sendable {
        private var text = ""
        private let lock = NSLock()
        func append(_ data: Data) { lock.lock(); text += String(decoding: data, as: UTF8.self); lock.unlock() }
        var all: String { lock.lock(); defer { lock.unlock() }; return text }

        func wait(for needle: String, after offset: Int = 0, timeout: TimeInterval = 60) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                let current = all
                if current.count > offset, current.dropFirst(offset).contains(needle) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }

    /// GET over a plain socket; the body, or nil unless the status is 200.
    func fetch(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let port = components.port else { return nil }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { return nil }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = "GET \(components.path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.utf8CString.withUnsafeBufferPointer { send(fd, $0.baseAddress, $0.count - 1, Int32(MSG_NOSIGNAL)) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix("HTTP/1.1 200"), let split = text.range(of: "\r\n\r\n") else { return nil }
        return String(text[split.upperBound...])
    }

    @Test func servesRebuildsOnSaveAndRecoversFromErrors() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for item in ["seeds", "templates", "annals.yml"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(item), to: work.appendingPathComponent(item))
        }
        let process = Process()
        process.executableURL = annalsBinary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = work
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        let reader = LineReader()
        try process.run()
        // A plain reading thread: blocking reads until the pipe closes.
        let handle = out.fileHandleForReading
        Thread.detachNewThread {
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                reader.append(data)
            }
        }
        defer {
            process.terminate()
            process.waitUntilExit()
        }

        #expect(reader.wait(for: "Serving on http://127.0.0.1:"))
        let line = reader.all.split(separator: "\n").first { $0.contains("Serving on") }!
        let port = line.split(separator: ":")[2].prefix { $0.isNumber }
        let base = "http://127.0.0.1:\(port)/"
        let index = try #require(fetch(base + "index.html"))
        #expect(index.contains("Korean Peninsula diplomacy"))
        #expect(index.contains("/__annals/events"))

        // Edit one seed: the change is served after a rebuild that re-parses only that article.
        let seed = work.appendingPathComponent("seeds/001_7d89e40b0e85fbef.txt")
        let before = reader.all.count
        try (String(contentsOf: seed, encoding: .utf8) + "\n\nA freshly added sentence said on Wednesday that talks would go on.\n")
            .write(to: seed, atomically: true, encoding: .utf8)
        #expect(reader.wait(for: "rebuilt in", after: before))
        #expect(reader.all.dropFirst(before).contains("(1 parsed, 4 reused)"))
        #expect(fetch(base + "articles/001_7d89e40b0e85fbef.html")?.contains("A freshly added sentence") == true)

        // Break a template: the last good site stays, with the error shown; fixing it recovers.
        let template = work.appendingPathComponent("templates/index.mustache")
        let good = try String(contentsOf: template, encoding: .utf8)
        let beforeError = reader.all.count
        try "{{#oops}}".write(to: template, atomically: true, encoding: .utf8)
        #expect(reader.wait(for: "build failed", after: beforeError))
        let broken = try #require(fetch(base + "index.html"))
        #expect(broken.contains("annals-error"))
        #expect(broken.contains("A freshly added") || broken.contains("Korean Peninsula diplomacy"))
        let beforeFix = reader.all.count
        try good.write(to: template, atomically: true, encoding: .utf8)
        #expect(reader.wait(for: "rebuilt in", after: beforeFix))
        #expect(fetch(base + "index.html")?.contains("annals-error") == false)

        // A file beside annals.yml that is not watched does not rebuild; annals.yml itself does.
        let beforeNotes = reader.all.count
        try "notes".write(to: work.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 0.4)
        #expect(!reader.all.dropFirst(beforeNotes).contains("rebuilt in"))
        let config = work.appendingPathComponent("annals.yml")
        let settings = try String(contentsOf: config, encoding: .utf8)
        let beforeConfig = reader.all.count
        try settings.replacingOccurrences(of: "Korean Peninsula diplomacy", with: "Peninsula diplomacy, renamed")
            .write(to: config, atomically: true, encoding: .utf8)
        #expect(reader.wait(for: "rebuilt in", after: beforeConfig))
        #expect(fetch(base + "index.html")?.contains("Peninsula diplomacy, renamed") == true)
    }
}

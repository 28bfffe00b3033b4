import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the bytes of a large file go as they are made: straight into the file when the site is
/// written, into memory for the preview and the tests. The exports of a 10,000-article timeline are
/// hundreds of megabytes each; made whole in memory (and copied into `Data`) they set the build's peak.
public final class ByteSink {
    private let fd: Int32?
    private var memory = Data()
    /// How many bytes a writer gathers before handing them over.
    let chunkSize: Int
    /// How many writes were handed over.
    private(set) var writes = 0
    /// The first write error; later writes are skipped.
    public private(set) var failure: String?

    /// Collects the bytes in memory (`data`).
    public init(chunkSize: Int = 1 << 16) {
        fd = nil
        self.chunkSize = chunkSize
    }

    /// Writes to an open file descriptor, which the caller closes.
    public init(fileDescriptor: Int32) {
        fd = fileDescriptor
        chunkSize = 1 << 16
    }

    public var data: Data { memory }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, bytes.count > 0 else { return }
        writes += 1
        guard let fd else {
            memory.append(bytes.assumingMemoryBound(to: UInt8.self))
            return
        }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            guard n > 0 else {
                failure = String(cString: strerror(errno))
                return
            }
            offset += n
        }
    }

    public func write(_ data: Data) {
        data.withUnsafeBytes { write($0) }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// The bytes a made-in-memory file would have.
    static func collect(_ make: (ByteSink) -> Void) -> Data {
        let sink = ByteSink()
        make(sink)
        return sink.data
    }
}

/// Bytes gathered in a buffer and handed to a sink in chunks.
struct ChunkedBytes {
    var bytes: [UInt8] = []
    let sink: ByteSink?

    init(sink: ByteSink?) {
        self.sink = sink
        if let sink { bytes.reserveCapacity(min(sink.chunkSize * 2, 1 << 20)) }
    }

    /// Hands the buffer to the sink once it holds a chunk (a no-op without a sink).
    mutating func flushIfFull() {
        if let sink, bytes.count >= sink.chunkSize {
            sink.write(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    mutating func finish() {
        if let sink {
            sink.write(bytes)
            bytes.removeAll()
        }
    }
}

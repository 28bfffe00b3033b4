/// JSON text written straight into bytes, the same bytes as `JSON.encode` (sorted keys, unescaped
/// slashes, `<`, `>`, `&`, U+2028 and U+2029 escaped) for outputs big enough that JSONEncoder's
/// generic machinery dominates (`annals dates` over thousands of files). Callers write keys in order.
struct JSONWriter {
    private var buffer: ChunkedBytes
    /// What is written and not yet handed to the sink (everything, without a sink).
    var bytes: [UInt8] { buffer.bytes }

    /// Without a sink the text collects in `bytes`; with one it goes there in chunks, between array
    /// elements, and `finish()` hands over the rest.
    init(sink: ByteSink? = nil) {
        buffer = ChunkedBytes(sink: sink)
    }

    mutating func finish() {
        buffer.finish()
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { buffer.bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        buffer.bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as JSONEncoder writes it: integral values without a fraction, others in Swift's
    /// shortest round-tripping form.
    mutating func double(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            int(Int(value))
        } else {
            buffer.bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    mutating func string(_ value: String) {
        buffer.bytes.append(UInt8(ascii: "\""))
        // Byte by byte: every character escaped is ASCII but U+2028 and U+2029 (E2 80 A8/A9), and
        // everything else is copied as its UTF-8 bytes.
        var value = value
        value.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case UInt8(ascii: "\n"): raw("\\n")
                case UInt8(ascii: "\r"): raw("\\r")
                case UInt8(ascii: "\t"): raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case UInt8(ascii: "<"): raw("\\u003c")
                case UInt8(ascii: ">"): raw("\\u003e")
                case UInt8(ascii: "&"): raw("\\u0026")
                case 0x00...0x1F:
                    let hex = Array("0123456789abcdef".utf8)
                    buffer.bytes.append(contentsOf: "\\u00".utf8)
                    buffer.bytes.append(hex[Int(byte >> 4)])
                    buffer.bytes.append(hex[Int(byte & 0xF)])
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    raw(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default:
                    buffer.bytes.append(byte)
                }
                index += 1
            }
        }
        buffer.bytes.append(UInt8(ascii: "\""))
    }

    /// `"key":` preceded by a comma unless it is the object's first key.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { buffer.bytes.append(UInt8(ascii: ",")) }
        buffer.bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    /// `,"key":"value"` only when the value is present: JSONEncoder leaves nil optionals out.
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        buffer.bytes.append(UInt8(ascii: "["))
        for (n, item) in items.enumerated() {
            if n > 0 { buffer.bytes.append(UInt8(ascii: ",")) }
            write(&self, item)
            buffer.flushIfFull()
        }
        buffer.bytes.append(UInt8(ascii: "]"))
    }
}

/// JSON text written straight into bytes, the same bytes as `JSON.encode` (sorted keys, unescaped
/// slashes, `<`, `>`, `&`, U+2028 and U+2029 escaped) for outputs big enough that JSONEncoder's
/// generic machinery dominates (`annals dates` over thousands of files). Callers write keys in order.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as JSONEncoder writes it: integral values without a fraction, others in Swift's
    /// shortest round-tripping form.
    mutating func double(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            int(Int(value))
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            case "\u{8}": raw("\\b")
            case "\u{C}": raw("\\f")
            case "<": raw("\\u003c")
            case ">": raw("\\u003e")
            case "&": raw("\\u0026")
            case "\u{2028}": raw("\\u2028")
            case "\u{2029}": raw("\\u2029")
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { bytes.append(contentsOf: String(scalar).utf8) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"key":` preceded by a comma unless it is the object's first key.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    /// `,"key":"value"` only when the value is present: JSONEncoder leaves nil optionals out.
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func array<T>(_ items: [T], _ write: (inout JSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (n, item) in items.enumerated() {
            if n > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}

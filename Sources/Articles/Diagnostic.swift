/// A compiler-style message about an input file: `seeds/x.txt:17:5: error: invalid UTF-8 (byte 0xFF)`.
public struct Diagnostic: Error, Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public var path: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int = 1, column: Int = 1, severity: Severity, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public static func error(_ path: String, _ line: Int = 1, _ column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .error, message: message)
    }

    public static func warning(_ path: String, _ line: Int = 1, _ column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .warning, message: message)
    }

    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }

    /// Sorted by path, then position, then message: a total order, so output never depends on timing.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.severity.rawValue, a.message) < (b.path, b.line, b.column, b.severity.rawValue, b.message)
    }
}

/// Line and column (1-based, in Unicode scalars) of a scalar offset in a text.
public func lineAndColumn(of offset: Int, in scalars: [Unicode.Scalar]) -> (line: Int, column: Int) {
    var line = 1, column = 1
    for scalar in scalars.prefix(offset) {
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
    }
    return (line, column)
}

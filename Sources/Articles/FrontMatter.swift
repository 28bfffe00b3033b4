/// YAML front matter of a Markdown article: a first line `---`, fields, and a closing `---` line.
enum FrontMatter {
    case block(yaml: String, end: Int)
    case unterminated

    /// nil when the text has no front matter.
    static func split(_ scalars: [Unicode.Scalar]) -> FrontMatter? {
        guard scalars.count >= 4, scalars[0] == "-", scalars[1] == "-", scalars[2] == "-", scalars[3] == "\n" else { return nil }
        var lineStart = 4
        var i = 4
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                let line = scalars[lineStart..<i]
                if line.count == 3, line.allSatisfy({ $0 == "-" }) {
                    var yaml = ""
                    yaml.unicodeScalars.append(contentsOf: scalars[4..<lineStart])
                    return .block(yaml: yaml, end: min(i + 1, scalars.count))
                }
                lineStart = i + 1
            }
            i += 1
        }
        return .unterminated
    }
}

/// URL- and file-safe slugs: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 80 bytes, never empty.
public enum Slug {
    public static func make(_ text: String, fallback: String = "item") -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            var c = scalar
            if c.value >= 65 && c.value <= 90 { c = Unicode.Scalar(c.value + 32)! }
            let isAlnum = (c.value >= 97 && c.value <= 122) || (c.value >= 48 && c.value <= 57)
            if isAlnum {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                if out.utf8.count >= 80 { break }
                out.unicodeScalars.append(c)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else {
                pendingDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return make(fallback, fallback: "item") }
        return out
    }
}

import Articles
import Foundation

/// The default theme, compiled into the binary from the repository's templates/ (see
/// scripts/embed-theme.py). A project's own templates/ overrides it file by file.
public enum DefaultTheme {
    /// The theme with the project's files laid over the built-in ones. A missing folder is not an error.
    public static func load(overrides directory: String) throws(ThemeError) -> Theme {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for (path, text) in files {
            if path.hasPrefix("assets/") { assets[String(path.dropFirst(7))] = Data(text.utf8) } else if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(9))] = text
            }
        }
        if FileManager.default.fileExists(atPath: directory) {
            let own = try Theme.readFolder(directory)
            templates.merge(own.templates) { _, project in project }
            assets.merge(own.assets) { _, project in project }
        }
        return try Theme(templates: templates, assets: assets, directory: directory)
    }

    /// Copies the default theme into a folder, never overwriting a file. Returns the paths written.
    public static func write(to directory: String) throws -> [String] {
        var written: [String] = []
        for path in files.keys.sorted() {
            let target = directory + "/" + path
            guard !FileManager.default.fileExists(atPath: target) else { continue }
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(files[path]!.utf8).write(to: URL(fileURLWithPath: target))
            written.append(target)
        }
        return written
    }
}

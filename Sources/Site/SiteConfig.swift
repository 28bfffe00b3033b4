/// Site settings from `annals.yml` and the command line.
public struct SiteConfig: Sendable {
    public var title: String
    /// Absolute base URL ending in `/`, used only in feeds, the sitemap and canonical links.
    public var baseURL: String?
    public var language: String

    public init(title: String = "Diplomacy timeline", baseURL: String? = nil, language: String = "en") {
        self.title = title
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.language = language
    }
}

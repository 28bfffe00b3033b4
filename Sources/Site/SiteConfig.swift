/// Site settings from `annals.yml` and the command line.
public struct SiteConfig: Sendable {
    public var title: String
    /// Absolute base URL ending in `/`, used only in feeds, the sitemap and canonical links.
    public var baseURL: String?
    public var language: String
    /// Events per page of the index and of every actor, kind and year list.
    public var eventsPerPage: Int

    public static let defaultEventsPerPage = 250

    public init(title: String = "Diplomacy timeline", baseURL: String? = nil, language: String = "en",
                eventsPerPage: Int = SiteConfig.defaultEventsPerPage) {
        self.title = title
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.language = language
        self.eventsPerPage = eventsPerPage
    }

    /// The same settings served from another base URL (`--base-url`).
    public func served(at baseURL: String) -> SiteConfig {
        SiteConfig(title: title, baseURL: baseURL, language: language, eventsPerPage: eventsPerPage)
    }
}

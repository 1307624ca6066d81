/// What one `SiteSession.update()` found.
public enum SessionUpdate: Sendable {
    /// No file the site is built from changed since the last update.
    case unchanged
    /// The site was built; it replaces the previous one.
    case built(RenderedSite)
    /// The files have errors (listed with the warnings, sorted); the previous site stays as it was.
    case failed([Diagnostic])
}

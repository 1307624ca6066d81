/// Whether a render printed the whole template.
public enum TemplateRenderOutcome: Equatable, Sendable {
    /// Everything was printed.
    case complete
    /// There is no template of that name; nothing was printed.
    case missingTemplate
    /// Sections and partials nested deeper than the renderer's limit (a recursive partial whose data
    /// does not end it); what lies deeper was left out.
    case depthLimitReached
}

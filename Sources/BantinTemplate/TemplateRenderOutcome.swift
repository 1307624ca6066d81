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

/// Where a render wrote a section over the list at a recorded place of its context (see
/// `TemplateLibrary.render(_:_:into:recording:)`): the preview replaces that list alone in a page
/// whose only change is that list.
public struct PlaceRange: Sendable, Equatable {
    /// Which section of the compiled templates wrote it, and in which surroundings (the indentation of
    /// the partials around it, the blocks its parents' callers replaced): equal numbers, the same
    /// elements, the same bytes.
    public let node: Int
    /// Its bytes, counted from the start of the render's output.
    public let bytes: Range<Int>

    public init(node: Int, bytes: Range<Int>) {
        self.node = node
        self.bytes = bytes
    }
}

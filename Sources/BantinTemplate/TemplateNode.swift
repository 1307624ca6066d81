/// One step of a compiled template. Text is already UTF-8, names already split, partials and parents
/// already resolved to template numbers, so rendering only looks values up and copies bytes.
enum TemplateNode: Sendable {
    /// Bytes printed as they are.
    case text([UInt8])
    /// The start of a template line that prints something: the indentation of an enclosing standalone
    /// partial or block goes here, then the line's own leading `whitespace`.
    case lineStart(whitespace: [UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case value(ValuePath, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(ValuePath, body: [TemplateNode], inverted: Bool)
    /// `{{>name}}`: `indentation` is the standalone tag's leading whitespace, nil when the tag shares
    /// its line with other text (then the partial is not indented at all).
    case partial(template: Int, indentation: [UInt8]?)
    /// `{{<name}}…{{/name}}`: the parent rendered with these blocks replaced.
    case parent(template: Int, overrides: [BlockOverride], indentation: [UInt8]?)
    /// `{{$name}}default{{/name}}` where a parent is rendered: an override from the template that
    /// extends it replaces `fallback` and is indented by `indentation`.
    case block(id: Int, fallback: [TemplateNode], indentation: [UInt8])
}

/// `{{$name}}…{{/name}}` inside `{{<parent}}`: the body that replaces block `id`, its own indentation
/// already removed.
struct BlockOverride: Sendable {
    /// The block's name, numbered across the library.
    let id: Int
    /// What replaces the block's default.
    let body: [TemplateNode]
}

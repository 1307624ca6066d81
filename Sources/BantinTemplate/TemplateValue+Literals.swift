// Literals keep test tables and hand-made contexts readable: `["title": "Tin", "count": 3]`.

extension TemplateValue: ExpressibleByStringLiteral {
    /// `.text` of the literal.
    public init(stringLiteral value: String) { self = .text(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// `.number` of the literal.
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// `.bool` of the literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// `.list` of the elements.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// `.object` of the fields; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// An object of the fields; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

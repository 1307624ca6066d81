// Reading a context where it is stored, for the renderer: a value copied out of a tree is a retain and
// a release, and a page's render looked values up by the thousand. Each pointer is handed to a closure
// and used only inside it, while the array it points into is being read: the renderer renders a
// section's body inside the closure that found the section's value.

extension TemplateValue {
    /// Calls `body` with where field `key` is stored, when this is an object that has one.
    /// - Returns: `body`'s result, or nil when there is no such field.
    @inline(__always)
    func withField<Result>(_ key: String, _ body: (UnsafePointer<TemplateValue>) -> Result) -> Result? {
        guard case .object(let object) = self else { return nil }
        return object.withStoredValue(forKey: key, body)
    }

    /// Calls `body` with where a list's elements are stored; nil when this is not a list.
    @inline(__always)
    func withStoredElements<Result>(_ body: (UnsafeBufferPointer<TemplateValue>) -> Result) -> Result? {
        guard case .list(let elements) = self else { return nil }
        return elements.withUnsafeBufferPointer(body)
    }

    /// Whether this is a list.
    var isList: Bool {
        if case .list = self { true } else { false }
    }

    /// Whether a section over this value pushes it on the context stack: not a list (its elements are
    /// pushed) and not a boolean (a true one renders once in the same context).
    var isPushedBySection: Bool {
        switch self {
        case .text, .number, .object: true
        case .list, .bool: false
        }
    }
}

extension TemplateObject {
    /// Calls `body` with where the value of field `key` is stored (found as `subscript(key:)` finds it).
    /// - Returns: `body`'s result, or nil when there is no such field.
    @inline(__always)
    func withStoredValue<Result>(forKey key: String, _ body: (UnsafePointer<TemplateValue>) -> Result) -> Result? {
        let index = position(of: key)
        guard index < entries.count, entries[index].key == key else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            body(UnsafeRawPointer(entries.baseAddress! + index).advanced(by: Self.valueOffset).assumingMemoryBound(to: TemplateValue.self))
        }
    }

    private static let valueOffset = MemoryLayout<Entry>.offset(of: \.value)!
}

// Reading a context where it is stored, for the renderer: a value copied out of a tree is a retain and
// a release, and a page's render looked values up by the thousand. The pointers are good while the
// value they come from is alive and unchanged, which holds for the context of a render throughout it
// (`TemplateLibrary.render` keeps it); nothing else uses them.

extension TemplateValue {
    /// The value of field `key`, where the object stores it; nil when this is not an object or has no
    /// such field.
    @inline(__always)
    func field(_ key: String) -> UnsafePointer<TemplateValue>? {
        guard case .object(let object) = self else { return nil }
        return object.storedValue(forKey: key)
    }

    /// A list's elements where the list stores them; nil when this is not a list.
    @inline(__always)
    var storedElements: UnsafeBufferPointer<TemplateValue>? {
        guard case .list(let elements) = self else { return nil }
        return elements.withUnsafeBufferPointer { $0 }
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
    /// The value of field `key` where the fields are stored, found by binary search.
    func storedValue(forKey key: String) -> UnsafePointer<TemplateValue>? {
        entries.withUnsafeBufferPointer { entries in
            var low = 0
            var high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].key < key { low = middle + 1 } else { high = middle }
            }
            guard low < entries.count, entries[low].key == key else { return nil }
            return UnsafeRawPointer(entries.baseAddress! + low).advanced(by: Self.valueOffset).assumingMemoryBound(to: TemplateValue.self)
        }
    }

    private static let valueOffset = MemoryLayout<Entry>.offset(of: \.value)!
}

/// The fields of a context object, looked up by name as a section's context.
///
/// The fields are kept sorted by name, each name once, and found by binary search: a page looks up
/// hundreds of names, most of them a few ASCII letters, and comparing a few short names costs less
/// than hashing each name at every lookup, as a dictionary does.
public struct TemplateObject: Sendable, Equatable {
    /// One field.
    struct Entry: Sendable, Equatable {
        let key: String
        var value: TemplateValue
    }

    /// Sorted by key, keys unique.
    private(set) var entries: [Entry]

    /// An object with `fields`.
    public init(_ fields: [String: TemplateValue]) {
        entries = fields.map { Entry(key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
    }

    /// An object with the fields in `fields`, in any order; a repeated key keeps its last value.
    public init(fields: [(key: String, value: TemplateValue)]) {
        // Sorted by key and, within a key, by position, so that the last of a repeated key is kept.
        let order = fields.indices.sorted { (fields[$0].key, $0) < (fields[$1].key, $1) }
        var entries: [Entry] = []
        entries.reserveCapacity(fields.count)
        for index in order {
            let field = fields[index]
            if let last = entries.last, last.key == field.key {
                entries[entries.count - 1].value = field.value
            } else {
                entries.append(Entry(key: field.key, value: field.value))
            }
        }
        self.entries = entries
    }

    /// The fields by name.
    public var fields: [String: TemplateValue] {
        Dictionary(uniqueKeysWithValues: entries.lazy.map { ($0.key, $0.value) })
    }

    /// The fields in order of their names.
    public var sortedFields: [(key: String, value: TemplateValue)] {
        entries.map { ($0.key, $0.value) }
    }

    /// The field named `key`, or nil when there is none (a missing key is falsy and prints nothing).
    public subscript(key: String) -> TemplateValue? {
        get {
            let index = position(of: key)
            return index < entries.count && entries[index].key == key ? entries[index].value : nil
        }
        set {
            let index = position(of: key)
            let found = index < entries.count && entries[index].key == key
            switch (found, newValue) {
            case (true, let value?): entries[index].value = value
            case (true, nil): entries.remove(at: index)
            case (false, let value?): entries.insert(Entry(key: key, value: value), at: index)
            case (false, nil): break
            }
        }
    }

    /// The index of the first entry whose key is not less than `key`.
    func position(of key: String) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

import BantinTemplate

/// Turns a page's typed context into the value tree its template reads.
///
/// Two rules of the template contract live here, once, instead of in every context: keys are the
/// properties' names in snake_case (`fullTitle` → `full_title`, `rssURL` → `rss_url`), and an
/// optional that is nil is present as `false`. The second rule matters because Mustache looks a
/// missing key up in the enclosing sections: an article without a cover, listed on a page that has
/// one, would otherwise show the page's cover.
enum TemplateEncoder {
    /// The value tree of `value`: made by the value itself when it can (`TemplateValueConvertible`).
    static func encode(_ value: some Encodable) -> TemplateValue {
        if let convertible = value as? any TemplateValueConvertible { return convertible.templateValue }
        return encodeByCoding(value)
    }

    /// The value tree of `value` through its `Encodable` conformance: what a `TemplateValueConvertible`
    /// value's own tree must equal (`TemplateValueConvertibleTests`).
    static func encodeByCoding(_ value: some Encodable) -> TemplateValue {
        let encoder = ValueEncoder()
        // Our contexts never throw: they hold strings, numbers, booleans and lists and structs of those.
        try? value.encode(to: encoder)
        return encoder.storage.value
    }

    /// "fullTitle" → "full_title", "rssURL" → "rss_url", "title" → "title". Property names are ASCII.
    static func snakeCase(_ name: String) -> String {
        let isUpper = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        guard name.utf8.contains(where: isUpper) else { return name }
        let bytes = Array(name.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) else {
                result.append(byte)
                continue
            }
            let afterLower = index > 0 && !isUpper(bytes[index - 1])
            let endsAcronym = index > 0 && isUpper(bytes[index - 1]) && index + 1 < bytes.count && !isUpper(bytes[index + 1])
            if afterLower || endsAcronym { result.append(UInt8(ascii: "_")) }
            result.append(byte + 32)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// A context that makes its value tree itself, for the pages rendered most (articles and lists): the
/// `Encodable` route makes a class, a box and a fields array for every nested value, 8 % of a
/// 10,000-article build. Its keys are the encoder's, written out (`TemplateFields`), and
/// `TemplateValueConvertibleTests` check each such type's tree against `encodeByCoding` of the same
/// value on every article and list page of the sample site and the fixture sites, so the two cannot
/// drift apart.
protocol TemplateValueConvertible: Encodable {
    var templateValue: TemplateValue { get }
}

/// The fields of an object a `TemplateValueConvertible` value makes, with the encoder's rule for nil:
/// present as `false`. Keys are given as `snakeCase` would make them from the property names.
struct TemplateFields {
    private var fields: [(key: String, value: TemplateValue)]

    init(capacity: Int) {
        fields = []
        fields.reserveCapacity(capacity)
    }

    /// Starts with the fields of `base`, an object, as an `Extended` value adds its own to them.
    init(extending base: TemplateValue, capacity: Int) {
        if case .object(let object) = base { fields = object.sortedFields } else { fields = [] }
        fields.reserveCapacity(fields.count + capacity)
    }

    mutating func set(_ key: String, _ text: String?) {
        fields.append((key, text.map(TemplateValue.text) ?? .bool(false)))
    }

    mutating func set(_ key: String, _ flag: Bool) {
        fields.append((key, .bool(flag)))
    }

    mutating func set(_ key: String, number: Int?) {
        fields.append((key, number.map(TemplateValue.number) ?? .bool(false)))
    }

    mutating func set(_ key: String, value: TemplateValue?) {
        fields.append((key, value ?? .bool(false)))
    }

    var value: TemplateValue { .object(TemplateObject(fields: fields)) }
}

extension Encoded {
    /// The list of encoded values, as a list field holds it.
    static func list(_ values: [Encoded]) -> TemplateValue {
        .list(values.map(\.value))
    }
}

/// A context value already encoded, with the type it was made from kept in the signature, so that
/// a value many pages share (an article's summary) is encoded once.
struct Encoded<Fields: Encodable>: Encodable, Equatable, Sendable {
    /// The encoded tree.
    let value: TemplateValue

    /// Encodes `fields` now.
    init(_ fields: Fields) {
        value = TemplateEncoder.encode(fields)
    }

    func encode(to encoder: Encoder) throws {
        (encoder as? ValueEncoder)?.storage.store(value)
    }
}

/// What one encoder has been given: a leaf or a value stored whole, or an object or list being filled.
///
/// Fields and elements are stored as finished values the moment `encode` returns; only a nested
/// container, which is filled after it is handed out, stays a `Storage` until the value is read.
private final class Storage {
    private var leaf: TemplateValue = .bool(false)
    /// In the order given; a repeated key keeps its last value (see `TemplateObject.init(fields:)`).
    private var fields: [(key: String, value: TemplateValue)]?
    private var items: [TemplateValue]?
    private var pendingFields: [(String, Storage)] = []
    private var pendingItems: [(Int, Storage)] = []

    func store(_ value: TemplateValue) {
        leaf = value
        fields = nil
        items = nil
    }

    /// Makes this an object, keeping the fields of an object stored whole before, so that a context
    /// can add fields to an encoded value it extends (an article page extends its summary).
    func makeObject() {
        guard fields == nil else { return }
        if case .object(let object) = leaf { fields = object.sortedFields } else { fields = [] }
        items = nil
    }

    func makeList() {
        guard items == nil else { return }
        items = []
        fields = nil
    }

    func setField(_ key: String, _ value: TemplateValue) {
        makeObject()
        fields!.append((key, value))
    }

    func append(_ value: TemplateValue) {
        makeList()
        items!.append(value)
    }

    /// A field to be filled later, through a nested container.
    func pendingField(_ key: String) -> Storage {
        makeObject()
        let child = Storage()
        pendingFields.append((key, child))
        return child
    }

    /// An element to be filled later, through a nested container.
    func pendingElement() -> Storage {
        makeList()
        let child = Storage()
        pendingItems.append((items!.count, child))
        items!.append(.bool(false))
        return child
    }

    var count: Int { (items?.count ?? 0) }

    var value: TemplateValue {
        if var fields {
            for (key, child) in pendingFields { fields.append((key, child.value)) }
            return .object(TemplateObject(fields: fields))
        }
        if var items {
            for (index, child) in pendingItems { items[index] = child.value }
            return .list(items)
        }
        return leaf
    }
}

private final class ValueEncoder: Encoder {
    let storage: Storage
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(storage: Storage = Storage()) {
        self.storage = storage
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        storage.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        storage.makeList()
        return UnkeyedContainer(storage: storage)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleContainer(storage: storage)
    }

    /// The value of `value`: leaves directly, anything else through its own `encode(to:)`.
    static func value<T: Encodable>(of value: T) throws -> TemplateValue {
        switch value {
        case let text as String: return .text(text)
        case let number as Int: return .number(number)
        case let flag as Bool: return .bool(flag)
        default:
            let encoder = ValueEncoder()
            try value.encode(to: encoder)
            return encoder.storage.value
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: Storage
    var codingPath: [CodingKey] { [] }

    private func name(_ key: Key) -> String { TemplateEncoder.snakeCase(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { storage.setField(name(key), .bool(false)) }
    mutating func encode(_ value: String, forKey key: Key) throws { storage.setField(name(key), .text(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { storage.setField(name(key), .number(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { storage.setField(name(key), .bool(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { storage.setField(name(key), try ValueEncoder.value(of: value)) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    // The concrete overloads: without them, a nil `String?` would take the protocol's default, which leaves the key out.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeIfPresent(value as Double?, generic: key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeIfPresent(value as Float?, generic: key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeIfPresent(value as Int8?, generic: key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeIfPresent(value as Int16?, generic: key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeIfPresent(value as Int32?, generic: key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeIfPresent(value as Int64?, generic: key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeIfPresent(value as UInt?, generic: key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeIfPresent(value as UInt8?, generic: key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeIfPresent(value as UInt16?, generic: key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeIfPresent(value as UInt32?, generic: key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeIfPresent(value as UInt64?, generic: key) }

    private mutating func encodeIfPresent<T: Encodable>(_ value: T?, generic key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(storage: storage.pendingField(name(key))).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        ValueEncoder(storage: storage.pendingField(name(key))).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { ValueEncoder(storage: storage) }
    mutating func superEncoder(forKey key: Key) -> Encoder { ValueEncoder(storage: storage.pendingField(name(key))) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let storage: Storage
    var codingPath: [CodingKey] { [] }
    var count: Int { storage.count }

    mutating func encodeNil() throws { storage.append(.bool(false)) }
    mutating func encode(_ value: String) throws { storage.append(.text(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { storage.append(try ValueEncoder.value(of: value)) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(storage: storage.pendingElement()).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        ValueEncoder(storage: storage.pendingElement()).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { ValueEncoder(storage: storage.pendingElement()) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let storage: Storage
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { storage.store(.bool(false)) }
    mutating func encode(_ value: String) throws { storage.store(.text(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { storage.store(try ValueEncoder.value(of: value)) }
}

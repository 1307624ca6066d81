import BantinTemplate

/// Turns a page's typed context into the value tree its template reads.
///
/// Two rules of the template contract live here, once, instead of in every context: keys are the
/// properties' names in snake_case (`fullTitle` → `full_title`, `rssURL` → `rss_url`), and an
/// optional that is nil is present as `false`. The second rule matters because Mustache looks a
/// missing key up in the enclosing sections: an article without a cover, listed on a page that has
/// one, would otherwise show the page's cover.
enum TemplateEncoder {
    /// The value tree of `value`.
    static func encode(_ value: some Encodable) -> TemplateValue {
        let encoder = ValueEncoder()
        // Our contexts never throw: they hold strings, numbers, booleans and lists and structs of those.
        try? value.encode(to: encoder)
        return encoder.slot.value
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
        (encoder as? ValueEncoder)?.slot.store(value)
    }
}

/// Where an encoded value goes: a leaf value, or an object or list still being filled.
private final class Slot {
    private enum State {
        case value(TemplateValue)
        case object([String: Slot])
        case list([Slot])
    }

    private var state: State = .value(.bool(false))

    func store(_ value: TemplateValue) {
        state = .value(value)
    }

    /// The object's field `key`, made empty; turns this slot into an object first.
    func field(_ key: String) -> Slot {
        makeObject()
        guard case .object(var fields) = state else { return Slot() }
        let slot = Slot()
        fields[key] = slot
        state = .object(fields)
        return slot
    }

    /// Makes this slot an object, keeping the fields of an object stored whole before, so that a
    /// context can add fields to an encoded value it extends (an article page extends its summary).
    func makeObject() {
        switch state {
        case .object: return
        case .value(.object(let object)):
            state = .object(object.fields.mapValues { value in
                let slot = Slot()
                slot.store(value)
                return slot
            })
        default: state = .object([:])
        }
    }

    func makeList() {
        if case .list = state { return }
        state = .list([])
    }

    func appendElement() -> Slot {
        var items: [Slot]
        if case .list(let existing) = state { items = existing } else { items = [] }
        let slot = Slot()
        items.append(slot)
        state = .list(items)
        return slot
    }

    var count: Int {
        if case .list(let items) = state { return items.count }
        return 0
    }

    var value: TemplateValue {
        switch state {
        case .value(let value): return value
        case .object(let fields): return .object(TemplateObject(fields.mapValues(\.value)))
        case .list(let items): return .list(items.map(\.value))
        }
    }
}

private final class ValueEncoder: Encoder {
    let slot: Slot
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(slot: Slot = Slot()) {
        self.slot = slot
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        slot.makeList()
        return UnkeyedContainer(slot: slot)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleContainer(slot: slot)
    }

    /// Stores `value` in `slot`: leaves directly, anything else through its own `encode(to:)`.
    static func store<T: Encodable>(_ value: T, in slot: Slot) throws {
        switch value {
        case let text as String: slot.store(.text(text))
        case let number as Int: slot.store(.number(number))
        case let flag as Bool: slot.store(.bool(flag))
        default: try value.encode(to: ValueEncoder(slot: slot))
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [CodingKey] { [] }

    private func field(_ key: Key) -> Slot { slot.field(TemplateEncoder.snakeCase(key.stringValue)) }

    mutating func encodeNil(forKey key: Key) throws { field(key).store(.bool(false)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try ValueEncoder.store(value, in: field(key)) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    // The concrete overloads: without them, a nil `String?` would take the protocol's default, which leaves the key out.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeIfPresent(value as String?, generic: key) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeIfPresent(value as Bool?, generic: key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeIfPresent(value as Int?, generic: key) }
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
        ValueEncoder(slot: field(key)).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        ValueEncoder(slot: field(key)).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { ValueEncoder(slot: slot) }
    mutating func superEncoder(forKey key: Key) -> Encoder { ValueEncoder(slot: field(key)) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [CodingKey] { [] }
    var count: Int { slot.count }

    mutating func encodeNil() throws { slot.appendElement().store(.bool(false)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try ValueEncoder.store(value, in: slot.appendElement()) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(slot: slot.appendElement()).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        ValueEncoder(slot: slot.appendElement()).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { ValueEncoder(slot: slot.appendElement()) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { slot.store(.bool(false)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try ValueEncoder.store(value, in: slot) }
}

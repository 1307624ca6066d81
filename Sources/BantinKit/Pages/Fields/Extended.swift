/// The fields of `base` and, beside them, those of `extra` (which win where both have a key): an
/// article page shows everything its summary shows and more.
struct Extended<Base: Encodable & Equatable & Sendable, Extra: Encodable & Equatable & Sendable>: Encodable, Equatable, Sendable {
    let base: Base
    let extra: Extra

    init(_ base: Base, _ extra: Extra) {
        self.base = base
        self.extra = extra
    }

    func encode(to encoder: Encoder) throws {
        try base.encode(to: encoder)
        try extra.encode(to: encoder)
    }
}

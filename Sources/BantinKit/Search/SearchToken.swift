/// One syllable of a text as search compares it.
public struct SearchToken: Equatable, Sendable {
    /// Lowercase ASCII with tone and shape marks removed and `đ` read as `d` ("Đảng" → "dang"):
    /// what the index is keyed by, so a query typed without marks finds every spelling.
    public let folded: String
    /// The spelling with the tone set apart: lowercase decomposed letters without the tone mark, then
    /// the tone's digit (1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng; none without a tone). "Đảng" → "đang3";
    /// "hoà" and "hòa" (old and new tone placement) both → "hoa1". Results with the reader's exact
    /// spelling rank first.
    public let spelling: String
    /// True when only spaces separate it from the syllable before, so the two can be part of one
    /// phrase ("hợp tác xã"); a full stop, comma, quote or line break between them ends the phrase.
    public let joinsPrevious: Bool

    /// Creates a token.
    public init(folded: String, spelling: String, joinsPrevious: Bool) {
        self.folded = folded
        self.spelling = spelling
        self.joinsPrevious = joinsPrevious
    }
}

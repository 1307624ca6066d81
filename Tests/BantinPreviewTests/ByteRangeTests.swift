@testable import BantinPreview
import Testing

/// `Range` headers resolved against a file's size: the bytes a video player asks for.
@Suite struct ByteRangeTests {
    @Test(arguments: [
        // No range, or one the server may ignore: the whole file.
        (nil, 1000, ByteRange.whole), ("items=0-10", 1000, .whole), ("bytes=0-1,5-9", 1000, .whole),
        ("bytes=5-2", 1000, .whole), ("bytes=x-", 1000, .whole), ("bytes=-", 1000, .whole), ("bytes=10", 1000, .whole),
        ("bytes=1-x", 1000, .whole), ("bytes=+1-5", 1000, .whole),
        // First bytes, a middle part, and an end past the file's end.
        ("bytes=0-0", 1000, .part(offset: 0, length: 1)), ("bytes=0-99", 1000, .part(offset: 0, length: 100)),
        ("Bytes=100-199 ", 1000, .part(offset: 100, length: 100)), ("bytes = 100-199", 1000, .whole), ("bytes=990-5000", 1000, .part(offset: 990, length: 10)),
        ("bytes=999-999", 1000, .part(offset: 999, length: 1)),
        // From a byte to the end, as a browser asks after a seek.
        ("bytes=0-", 1000, .part(offset: 0, length: 1000)), ("bytes=400-", 1000, .part(offset: 400, length: 600)),
        // The last N bytes (a player reading an MP4's index at the end).
        ("bytes=-100", 1000, .part(offset: 900, length: 100)), ("bytes=-5000", 1000, .part(offset: 0, length: 1000)),
        // Nothing of the file in the range.
        ("bytes=1000-", 1000, .unsatisfiable), ("bytes=1000-2000", 1000, .unsatisfiable), ("bytes=-0", 1000, .unsatisfiable),
        ("bytes=0-", 0, .unsatisfiable), ("bytes=-10", 0, .unsatisfiable),
        // Past any Int64: names no byte, so it is ignored rather than trapping.
        ("bytes=99999999999999999999-", 1000, .whole),
    ] as [(String?, Int64, ByteRange)])
    func resolves(header: String?, size: Int64, expected: ByteRange) {
        #expect(ByteRange(header: header, size: size) == expected)
    }
}

import Foundation

/// The part of a file a `Range` request asks for (RFC 9110, section 14), resolved against the
/// file's size.
///
/// Browsers ask for ranges to play and seek in video and audio: a `<video>` that gets 200 without
/// `Accept-Ranges` cannot seek in Safari, and Chrome asks again from the start after each seek.
/// Only one range is answered with 206; a request for several is answered with the whole file,
/// which the standard allows and which spares the preview `multipart/byteranges`.
enum ByteRange: Equatable, Sendable {
    /// Send the whole file with 200: no `Range`, one that is not `bytes=`, or several ranges.
    case whole
    /// Send `length` bytes from `offset` with 206.
    case part(offset: Int64, length: Int64)
    /// No byte of the file is in the range: 416.
    case unsatisfiable

    /// The range a `Range` header value asks for in a file of `size` bytes.
    init(header: String?, size: Int64) {
        guard let header else {
            self = .whole
            return
        }
        let value = header.trimmingCharacters(in: .whitespaces)
        guard value.lowercased().hasPrefix("bytes="), !value.contains(",") else {
            self = .whole
            return
        }
        let spec = value.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        guard let dash = spec.firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        switch (Self.number(first), Self.number(last)) {
        case (nil, let suffix?) where first.isEmpty:
            // "bytes=-500": the last 500 bytes, or the whole file when it is shorter.
            guard suffix > 0, size > 0 else {
                self = .unsatisfiable
                return
            }
            let length = min(suffix, size)
            self = .part(offset: size - length, length: length)
        case (let start?, nil) where last.isEmpty:
            // "bytes=1000-": from byte 1000 to the end.
            self = start < size ? .part(offset: start, length: size - start) : .unsatisfiable
        case (let start?, let end?) where start <= end:
            self = start < size ? .part(offset: start, length: min(end, size - 1) - start + 1) : .unsatisfiable
        default:
            // A range the standard calls invalid ("bytes=5-2", "bytes=x-"): the header is ignored.
            self = .whole
        }
    }

    /// A non-negative decimal number of at most 18 digits (larger ones do not fit an Int64 and
    /// name no byte of any file), or nil.
    private static func number(_ text: String) -> Int64? {
        guard !text.isEmpty, text.count <= 18, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int64(text)
    }
}

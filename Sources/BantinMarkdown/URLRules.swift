/// How the converter classifies link and image URLs, working on the UTF-8 bytes cmark hands out.
enum URLRules {
    /// Whether `url` is relative to the page: not empty, not starting with `/`, `#` or `?`, and with no scheme (`[a-zA-Z][a-zA-Z0-9+.-]*:`) before any `/`.
    static func isRelative(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = url.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "#"), first != UInt8(ascii: "?") else {
            return false
        }
        guard isASCIILetter(first) else { return true }
        for byte in url.dropFirst() {
            if byte == UInt8(ascii: ":") { return false }
            let isSchemeByte = isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            if !isSchemeByte { return true }
        }
        return true
    }

    /// Whether cmark's safe mode would empty this URL; mirrors its `_scan_dangerous_url` so figures, which bypass cmark's renderer, follow the same rule.
    static func isDangerous(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasCaseInsensitivePrefix(url, "data:") {
            return !(hasCaseInsensitivePrefix(url, "data:image/png") || hasCaseInsensitivePrefix(url, "data:image/gif")
                || hasCaseInsensitivePrefix(url, "data:image/jpeg") || hasCaseInsensitivePrefix(url, "data:image/webp"))
        }
        return hasCaseInsensitivePrefix(url, "javascript:") || hasCaseInsensitivePrefix(url, "vbscript:")
            || hasCaseInsensitivePrefix(url, "file:")
    }

    /// Whether `url` names a file on the writer's computer rather than on the site: `file:`, a drive (`C:\…`, `D:/…`) or a
    /// Windows share or backslash path (`\\máy\…`, `\…`). Published as it is, such a link opens nothing for readers.
    static func isLocalPath(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = url.first else { return false }
        if first == UInt8(ascii: "\\") || hasCaseInsensitivePrefix(url, "file:") { return true }
        return url.count >= 3 && isASCIILetter(first) && url[1] == UInt8(ascii: ":")
            && (url[2] == UInt8(ascii: "\\") || url[2] == UInt8(ascii: "/"))
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// `prefix` must be lowercase ASCII.
    private static func hasCaseInsensitivePrefix(_ url: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard url.count >= prefix.utf8CodeUnitCount else { return false }
        for index in 0..<prefix.utf8CodeUnitCount {
            let byte = url[index]
            let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            if lowered != prefix.utf8Start[index] { return false }
        }
        return true
    }
}

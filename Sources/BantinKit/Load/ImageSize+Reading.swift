import BantinMarkdown
import Foundation

/// Reads an image's size from the first bytes of its file: SVG (`width`/`height`, else `viewBox`),
/// PNG (the IHDR chunk) and JPEG (the frame header, turned by the EXIF orientation). Anything else,
/// or a file these readers do not understand, has no size, and its `<img>` simply gets no attributes.
extension ImageSize {
    /// The file name endings whose sizes are read.
    static let readableExtensions: Set<String> = ["svg", "png", "jpg", "jpeg"]
    /// How much of a file is read: a JPEG's frame header comes after its EXIF block, which is rarely longer.
    static let headerLength = 256 * 1024

    /// Sizes of the images among `files`, keyed by the URL a page uses for them (`href` of "/media/x.svg").
    static func sizes(of files: [StaticFile], href: (String) -> String) -> [String: ImageSize] {
        let images = files.filter { readableExtensions.contains(($0.outputPath as NSString).pathExtension.lowercased()) }
        let sizes = images.parallelMap { file -> ImageSize? in
            guard let handle = try? FileHandle(forReadingFrom: file.source) else { return nil }
            defer { try? handle.close() }
            guard let data = try? handle.read(upToCount: headerLength) else { return nil }
            return ImageSize(header: [UInt8](data))
        }
        var result: [String: ImageSize] = [:]
        for (file, size) in zip(images, sizes) {
            if let size { result[href("/" + file.outputPath)] = size }
        }
        return result
    }

    /// The size written in the first bytes of an image file, whatever its name says; nil when unknown.
    init?(header bytes: [UInt8]) {
        let size = Self.png(bytes) ?? Self.jpeg(bytes) ?? Self.svg(bytes)
        guard let size, size.width > 0, size.height > 0 else { return nil }
        self = size
    }

    private static func png(_ bytes: [UInt8]) -> ImageSize? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return ImageSize(width: bigEndian(bytes, 16, count: 4), height: bigEndian(bytes, 20, count: 4))
    }

    /// Walks the JPEG's segments to the first start-of-frame; an APP1 EXIF segment before it may say the
    /// camera was turned, and browsers show the picture turned, so width and height swap.
    private static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var position = 2
        var turned = false
        while position + 4 <= bytes.count {
            guard bytes[position] == 0xFF else { return nil }
            let marker = bytes[position + 1]
            if marker == 0xFF { position += 1; continue }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { position += 2; continue }
            let length = bigEndian(bytes, position + 2, count: 2)
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame {
                guard position + 9 <= bytes.count else { return nil }
                let height = bigEndian(bytes, position + 5, count: 2)
                let width = bigEndian(bytes, position + 7, count: 2)
                return turned ? ImageSize(width: height, height: width) : ImageSize(width: width, height: height)
            }
            if marker == 0xE1, let orientation = exifOrientation(bytes, segment: position + 4, end: min(bytes.count, position + 2 + length)) {
                turned = orientation >= 5
            }
            position += 2 + length
        }
        return nil
    }

    /// The EXIF orientation tag (1–8) of an APP1 segment's TIFF block, if it has one.
    private static func exifOrientation(_ bytes: [UInt8], segment start: Int, end: Int) -> Int? {
        guard start + 14 <= end, Array(bytes[start..<start + 6]) == Array("Exif\0\0".utf8) else { return nil }
        let tiff = start + 6
        let little = bytes[tiff] == 0x49
        func read(_ offset: Int, _ count: Int) -> Int? {
            guard offset >= tiff, offset + count <= end else { return nil }
            return little ? littleEndian(bytes, offset, count: count) : bigEndian(bytes, offset, count: count)
        }
        guard let ifd = read(tiff + 4, 4), let entries = read(tiff + ifd, 2) else { return nil }
        for entry in 0..<entries {
            let offset = tiff + ifd + 2 + entry * 12
            guard let tag = read(offset, 2) else { return nil }
            if tag == 0x0112 { return read(offset + 8, 2) }
        }
        return nil
    }

    /// `width` and `height` in pixels (or without a unit) on the root `<svg>`; else the `viewBox`, scaled
    /// to whichever of the two is given. Sizes in other units (`em`, `%`, `mm`) are not pixels and are ignored.
    private static func svg(_ bytes: [UInt8]) -> ImageSize? {
        let text = String(decoding: bytes.prefix(16 * 1024), as: UTF8.self)
        guard let tag = text.firstMatch(of: /<svg[\s>][^>]*/)?.output else { return nil }
        var attributes: [Substring: Substring] = [:]
        for match in tag.matches(of: /\s(width|height|viewBox)\s*=\s*(?:"([^"]*)"|'([^']*)')/) {
            attributes[match.output.1] = match.output.2 ?? match.output.3
        }
        let width = attributes["width"].flatMap(pixels)
        let height = attributes["height"].flatMap(pixels)
        if let width, let height { return ImageSize(width: width, height: height) }
        let box = attributes["viewBox"].map { $0.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) } }
        guard let box, box.count == 4, box[2] > 0, box[3] > 0 else { return nil }
        if let width { return ImageSize(width: width, height: Int((Double(width) * box[3] / box[2]).rounded())) }
        if let height { return ImageSize(width: Int((Double(height) * box[2] / box[3]).rounded()), height: height) }
        return ImageSize(width: Int(box[2].rounded()), height: Int(box[3].rounded()))
    }

    private static func pixels(_ value: Substring) -> Int? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let number = trimmed.hasSuffix("px") ? String(trimmed.dropLast(2)) : trimmed
        guard let value = Double(number), value > 0 else { return nil }
        return Int(value.rounded())
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ offset: Int, count: Int) -> Int {
        bytes[offset..<offset + count].reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}

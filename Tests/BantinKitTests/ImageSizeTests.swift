@testable import BantinKit
import BantinMarkdown
import Foundation
import Testing

/// Reading an image's size from its first bytes, for `width` and `height` on `<img>`.
@Suite struct ImageSizeTests {
    static func bigEndian(_ value: Int, bytes: Int) -> [UInt8] {
        (0..<bytes).reversed().map { UInt8((value >> ($0 * 8)) & 0xFF) }
    }

    static func png(width: Int, height: Int) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + bigEndian(width, bytes: 4) + bigEndian(height, bytes: 4) + [8, 2, 0, 0, 0]
    }

    /// A JPEG's segment: marker, length (counting itself), payload.
    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + bigEndian(payload.count + 2, bytes: 2) + payload
    }

    static func frame(_ marker: UInt8, width: Int, height: Int) -> [UInt8] {
        segment(marker, [8] + bigEndian(height, bytes: 2) + bigEndian(width, bytes: 2) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    }

    /// An APP1 EXIF segment whose first IFD holds only the orientation tag, in either byte order.
    static func exif(orientation: Int, littleEndian: Bool) -> [UInt8] {
        func number(_ value: Int, _ count: Int) -> [UInt8] {
            littleEndian ? bigEndian(value, bytes: count).reversed() : bigEndian(value, bytes: count)
        }
        let tiff = Array((littleEndian ? "II" : "MM").utf8) + number(42, 2) + number(8, 4)
            + number(1, 2) + number(0x0112, 2) + number(3, 2) + number(1, 4) + number(orientation, 2) + [0, 0] + number(0, 4)
        return segment(0xE1, Array("Exif".utf8) + [0, 0] + tiff)
    }

    static let jfif = segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
    static let huffmanTable = segment(0xC4, [0x00] + [UInt8](repeating: 0, count: 16))

    @Test("PNG, JPEG and SVG sizes", arguments: [
        ("PNG", png(width: 1200, height: 675), ImageSize(width: 1200, height: 675)),
        ("baseline JPEG after a Huffman table (C4 is not a frame)",
         [0xFF, 0xD8] + jfif + huffmanTable + frame(0xC0, width: 1024, height: 768), ImageSize(width: 1024, height: 768)),
        ("progressive JPEG", [0xFF, 0xD8] + jfif + frame(0xC2, width: 640, height: 480), ImageSize(width: 640, height: 480)),
        ("JPEG from a camera held upright (EXIF 6, big-endian): shown turned",
         [0xFF, 0xD8] + exif(orientation: 6, littleEndian: false) + frame(0xC0, width: 4000, height: 3000), ImageSize(width: 3000, height: 4000)),
        ("JPEG with EXIF 8, little-endian",
         [0xFF, 0xD8] + exif(orientation: 8, littleEndian: true) + frame(0xC0, width: 4000, height: 3000), ImageSize(width: 3000, height: 4000)),
        ("JPEG with EXIF 1: as stored",
         [0xFF, 0xD8] + exif(orientation: 1, littleEndian: true) + frame(0xC0, width: 4000, height: 3000), ImageSize(width: 4000, height: 3000)),
        ("SVG with pixel sizes", Array(#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800px" height='450'>"#.utf8),
         ImageSize(width: 800, height: 450)),
        ("SVG with a viewBox only", Array(#"<svg viewBox="0 0 64 48" xmlns="http://www.w3.org/2000/svg">"#.utf8), ImageSize(width: 64, height: 48)),
        ("SVG with a width and a viewBox", Array(#"<svg width="200" viewBox="0,0,800,450">"#.utf8), ImageSize(width: 200, height: 113)),
        ("SVG sized in em: the viewBox, not the em", Array(#"<svg width="10em" height="5em" viewBox="0 0 100 50">"#.utf8),
         ImageSize(width: 100, height: 50)),
        ("SVG: stroke-width is not width",
         Array("<svg\n  stroke-width=\"3\" viewBox=\"0 0 30 20\">".utf8), ImageSize(width: 30, height: 20)),
    ] as [(String, [UInt8], ImageSize)])
    func knownSize(label: String, bytes: [UInt8], expected: ImageSize) {
        #expect(ImageSize(header: bytes) == expected, "\(label)")
    }

    @Test("no size when the bytes do not say", arguments: [
        ("empty", [UInt8]()),
        ("text", Array("Xin chào".utf8)),
        ("PNG cut short", Array(png(width: 10, height: 10).prefix(20))),
        ("JPEG without a frame", [0xFF, 0xD8] + jfif),
        ("JPEG frame cut short", [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08]),
        ("SVG in percent", Array(#"<svg width="100%" height="100%">"#.utf8)),
        ("SVG with a zero viewBox", Array(#"<svg viewBox="0 0 0 0">"#.utf8)),
        ("an <svgx> is not an <svg>", Array(#"<svgx width="5" height="5">"#.utf8)),
    ] as [(String, [UInt8])])
    func unknownSize(label: String, bytes: [UInt8]) {
        #expect(ImageSize(header: bytes) == nil, "\(label)")
    }

    @Test func readsTheMediaFilesOfASiteKeyedByTheirURL() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-image-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [(String, [UInt8])] = [
            ("a.png", Self.png(width: 300, height: 200)),
            ("b.SVG", Array(#"<svg width="40" height="30"/>"#.utf8)),
            ("c.txt", Self.png(width: 1, height: 1)),
            ("d.jpg", Array("not a jpeg".utf8)),
        ]
        var staticFiles: [StaticFile] = []
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            staticFiles.append(StaticFile(source: url, outputPath: "media/\(name)"))
        }
        let sizes = ImageSize.sizes(of: staticFiles, href: { "/tin" + $0 })
        #expect(sizes == ["/tin/media/a.png": ImageSize(width: 300, height: 200), "/tin/media/b.SVG": ImageSize(width: 40, height: 30)])
    }
}

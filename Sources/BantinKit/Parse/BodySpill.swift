import BantinMarkdown
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build keeps the HTML of the bodies between the parse and the pages that print them: a file
/// without a name, on the output's disk, that the system removes when the build ends, however it ends.
///
/// At 100,000 articles the bodies' HTML was 550 MB of the build's 1.9 GB at its peak, held from the
/// parse to the end only for each article's own page and the search index to read once. Written out,
/// the build holds one body at a time per core. The preview and `check` keep bodies in memory (the
/// preview renders them again after saves); so does a build when the file cannot be made.
final class BodySpill: @unchecked Sendable {
    // @unchecked: `end` is read and written under `lock`; the descriptor is only read and written with
    // pread and pwrite at offsets handed out under the lock.
    private let descriptor: Int32
    private let lock = NSLock()
    private var end = 0

    /// Opens a nameless file in `folder`, or in the nearest folder above it that exists (the output
    /// folder of a first build does not exist yet); nil where the system cannot make one.
    init?(near folder: URL) {
        #if os(Linux)
        // O_TMPFILE, which Swift does not import: __O_TMPFILE | O_DIRECTORY.
        let temporaryFile: Int32 = 0o20_200_000
        var candidate = folder.standardizedFileURL
        while true {
            let descriptor = open(candidate.path, temporaryFile | O_RDWR | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                self.descriptor = descriptor
                return
            }
            guard errno == ENOENT, candidate.path != "/" else { return nil }
            candidate = candidate.deletingLastPathComponent()
        }
        #else
        return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// Writes `html` to the file; nil when it cannot (a full disk): the body then stays in memory.
    func store(_ html: [UInt8]) -> Range<Int>? {
        html.withUnsafeBufferPointer { bytes -> Range<Int>? in
            let start = lock.withLock {
                defer { end += bytes.count }
                return end
            }
            var done = 0
            while done < bytes.count {
                let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(start + done))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return nil }
                done += count
            }
            return start..<start + bytes.count
        }
    }

    /// The HTML stored at `range`.
    func load(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { read(range, into: $0) }
    }

    /// The bytes stored at `range`, handed to `body` without a String made of them: they were valid
    /// UTF-8 when stored, and checking them again is a pass over every body (the search index).
    func withBytes<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in count = read(range, into: buffer) }
        return bytes.withUnsafeBufferPointer(body)
    }

    private func read(_ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let read = (try? POSIX.readFully(descriptor, into: UnsafeMutableRawBufferPointer(buffer), at: range.lowerBound)) ?? -1
        // The file is this build's own, written by `store`: a short read is a failing disk, and a
        // page printed without its body would be a silent loss.
        guard read == range.count else { fatalError("bantin: không đọc lại được tệp tạm của bản dựng (đĩa lỗi?)") }
        return read
    }
}

/// A document's body, rendered: what `MarkdownDocument` holds, with the HTML in memory or, in a build,
/// in the build's `BodySpill` until a page asks for it. The first paragraph's text is the document's
/// `lead` when the writer gave no summary, and is kept there only.
public struct DocumentBody: Sendable {
    /// Every link and image URL, in document order (table cells included).
    public let references: [MarkdownReference]
    /// Links and images that cannot work once published, in document order.
    public let findings: [MarkdownFinding]
    private let storage: Storage

    private enum Storage: Sendable {
        case inMemory(String)
        case spilled(BodySpill, Range<Int>)
    }

    /// `document`'s body, its HTML written to `spill` when there is one and the write succeeds.
    init(_ document: MarkdownDocument, spill: BodySpill? = nil) {
        references = document.references
        findings = document.findings
        if let spill, let range = spill.store(document.htmlBytes) {
            storage = .spilled(spill, range)
        } else {
            storage = .inMemory(document.html)
        }
    }

    /// The rendered HTML fragment, read back from the spill file each time when it was written there.
    public var html: String {
        switch storage {
        case .inMemory(let html): html
        case .spilled(let spill, let range): spill.load(range)
        }
    }

    /// The HTML's UTF-8, handed to `body`; read back from the spill file without being made a String.
    func withHTMLBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .inMemory(var html): html.withUTF8(body)
        case .spilled(let spill, let range): spill.withBytes(range, body)
        }
    }
}

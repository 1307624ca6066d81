#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes one output file should hold: in memory, or in an open source file that is streamed rather than loaded.
struct FileSource {
    private enum Storage {
        case bytes([UInt8])
        case file(Int32)
    }

    private let storage: Storage
    /// Number of bytes the output file should hold.
    let size: Int

    /// Opens the source of `contents` (following symlinks: a source may be a link in the project tree).
    /// - Throws: `WriterError` with `.sourceUnreadable` when a file to copy cannot be opened or is not a regular file.
    init(_ contents: RenderedFile.Contents) throws(WriterError) {
        switch contents {
        case .bytes(let bytes):
            storage = .bytes(bytes)
            size = bytes.count
        case .copy(let url):
            let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriterError(.sourceUnreadable(errno: errno), path: url.path) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, POSIX.isRegularFile(status) else {
                let code = errno == 0 ? EINVAL : errno
                close(descriptor)
                throw WriterError(.sourceUnreadable(errno: code), path: url.path)
            }
            storage = .file(descriptor)
            size = Int(status.st_size)
        }
    }

    /// Closes the source file, if any.
    func release() {
        if case .file(let descriptor) = storage {
            close(descriptor)
        }
    }

    /// Whether the first `size` bytes of `descriptor` equal the source; the caller has already checked the sizes match.
    /// - Throws: `Errno` when a read fails.
    func matches(_ descriptor: Int32, scratch: UnsafeMutableRawBufferPointer) throws(Errno) -> Bool {
        let half = scratch.count / 2
        let theirs = UnsafeMutableRawBufferPointer(rebasing: scratch[..<half])
        let ours = UnsafeMutableRawBufferPointer(rebasing: scratch[half...])
        var offset = 0
        while offset < size {
            let length = min(half, size - offset)
            guard try POSIX.readFully(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: theirs[..<length]), at: offset) == length else {
                return false
            }
            let equal: Bool
            switch storage {
            case .bytes(let bytes):
                equal = bytes.withUnsafeBytes { memcmp(theirs.baseAddress!, $0.baseAddress! + offset, length) == 0 }
            case .file(let source):
                let chunk = UnsafeMutableRawBufferPointer(rebasing: ours[..<length])
                guard try POSIX.readFully(source, into: chunk, at: offset) == length else { return false }
                equal = memcmp(theirs.baseAddress!, ours.baseAddress!, length) == 0
            }
            guard equal else { return false }
            offset += length
        }
        return true
    }

    /// Writes the whole source to `descriptor`.
    /// - Throws: `Errno` when a read or write fails.
    func copy(to descriptor: Int32, scratch: UnsafeMutableRawBufferPointer) throws(Errno) {
        switch storage {
        case .bytes(let bytes):
            // withUnsafeBytes only rethrows untyped errors, so the Errno travels out in a Result.
            try bytes.withUnsafeBytes { buffer in
                Result { () throws(Errno) in try POSIX.writeAll(descriptor, buffer) }
            }.get()
        case .file(let source):
            var offset = 0
            while true {
                let count = try POSIX.readFully(source, into: scratch, at: offset)
                try POSIX.writeAll(descriptor, UnsafeRawBufferPointer(rebasing: scratch[..<count]))
                offset += count
                if count < scratch.count { return }
            }
        }
    }
}

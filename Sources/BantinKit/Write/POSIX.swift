#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the C calls the writers use, so failures keep their errno and symlinks are never followed by accident.
enum POSIX {
    /// Bytes per read when comparing or copying files.
    static let chunkSize = 32 * 1024

    /// The kind of a directory entry, as far as the writers care.
    enum Kind {
        case folder
        case other
    }

    /// `lstat` of `path`, or the errno it failed with.
    static func linkStatus(_ path: String) -> Result<stat, Errno> {
        var status = stat()
        return lstat(path, &status) == 0 ? .success(status) : .failure(Errno(errno))
    }

    /// Whether `status` describes a real folder (not a symlink to one).
    static func isFolder(_ status: stat) -> Bool {
        status.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `status` describes a regular file.
    static func isRegularFile(_ status: stat) -> Bool {
        status.st_mode & S_IFMT == S_IFREG
    }

    /// The entries of the folder at `path` (without "." and ".."), refusing to open it through a symlink.
    /// - Throws: `Errno` when the folder cannot be opened or read.
    static func entries(of path: String) throws(Errno) -> [(name: String, kind: Kind)] {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Errno(errno) }
        guard let folder = fdopendir(descriptor) else {
            let code = errno
            close(descriptor)
            throw Errno(code)
        }
        defer { closedir(folder) }
        var result: [(name: String, kind: Kind)] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw Errno(errno) }
                return result
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_UNKNOWN):
                // Some filesystems leave d_type unset; lstat answers without following links.
                if case .success(let status) = linkStatus(path + "/" + name), isFolder(status) {
                    kind = .folder
                } else {
                    kind = .other
                }
            default: kind = .other
            }
            result.append((name, kind))
        }
    }

    /// Reads exactly `buffer.count` bytes at `offset` unless the file ends first; returns how many were read.
    /// - Throws: `Errno` when a read fails.
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(Errno) -> Int {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if count < 0 {
                if errno == EINTR { continue }
                throw Errno(errno)
            }
            if count == 0 { break }
            done += count
        }
        return done
    }

    /// Writes all of `bytes`, retrying short writes.
    /// - Throws: `Errno` when a write fails.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) {
        var done = 0
        while done < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                throw Errno(errno)
            }
            done += count
        }
    }

    /// The whole contents of the file at `path`, following symlinks (sources may be links).
    /// - Parameter sizeLimit: the most bytes the file may have when opened.
    /// - Throws: `Errno` when the file cannot be opened, is not a regular file, or cannot be read;
    ///   `EFBIG` when it is larger than `sizeLimit`.
    static func readAll(_ path: String, sizeLimit: Int = .max) throws(Errno) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Errno(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Errno(errno) }
        guard isRegularFile(status) else { throw Errno(EINVAL) }
        guard Int(status.st_size) <= sizeLimit else { throw Errno(EFBIG) }
        // One byte more than the size: a read that fills it tells that the file grew since fstat, and it
        // is then read on to its end.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var offset = 0
        while true {
            let count = try bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(Errno) in try readFully(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[offset...]), at: offset) }
            }.get()
            offset += count
            if offset < bytes.count {
                bytes.removeLast(bytes.count - offset)
                return bytes
            }
            bytes += repeatElement(0, count: bytes.count)
        }
    }
}

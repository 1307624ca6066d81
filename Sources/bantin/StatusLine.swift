import Foundation

/// A status line on standard error: redrawn in place on a terminal, one line per update in a log.
final class StatusLine: @unchecked Sendable {
    private let lock = NSLock()
    private var visible = false

    /// Shows `text`, replacing the previous status on a terminal.
    func show(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if Terminal.isInteractive {
            FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
            visible = true
        } else {
            Terminal.error(text)
        }
    }

    /// Ends the line, so what follows starts on a line of its own.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if visible { FileHandle.standardError.write(Data("\n".utf8)) }
        visible = false
    }
}

import BantinKit
import Foundation

/// Writing to the person at the terminal: diagnostics, summary lines and the progress bar.
enum Terminal {
    /// True when standard error is a terminal (not a file or a CI log), so a progress bar can redraw itself.
    static let isInteractive = isatty(STDERR_FILENO) == 1

    /// Prints to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a line to standard output at once, not when a buffer fills: a long-running command's
    /// lines must show as they happen, also when the output goes to a file or a pipe.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics, each in the language of this run, a few hundred at a time: a site with
    /// 20,000 missing images is not 20,000 system calls, and 200,000 warnings (100,000 articles) are
    /// not first gathered into one text of 100 MB. The texts are made on every core, a window of
    /// chunks at a time, and written in order: made one after the other, 200,000 warnings kept the
    /// person waiting two thirds of a second after the site was written.
    static func print(_ diagnostics: [Diagnostic]) {
        let chunkCount = (diagnostics.count + chunkSize - 1) / chunkSize
        let window = ProcessInfo.processInfo.activeProcessorCount * 4
        for first in stride(from: 0, to: chunkCount, by: window) {
            let chunks = min(window, chunkCount - first)
            let texts = Parallel.map(chunks) { offset in
                let start = (first + offset) * chunkSize
                var text = ""
                for diagnostic in diagnostics[start..<min(start + chunkSize, diagnostics.count)] {
                    text += diagnostic.description
                    text += "\n"
                }
                return text
            }
            for text in texts { FileHandle.standardError.write(Data(text.utf8)) }
        }
    }

    /// How many diagnostics `print` writes at once: about 64 KB of text.
    private static let chunkSize = 256
}

extension [Diagnostic] {
    /// How many are errors, for the count line ("2 lỗi, 1 cảnh báo").
    var errorCount: Int { filter { $0.severity == .error }.count }
    /// How many are warnings.
    var warningCount: Int { count - errorCount }
}

/// A one-line progress bar on standard error, shown only on a terminal and only once a build has
/// taken longer than a moment, so quick builds print nothing but their summary.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var visible = false
    private let delay: TimeInterval = 0.4
    /// The longest stage name, so the bar stays in one place from stage to stage.
    private static let stageWidth = BuildStage.allCases.map { $0.text.count }.max() ?? 0

    /// Draws the bar for `progress` when it is worth drawing.
    func update(_ progress: BuildProgress) {
        guard Terminal.isInteractive else { return }
        lock.lock()
        defer { lock.unlock() }
        guard Date().timeIntervalSince(start) > delay else { return }
        let width = 30
        let fraction = progress.total > 0 ? Double(progress.completed) / Double(progress.total) : 0
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let language = Language.current
        let stage = CommandMessage.padded(progress.stageName(in: language), Self.stageWidth)
        let line = "\r\(stage) \(bar) \(Wording.number(progress.completed, in: language))/\(Wording.number(progress.total, in: language))\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
        visible = true
    }

    /// Clears the bar's line before the summary is printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if visible { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        visible = false
    }
}

import BantinKit

/// What the preview adds to an HTML page, and only in the preview (`bantin build` never writes it):
/// the live-reload script, the error overlay while the latest build has errors, and the draft or
/// scheduled banner.
///
/// It is added to the page's bytes as they are served, not through the templates, so a site's
/// templates need nothing for it.
enum PreviewDecoration {
    /// The path of the Server-Sent Events stream the script listens to.
    static let eventsPath = "/__bantin/events"

    /// `html` with the banner and overlay, written in `language`, after `<body …>` and the script
    /// before `</body>`.
    static func decorate(_ html: [UInt8], outputPath: String, site: PreviewSite, language: Language) -> [UInt8] {
        var top = ""
        if site.drafts.contains(outputPath) {
            top += banner(PreviewMessage.draftLabel.text(in: language), PreviewMessage.draftExplanation.text(in: language), color: "#b45309")
        }
        if site.scheduled.contains(outputPath) {
            top += banner(PreviewMessage.scheduledLabel.text(in: language), PreviewMessage.scheduledExplanation.text(in: language), color: "#1d4ed8")
        }
        if !site.diagnostics.isEmpty { top += overlay(site.diagnostics, language: language) }
        let script = self.script(generation: site.generation)

        var bytes = html
        let scriptAt = lastIndex(of: "</body", in: bytes) ?? bytes.endIndex
        bytes.insert(contentsOf: Array(script.utf8), at: scriptAt)
        if !top.isEmpty {
            var topAt = bytes.startIndex
            if let body = firstIndex(of: "<body", in: bytes), let close = bytes[body...].firstIndex(of: UInt8(ascii: ">")) {
                topAt = close + 1
            }
            bytes.insert(contentsOf: Array(top.utf8), at: topAt)
        }
        return bytes
    }

    /// The page served while no build has succeeded yet: the errors, or a note that the site is
    /// being built, and the script that reloads it when there is a site.
    static func waitingPage(site: PreviewSite, language: Language) -> [UInt8] {
        let note = site.diagnostics.isEmpty ? "<p>\(escaped(PreviewMessage.waitingForBuild.text(in: language)))</p>" : ""
        let page = "<!doctype html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"><title>bantin serve</title></head><body>\(note)\n</body></html>\n"
        return decorate(Array(page.utf8), outputPath: "", site: site, language: language)
    }

    /// Reloads the page when the preview's generation is no longer the one the page was served at;
    /// the stream sends the current generation as soon as it connects, so a rebuild that finished
    /// while the page was loading is not missed.
    static func script(generation: String) -> String {
        """
        <script>/* bantin serve: tải lại trang khi nội dung thay đổi */(function(){var g="\(generation)";\
        var s=new EventSource("\(eventsPath)");s.addEventListener("reload",function(e){if(e.data!==g){s.close();location.reload();}});})();</script>

        """
    }

    private static func banner(_ label: String, _ explanation: String, color: String) -> String {
        "<div class=\"bantin-preview-banner\" style=\"background:\(color);color:#fff;font:16px/1.4 system-ui,sans-serif;"
            + "padding:8px 16px;text-align:center\"><strong style=\"letter-spacing:.08em\">\(escaped(label))</strong> — \(escaped(explanation))</div>\n"
    }

    private static func overlay(_ diagnostics: [Diagnostic], language: Language) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        var html = "<div id=\"bantin-preview-errors\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:60vh;"
            + "overflow:auto;z-index:2147483647;background:#fff1f0;color:#5c0011;border-top:4px solid #cf1322;"
            + "box-shadow:0 -4px 16px rgba(0,0,0,.25);padding:12px 16px;font:14px/1.5 system-ui,sans-serif\">"
            + "<strong>\(escaped(PreviewMessage.overlayHeading(errors: errors).text(in: language)))</strong> \(escaped(PreviewMessage.overlayAdvice.text(in: language)))\n"
        for diagnostic in diagnostics {
            html += "<pre style=\"white-space:pre-wrap;margin:8px 0 0;font:13px/1.45 ui-monospace,monospace\">\(escaped(diagnostic.description(in: language)))</pre>\n"
        }
        return html + "</div>\n"
    }

    /// Text escaped for HTML element content and attribute values: the same escaping as the build's feeds.
    static func escaped(_ text: String) -> String {
        XMLText.escaped(text)
    }

    /// The index of the first `tag` (ASCII, matched without regard to case) followed by space or ">".
    private static func firstIndex(of tag: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(tag.utf8)
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where matches(needle, in: bytes, at: start) { return start }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
    }

    private static func lastIndex(of tag: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(tag.utf8)
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) where matches(needle, in: bytes, at: start) { return start }
        return nil
    }

    private static func matches(_ needle: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        for offset in needle.indices where lowercased(bytes[start + offset]) != needle[offset] { return false }
        let after = start + needle.count
        guard after < bytes.count else { return true }
        let next = bytes[after]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
    }
}

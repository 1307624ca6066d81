/// A YouTube or Facebook video link written alone on a line, shown as a box that loads nothing from the other site until a
/// reader clicks it (then `site.js` swaps in the player). Without JavaScript the box is a plain link to the video.
struct VideoEmbed: Sendable, Equatable {
    /// Where the video is.
    enum Provider: Sendable, Equatable {
        case youtube, facebook

        /// The site's name as readers know it.
        var name: String {
            switch self {
            case .youtube: "YouTube"
            case .facebook: "Facebook"
            }
        }
    }

    let provider: Provider
    /// The link as written, which the box links to.
    let watchURL: String
    /// The player's address, loaded only after the click: YouTube's no-cookie player, or Facebook's video plugin.
    let embedURL: String

    /// nil unless `url` is a YouTube video (`youtube.com/watch?v=`, `youtu.be/`, `/shorts/`, `/live/`, `/embed/`) or a
    /// Facebook video (`facebook.com/…/videos/…`, `facebook.com/watch?v=`, `/reel/`, `fb.watch/…`).
    init?(url: String) {
        // Every paragraph of text comes through here: reject by its bytes first, before any work on the whole text.
        guard !url.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
        else { return nil }
        let lowered = url.prefix(8).lowercased()
        let scheme = lowered.hasPrefix("https://") ? "https://" : lowered.hasPrefix("http://") ? "http://" : nil
        guard let scheme else { return nil }
        let rest = url.dropFirst(scheme.count)
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let host = rest[..<hostEnd].lowercased()
        let path = rest[hostEnd...]
        watchURL = url
        if let (id, start) = Self.youtubeVideo(host: host, path: path) {
            provider = .youtube
            embedURL = "https://www.youtube-nocookie.com/embed/\(id)?autoplay=1" + (start.map { "&start=\($0)" } ?? "")
        } else if Self.isFacebookVideo(host: host, path: path) {
            provider = .facebook
            embedURL = "https://www.facebook.com/plugins/video.php?href=\(Self.percentEncoded(url))&show_text=false&autoplay=true"
        } else {
            return nil
        }
    }

    /// The figure: a link box with a play mark and the provider's name, then the title as caption when the writer gave one.
    func html(title: [UInt8]?) -> [UInt8] {
        var html = Array(#"<figure class="video"><a class="video-mo" href=""#.utf8)
        HTMLEscaping.appendText(watchURL.utf8, to: &html)
        html += #"" data-video=""#.utf8
        HTMLEscaping.appendText(embedURL.utf8, to: &html)
        html += #""><span class="video-nut" aria-hidden="true">▶</span> Xem video trên \#(provider.name)</a>"#.utf8
        if let title, !title.isEmpty {
            html += "<figcaption>".utf8
            HTMLEscaping.appendText(title, to: &html)
            html += "</figcaption>".utf8
        }
        html += "</figure>".utf8
        return html
    }

    private static func youtubeVideo(host: String, path: Substring) -> (id: Substring, start: Int?)? {
        let query = path.firstIndex(of: "?").map { path[path.index(after: $0)...] } ?? ""
        let parameters = query.split(separator: "&").map { $0.split(separator: "=", maxSplits: 1) }
        let value = { (name: String) in parameters.first { $0.first == Substring(name) && $0.count == 2 }?.last }
        let pathOnly = path.prefix { $0 != "?" && $0 != "#" }
        let segments = pathOnly.split(separator: "/")
        let id: Substring?
        switch host {
        case "youtu.be":
            id = segments.first
        case "youtube.com", "www.youtube.com", "m.youtube.com", "www.youtube-nocookie.com":
            if segments == ["watch"] {
                id = value("v")
            } else if segments.count == 2, ["shorts", "live", "embed"].contains(segments[0]) {
                id = segments[1]
            } else {
                id = nil
            }
        default:
            id = nil
        }
        guard let id, id.count == 11,
              id.utf8.allSatisfy({ byte in
                  (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
              })
        else { return nil }
        return (id, (value("t") ?? value("start")).flatMap(seconds))
    }

    /// `90`, `90s`, `1m30s` or `1h2m3s` as seconds.
    private static func seconds(_ text: Substring) -> Int? {
        var total = 0
        var number = 0
        var hasDigits = false
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                number = number * 10 + digit
                hasDigits = true
                guard number < 1_000_000 else { return nil }
            } else if hasDigits, let unit = ["h": 3600, "m": 60, "s": 1][character] {
                total += number * unit
                number = 0
                hasDigits = false
            } else {
                return nil
            }
        }
        total += number
        return total > 0 ? total : nil
    }

    private static func isFacebookVideo(host: String, path: Substring) -> Bool {
        if host == "fb.watch" { return path.count > 1 }
        guard ["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"].contains(host) else { return false }
        let pathOnly = path.prefix { $0 != "?" && $0 != "#" }
        let segments = pathOnly.split(separator: "/")
        return segments.contains("videos") && segments.last != "videos" || segments.first == "reel" && segments.count == 2
            || segments == ["watch"] && path.contains("v=")
    }

    /// Everything but unreserved ASCII percent-encoded, so the link is one query value of Facebook's plugin address.
    private static func percentEncoded(_ text: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

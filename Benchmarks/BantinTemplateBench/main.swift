// Renders the default theme's article page (layout and partials included) N times through
// BantinTemplate and through swift-mustache, in alternating rounds, and prints the median time of each
// and their ratio. Run with scripts/bench-template.sh; not part of `make test`.
//
// swift-mustache gets the context the way bantin builds it today: dictionaries of `Any`, with every
// escaped text pre-escaped into a tag-less `MustacheTemplate` (see BantinKit's PreEscapedText), made
// once outside the timed loop. BantinTemplate gets the same values as `TemplateValue`.

import BantinTemplate
import Foundation
import Mustache

let arguments = CommandLine.arguments
let templatesFolder = arguments.count > 1 ? arguments[1] : "templates"
let renders = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5

/// Every `.mustache` file under the folder, by name.
func loadTemplates(_ folder: String) -> [(name: String, path: String, text: String)] {
    var files: [(name: String, path: String, text: String)] = []
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
        guard relative.hasSuffix(".mustache"),
              let text = try? String(contentsOfFile: folder + "/" + relative, encoding: .utf8) else { continue }
        files.append((String(relative.dropLast(".mustache".count)), "templates/" + relative, text))
    }
    return files.sorted { $0.name < $1.name }
}

/// An article summary as lists, "Các tin khác" and neighbours show it.
func summary(_ number: Int) -> TemplateValue {
    [
        "title": .text("Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ số \(number)"),
        "url": .text("/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-\(number)/"),
        "datetime": "2021-11-09T09:40:00+07:00", "time": "09:40 | 09/11/2021", "date": "09/11/2021",
        "lead": "Thời gian qua, Chi bộ Liên minh Hợp tác xã tỉnh đã triển khai nhiều mô hình & cách làm hay.",
        "cover": false,
        "thumbnail": ["src": .text("/media/2021/anh-hoi-nghi-\(number).jpg"), "width": 800, "height": 533],
        "category": ["name": "Chi bộ", "url": "/chuyen-muc/chi-bo/"],
    ]
}

let paragraph = "<p>Thực hiện Nghị quyết của Đảng ủy, Chi bộ đã lãnh đạo cán bộ, đảng viên thi đua &amp; "
    + "phát huy vai trò nêu gương, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p>\n"

let article: TemplateValue = [
    "site": [
        "title": "Liên minh Hợp tác xã tỉnh Bình Định", "tagline": "Đoàn kết – Hợp tác – Phát triển",
        "language": "vi", "base_url": "https://lmhtx.example/", "home_url": "/", "rss_url": "/rss.xml",
        "bulletins_url": "/ban-tin/", "achievements_url": false,
        "menu": .list(["Chi bộ", "Tin hoạt động", "Kinh tế tập thể", "Chính sách", "Gương điển hình", "Đoàn thể", "Văn bản", "Hỏi đáp"].map {
            ["name": .text($0), "url": .text("/chuyen-muc/\($0.count)/"), "slug": .text("c\($0.count)")]
        }),
        "contact": ["address": "Số 1 Lê Lợi, TP. Quy Nhơn", "phone": "0256 3 822 222", "email": "lienminh@example.vn"],
        "pages": [["title": "Giới thiệu", "url": "/gioi-thieu/"], ["title": "Liên hệ", "url": "/lien-he/"]],
        "has_pages": true,
    ],
    "page": [
        "title": "Những kết quả từ phong trào thi đua “Dân vận khéo”", "full_title": "Những kết quả … - Liên minh HTX",
        "description": "Thời gian qua, Chi bộ Liên minh Hợp tác xã tỉnh đã triển khai nhiều mô hình & cách làm hay.",
        "url": "/2021/11/nhung-ket-qua/", "canonical_url": "https://lmhtx.example/2021/11/nhung-ket-qua/",
        "encoded_url": "https%3A%2F%2Flmhtx.example%2F2021%2F11%2Fnhung-ket-qua%2F", "og_type": "article",
        "image": "https://lmhtx.example/media/2021/anh-hoi-nghi-1.jpg",
    ],
    "breadcrumb": [["name": "Trang chủ", "url": "/"], ["name": "Chi bộ", "url": "/chuyen-muc/chi-bo/"]],
    "has_breadcrumb": true,
    "article": {
        guard case .object(var object) = summary(1) else { fatalError() }
        object["cover"] = ["src": "/media/2021/anh-hoi-nghi-1.jpg", "alt": "Ảnh hội nghị", "caption": "Quang cảnh hội nghị", "width": 1200, "height": 800]
        object["body"] = .text(String(repeating: paragraph, count: 12))
        object["summary"] = "Thời gian qua, Chi bộ Liên minh Hợp tác xã tỉnh đã triển khai nhiều mô hình & cách làm hay."
        object["author"] = "Nguyễn Văn A"
        object["tags"] = .list(["dân vận khéo", "chi bộ", "thi đua"].map { ["name": .text($0), "url": .text("/tu-khoa/\($0.count)/")] })
        object["has_tags"] = true
        object["related"] = .list((2...6).map(summary))
        object["has_related"] = true
        object["newer"] = summary(7)
        object["older"] = summary(8)
        object["achievements"] = []
        object["has_achievements"] = false
        return .object(object)
    }(),
]

/// The value as BantinKit hands it to swift-mustache: escaped text as tag-less templates, except the
/// values the theme prints raw with `{{{…}}}`.
func mustacheContext(_ value: TemplateValue, key: String = "") -> Any {
    switch value {
    case .text(let text) where key == "body" || key == "note" || key == "chart":
        return text
    case .text(let text):
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "{", with: "&#123;")
        return (try? MustacheTemplate(string: escaped)) ?? escaped
    case .number(let number): return number
    case .bool(let flag): return flag
    case .list(let elements): return elements.map { mustacheContext($0) }
    case .object(let object): return Dictionary(uniqueKeysWithValues: object.fields.map { ($0.key, mustacheContext($0.value, key: $0.key)) })
    }
}

let files = loadTemplates(templatesFolder)
guard !files.isEmpty else {
    print("no templates in \(templatesFolder)")
    exit(1)
}
let library: TemplateLibrary
do {
    library = try TemplateLibrary(files: files)
} catch {
    print(error)
    exit(1)
}
var mustacheLibrary = MustacheLibrary()
for file in files { mustacheLibrary.register(try! MustacheTemplate(string: file.text), named: file.name) }
let legacyContext = mustacheContext(article)

let ours = library.render("article", article)
let theirs = mustacheLibrary.render(legacyContext, withTemplate: "article") ?? ""
print("article page: \(ours.utf8.count) bytes; identical output: \(ours == theirs)")

func seconds(_ body: () -> Int) -> (Double, Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let bytes = body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, bytes)
}

var bantinTimes: [Double] = []
var mustacheTimes: [Double] = []
for round in 1...rounds {
    let (bantin, bantinBytes) = seconds {
        var total = 0
        var buffer: [UInt8] = []
        for _ in 0..<renders {
            buffer.removeAll(keepingCapacity: true)
            library.render("article", article, into: &buffer)
            total += buffer.count
        }
        return total
    }
    let (mustache, mustacheBytes) = seconds {
        var total = 0
        for _ in 0..<renders { total += mustacheLibrary.render(legacyContext, withTemplate: "article")?.utf8.count ?? 0 }
        return total
    }
    bantinTimes.append(bantin)
    mustacheTimes.append(mustache)
    print(String(format: "round %d: BantinTemplate %.3f s, swift-mustache %.3f s (%d / %d bytes)", round, bantin, mustache, bantinBytes, mustacheBytes))
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count.isMultiple(of: 2) ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2 : sorted[sorted.count / 2]
}

let bantinMedian = median(bantinTimes)
let mustacheMedian = median(mustacheTimes)
print(String(format: "%d renders of article, median of %d rounds: BantinTemplate %.3f s (%.1f µs/page), swift-mustache %.3f s (%.1f µs/page): %.1f× faster",
             renders, rounds, bantinMedian, bantinMedian / Double(renders) * 1e6, mustacheMedian, mustacheMedian / Double(renders) * 1e6, mustacheMedian / bantinMedian))

/// An inline SVG bar chart of achievements: one horizontal bar per year, newest on top like the list
/// beside it, split into one segment per level.
///
/// Drawn in code rather than in a template because it is arithmetic. It needs no script and no file
/// from elsewhere, so it shows offline and in print; every segment and bar carries its number as text
/// and the levels run from dark to light, so it still reads on a black-and-white printer. Screen
/// readers get the same numbers from the table the page puts beside it.
struct AchievementChart {
    /// The years to draw, newest first.
    let years: [AchievementIndex.Year]
    /// The chart's accessible name.
    let title: String

    /// The id of the chart's `<title>`, which names it for assistive technology.
    static let titleID = "bieu-do-thanh-tich"

    private static let width = 640
    private static let labelWidth = 56
    private static let barSpace = 520
    private static let rowHeight = 30
    private static let barHeight = 20
    private static let legendSlotWidth = 200
    private static let legendRowHeight = 24
    private static let ink = "#08306b"

    /// The chart as an `<svg>` element to put straight into the page.
    func svg() -> String {
        let levels = AchievementLevel.allCases.filter { level in years.contains { $0.count(at: level) > 0 } }
        let largest = max(1, years.map(\.count).max() ?? 1)
        let legendTop = years.count * Self.rowHeight + 16
        let legendRows = (levels.count + 2) / 3
        let height = legendTop + legendRows * Self.legendRowHeight + 4
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"achievement-chart\" viewBox=\"0 0 \(Self.width) \(height)\""
        svg += " width=\"\(Self.width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(Self.titleID)\">\n"
        svg += "<title id=\"\(Self.titleID)\">\(XMLText.escaped(title))</title>\n"
        svg += "<g font-size=\"13\" fill=\"currentColor\">\n"
        for (row, year) in years.enumerated() {
            let top = row * Self.rowHeight + 4
            let baseline = top + Self.barHeight / 2 + 5
            svg += "<text x=\"\(Self.labelWidth - 8)\" y=\"\(baseline)\" text-anchor=\"end\">\(year.year)</text>\n"
            var before = 0
            for level in levels {
                let count = year.count(at: level)
                guard count > 0 else { continue }
                // Positions come from running totals, so segments meet without gaps or overlaps.
                let start = Self.labelWidth + Self.barSpace * before / largest
                let end = Self.labelWidth + Self.barSpace * (before + count) / largest
                before += count
                svg += "<rect x=\"\(start)\" y=\"\(top)\" width=\"\(end - start)\" height=\"\(Self.barHeight)\""
                svg += " fill=\"\(Self.fill(level))\" stroke=\"\(Self.ink)\"><title>\(XMLText.escaped(level.name)): \(count)</title></rect>\n"
                if end - start >= 24 {
                    svg += "<text x=\"\((start + end) / 2)\" y=\"\(baseline)\" text-anchor=\"middle\" fill=\"\(Self.textColor(level))\">\(count)</text>\n"
                }
            }
            let barEnd = Self.labelWidth + Self.barSpace * before / largest
            svg += "<text x=\"\(barEnd + 6)\" y=\"\(baseline)\" font-weight=\"bold\">\(year.count)</text>\n"
        }
        for (slot, level) in levels.enumerated() {
            let left = Self.labelWidth + (slot % 3) * Self.legendSlotWidth
            let top = legendTop + (slot / 3) * Self.legendRowHeight
            svg += "<rect x=\"\(left)\" y=\"\(top)\" width=\"14\" height=\"14\" fill=\"\(Self.fill(level))\" stroke=\"\(Self.ink)\"/>\n"
            svg += "<text x=\"\(left + 20)\" y=\"\(top + 12)\">\(XMLText.escaped(AchievementIndexPage.capitalized(level.name)))</text>\n"
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// Blues from dark (the highest level) to light, far enough apart to tell in grey.
    private static func fill(_ level: AchievementLevel) -> String {
        switch level {
        case .centralGovernment: "#08306b"
        case .ministry: "#08519c"
        case .province: "#2171b5"
        case .district: "#6baed6"
        case .commune: "#9ecae1"
        case .grassroots: "#c6dbef"
        }
    }

    private static func textColor(_ level: AchievementLevel) -> String {
        level >= .district ? ink : "#ffffff"
    }
}

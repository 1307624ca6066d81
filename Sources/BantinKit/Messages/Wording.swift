/// Numbers and counted nouns as each language writes them, for the catalogue's texts.
///
/// Vietnamese groups thousands with "." and writes decimals with ",", and its nouns do not change with
/// the number ("1 bài", "12 bài"); English groups with "," and says "1 article" but "12 articles".
public enum Wording {
    /// "10.000" in Vietnamese, "10,000" in English.
    public static func number(_ value: Int, in language: Language) -> String {
        let digits = String(value.magnitude)
        let separator: Character = language == .vietnamese ? "." : ","
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// "12 bài": a Vietnamese count, the noun unchanged.
    public static func vietnamese(_ count: Int, _ noun: String) -> String {
        "\(number(count, in: .vietnamese)) \(noun)"
    }

    /// "1 article", "12 articles"; `plural` defaults to the singular with "s".
    public static func english(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(number(count, in: .english)) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    /// `value` (not negative) rounded to `places` decimals (at least 1), written as `language` writes
    /// decimals: "1.234,5" in Vietnamese, "1,234.5" in English.
    public static func decimal(_ value: Double, places: Int, in language: Language) -> String {
        let places = max(places, 1)
        let scale = (0..<places).reduce(1) { scale, _ in scale * 10 }
        let scaled = Int((max(value, 0) * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        let padded = String(repeating: "0", count: places - fraction.count) + fraction
        return "\(number(scaled / scale, in: language))\(language == .vietnamese ? "," : ".")\(padded)"
    }

    /// Seconds with two decimals: "1,25 giây", "1.25 s".
    public static func seconds(_ duration: Duration, in language: Language) -> String {
        let text = decimal(seconds(of: duration), places: 2, in: language)
        return language == .vietnamese ? text + " giây" : text + " s"
    }

    /// Milliseconds with one decimal, as the preview's rebuilds are timed: "88,6 ms", "88.6 ms"
    /// (Vietnamese writes the unit the same way).
    public static func milliseconds(_ duration: Duration, in language: Language) -> String {
        decimal(seconds(of: duration) * 1000, places: 1, in: language) + " ms"
    }

    /// The items joined as each language lists them: "a, b và c", "a, b and c".
    public static func list(_ items: [String], in language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let last = language == .vietnamese ? " và " : " and "
        return items.dropLast().joined(separator: ", ") + last + items[items.count - 1]
    }

    private static func seconds(of duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

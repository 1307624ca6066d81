extension Wording {
    /// A size with one decimal from 1000 bytes up: "950 B", "12,3 KB", "4,5 MB" in Vietnamese,
    /// "12.3 KB" in English (units of 1024, as file managers show them).
    public static func bytes(_ count: Int64, in language: Language) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard count >= 1000 else { return "\(number(Int(count), in: language)) B" }
        var value = Double(count) / 1024
        var unit = 0
        // Rounded first, so 999,96 KB becomes "1,0 MB" rather than "1000,0 KB".
        while (value * 10).rounded() >= 10_000, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return "\(decimal(value, places: 1, in: language)) \(units[unit])"
    }
}

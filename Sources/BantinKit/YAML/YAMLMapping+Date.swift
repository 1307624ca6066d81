import Foundation

extension YAMLMapping {
    /// A date field parsed strictly, day first, in `timeZone`; a bad value is recorded at its column.
    mutating func date(_ key: String, in timeZone: TimeZone) -> Date? {
        guard let text = string(key), let node = node(key) else { return nil }
        do {
            return try SiteDate.parse(text, in: timeZone)
        } catch {
            record(source.error(at: node, error, columnOffset: error.offset))
            return nil
        }
    }
}

import BantinTemplate

/// A list that many pages show and a change moves for all of them at once: "Các tin khác", the
/// newest articles of a category, on each of its 2,000 article pages. An article dated anew at the
/// top of its category changes that list on every one of them, and nothing else on most.
///
/// Each page of the template is rendered recording where the list went (`PlaceRange`). When a page's
/// only change is its list, one page with the same new list is rendered, and the others take its
/// list's bytes in place of their old list's. That gives the bytes a render would when the list's
/// output depends on its articles alone: every field the template may read there is a field of each
/// of the list's summaries (so no name is looked up outside them), the section is the same tag in the same
/// surroundings, and the byte before it is the same (where its first line's indentation depends on it).
enum SharedList {
    /// The place of the shared list in each template's context that has one.
    static let places: [String: TemplatePlace] = [ArticlePage.template: ArticlePage.relatedPlace]

    /// A shared list of a template, and the fields the template may read of its articles there.
    struct Spliceable: Sendable {
        let place: TemplatePlace
        let fields: Set<String>

        /// True when each of `articles`' summaries has every field read: then no name read in the list
        /// is looked up around it, and its bytes are the same on every page.
        func shows(_ articles: [Int], of summaries: [Encoded<ArticleSummary>]) -> Bool {
            articles.allSatisfy { article in
                guard case .object(let object) = summaries[article].value else { return false }
                return fields.allSatisfy { object[$0] != nil }
            }
        }
    }

    /// The shared lists of these templates whose fields read are known, by template.
    static func spliceable(templates: TemplateSet) -> [String: Spliceable] {
        var spliceable: [String: Spliceable] = [:]
        for (name, place) in places {
            if let fields = templates.library.fieldsRead(by: name, at: place.path) { spliceable[name] = Spliceable(place: place, fields: fields) }
        }
        return spliceable
    }

    /// `cached` with its lists replaced by those `donor` rendered, when both wrote them with the same
    /// sections in the same surroundings, one after another, each after the same byte; nil otherwise.
    static func splice(
        _ cached: (bytes: [UInt8], ranges: [PlaceRange]), with donor: (bytes: [UInt8], ranges: [PlaceRange])
    ) -> (bytes: [UInt8], ranges: [PlaceRange])? {
        let old = cached.ranges
        let new = donor.ranges
        guard !old.isEmpty, old.count == new.count, isOrdered(old), isOrdered(new) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cached.bytes.count + new.reduce(0) { $0 + $1.bytes.count } - old.reduce(0) { $0 + $1.bytes.count })
        var ranges: [PlaceRange] = []
        var position = 0
        for (before, after) in zip(old, new) {
            guard before.node == after.node, before.bytes.lowerBound > 0, after.bytes.lowerBound > 0,
                  before.bytes.upperBound <= cached.bytes.count, after.bytes.upperBound <= donor.bytes.count,
                  cached.bytes[before.bytes.lowerBound - 1] == donor.bytes[after.bytes.lowerBound - 1]
            else { return nil }
            bytes += cached.bytes[position..<before.bytes.lowerBound]
            let start = bytes.count
            bytes += donor.bytes[after.bytes]
            ranges.append(PlaceRange(node: before.node, bytes: start..<bytes.count))
            position = before.bytes.upperBound
        }
        bytes += cached.bytes[position...]
        return (bytes, ranges)
    }

    /// True when each range ends before the next starts (a list rendered inside itself overlaps).
    private static func isOrdered(_ ranges: [PlaceRange]) -> Bool {
        zip(ranges, ranges.dropFirst()).allSatisfy { $0.bytes.upperBound <= $1.bytes.lowerBound }
    }
}

/// Templates that include or extend each other with no section or block in between: each such cycle
/// would recurse on every render, whatever the data, so it is reported instead of rendered.
struct TemplateCycles {
    /// One step of a cycle: the template, and where in it the next one is named.
    struct Step: Equatable {
        let template: Int
        let offset: Int
    }

    /// Each cycle once, starting from its template that comes first in file order.
    private(set) var cycles: [[Step]] = []

    /// Finds the cycles among the unguarded `references` of each template (by template number).
    /// Depth-first, with an explicit stack, so a long chain of partials cannot overflow the call stack.
    init(references: [[TemplateParser.Reference]]) {
        let edges = references.map { $0.filter { !$0.guarded } }
        enum Mark { case unvisited, onPath, done }
        var marks = Array(repeating: Mark.unvisited, count: edges.count)
        var seen = Set<[Int]>()
        for root in edges.indices where marks[root] == .unvisited {
            // Each entry: a template on the current path and the index of its next edge to follow.
            var path: [(template: Int, next: Int)] = [(root, 0)]
            marks[root] = .onPath
            while let (template, next) = path.last {
                guard next < edges[template].count else {
                    marks[template] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = edges[template][next].template
                switch marks[target] {
                case .unvisited:
                    marks[target] = .onPath
                    path.append((target, 0))
                case .onPath:
                    let start = path.firstIndex { $0.template == target }!
                    let steps = path[start...].map { Step(template: $0.template, offset: edges[$0.template][$0.next - 1].offset) }
                    let first = steps.indices.min { steps[$0].template < steps[$1].template }!
                    let rotated = Array(steps[first...] + steps[..<first])
                    if seen.insert(rotated.map(\.template)).inserted { cycles.append(rotated) }
                case .done:
                    break
                }
            }
        }
    }
}

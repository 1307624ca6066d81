/// The help of `bantin publish`: its summary, its longer explanation and one text per argument.
public enum PublishHelp: Hashable, Sendable, CaseIterable, CatalogueMessage {
    case abstract
    case discussion
    case target
    case dryRun
    case output
    case identity
    case knownHosts
    case caFile

    public var key: Self { self }

    public static func example(of key: Self) -> Self { key }
}

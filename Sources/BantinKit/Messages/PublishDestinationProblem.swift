/// Why the TARGET of `bantin publish TARGET` names no place to publish to.
///
/// `BantinPublish` calls it `PublishDestination.Problem`; it is declared here so that the catalogue
/// of each language holds every message.
public enum PublishDestinationProblem: Error, Equatable, Sendable, CatalogueMessage {
    /// A bare word that is not a name in `publish:`; `known` lists the names there are.
    case unknownName(String, known: [String])
    /// An address that cannot be read.
    case badAddress(String, PublishAddress.Problem)

    /// What is wrong and what to write instead, in the language of this run.
    public var message: String { text }
}

extension PublishDestinationProblem {
    public enum Key: CaseIterable, Sendable {
        case unknownName, unknownNameWithoutTargets, badAddress
    }

    public var key: Key {
        switch self {
        case .unknownName(_, let known): known.isEmpty ? .unknownNameWithoutTargets : .unknownName
        case .badAddress: .badAddress
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .unknownName: .unknownName("chnh", known: ["chinh", "du-phong"])
        case .unknownNameWithoutTargets: .unknownName("chinh", known: [])
        case .badAddress: .badAddress("sftp://tin@host.vn", .missingPath)
        }
    }
}

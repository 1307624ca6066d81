import BantinKit
import Foundation

/// The target a `bantin publish TARGET` argument means: a name from `site.yml`'s `publish:`, or an address.
public struct PublishDestination: Sendable, Equatable {
    /// Why the argument names no target; its texts are in the catalogue.
    public typealias Problem = PublishDestinationProblem

    /// The name from `site.yml`, when the argument was one.
    public var name: String?
    /// Where the files go.
    public var address: PublishAddress

    /// Creates a destination.
    public init(name: String?, address: PublishAddress) {
        self.name = name
        self.address = address
    }

    /// Reads the argument: a name in `named` wins; otherwise anything with "://" or "/" is an address
    /// (a relative folder is taken from `workingFolder`), and a bare word is an unknown name, since
    /// a typo in a name must not quietly become a new folder.
    /// - Parameter root: the site folder, which relative folders in `site.yml` start from.
    /// - Throws: `Problem`.
    public init(choosing argument: String, named: [String: PublishAddress], root: URL, workingFolder: URL) throws(Problem) {
        if let address = named[argument] {
            self.init(name: argument, address: address.resolved(against: root))
            return
        }
        guard argument.contains("://") || argument.contains("/") else {
            throw .unknownName(argument, known: named.keys.sorted())
        }
        do throws(PublishAddress.Problem) {
            self.init(name: nil, address: try PublishAddress(parsing: argument, relativeTo: workingFolder))
        } catch {
            throw .badAddress(argument, error)
        }
    }

    /// How messages name the target: "chinh (sftp://tin@host.vn/var/www/tin)" or just the address.
    public var label: String {
        name.map { "\($0) (\(address))" } ?? address.description
    }
}

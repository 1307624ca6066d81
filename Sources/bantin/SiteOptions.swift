import ArgumentParser
import BantinKit
import Foundation

/// Flags shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CommandHelp.siteRoot.text, valueName: CommandHelp.folderValue.text))
    var root: String = "."

    @Flag(name: .long, help: ArgumentHelp(CommandHelp.siteDrafts.text))
    var drafts = false

    @Flag(name: .long, help: ArgumentHelp(CommandHelp.siteFuture.text))
    var future = false

    /// The root as an absolute URL.
    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(CommandMessage.noSiteFolder(path: rootURL.path).text)
        }
        guard FileManager.default.fileExists(atPath: rootURL.appendingPathComponent("content/site.yml").path) else {
            throw ValidationError(CommandMessage.noSiteSettings(path: rootURL.path).text)
        }
    }
}

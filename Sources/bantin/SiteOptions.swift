import ArgumentParser
import Foundation

/// Flags shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, which holds content/ and templates/.", valueName: "DIR"))
    var root: String = "."

    @Flag(name: .long, help: "Include articles and pages marked `draft: true`.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated after now.")
    var future = false

    /// The root as an absolute URL.
    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("no folder at \(rootURL.path); --root must be the site folder (it holds content/ and templates/)")
        }
        guard FileManager.default.fileExists(atPath: rootURL.appendingPathComponent("content/site.yml").path) else {
            throw ValidationError("\(rootURL.path) has no content/site.yml; run bantin in the site folder or pass --root DIR")
        }
    }
}

// The English catalogue: finding and reading the site's files.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LoadProblem {
    var english: String {
        switch self {
        case .unreadableFolder(let code):
            "cannot open this folder (\(Self.englishReason(code))); the files in it would be missing from the site. Give the folder read permission (chmod a+rx) and run again"
        case .unreadableFile(let code):
            "cannot read this file's details (\(Self.englishReason(code))); check the file's permissions"
        case .unicodeTwin(let other):
            "this file name is the same as \"\(other)\": the same letters, but its accents are encoded in another Unicode form (NFD and NFC), so both files would get one address. Rename or delete one of them"
        case .linkIntoOutput(let target):
            "skipped: symbolic link points into bantin's output folder (\(target)); following it would publish the old site nested in the new one at every build. Delete this link"
        case .linkToEnclosingFolder(let target):
            "skipped: symbolic link points to a folder that holds it (\(target)); following it would never end. Delete this link"
        }
    }

    /// Why the system refused: reading, so a refused permission is "no permission to read it"; the
    /// other reasons as `SystemErrorText` words them.
    static func englishReason(_ code: Int32) -> String {
        code == EACCES || code == EPERM ? "no permission to read it" : SystemErrorText.describe(code, in: .english)
    }
}

extension LoadMessage {
    public var english: String {
        switch self {
        case .configIsFolder:
            "this is a folder, but site.yml must be a text file holding the site's settings (title, base_url…); rename this folder and create the file content/site.yml"
        case .configMissing(let root):
            "the site settings file is missing; is \(root) a bantin site (with content/ and templates/)? Run bantin in the site's folder, or create a new site with bantin init"
        case .configUnreadable(let reason, let root):
            "cannot read the site settings (\(reason.text(in: .english))); check the file's read permission, and whether \(root) is a bantin site (with content/ and templates/)"
        case .linkOutsideSite(let target):
            "skipped: symbolic link points outside the site folder (\(target)); copy the files it needs into the site folder"
        case .fileUnreadable(let reason):
            "cannot read this file (\(reason.text(in: .english))); check the file's read permission"
        case .fileTooLarge(let megabytes, let limit):
            "file too large (\(Wording.number(megabytes, in: .english)) MB); bantin reads text files of up to \(Wording.number(limit, in: .english)) MB. Split the text into several articles, or put large files in content/media/"
        case .notUTF8(let byte):
            "file is not valid UTF-8 (byte \(byte) here); open it and save it again as UTF-8"
        }
    }
}

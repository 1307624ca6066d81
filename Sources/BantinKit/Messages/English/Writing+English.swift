// The English catalogue: writing the site, and the files `bantin init` and `bantin new` create.

extension WriterError {
    public var english: String {
        switch reason {
        case .outputIsFilesystemRoot:
            "Refusing to use '\(path)' as the output folder: it is the filesystem root."
        case .outputIsHomeFolder:
            "Refusing to use '\(path)' as the output folder: it is your home folder."
        case .outputHoldsProjectRoot:
            "Refusing to use '\(path)' as the output folder: it holds the project itself."
        case .outputInsideSources:
            "Refusing to use '\(path)' as the output folder: it is inside content/ or templates/."
        case .outputNotAFolder:
            "Cannot use '\(path)' as the output folder: something other than a folder is there."
        case .outputNotOwned:
            "Refusing to use '\(path)' as the output folder: it is not empty and has no .bantin-output marker, "
                + "so bantin would delete files it did not create. Empty it or choose another folder."
        case .absolutePath:
            "Output path '\(path)' must be relative, not absolute."
        case .emptySegment:
            "Output path '\(path)' is empty or has an empty segment."
        case .dotSegment:
            "Output path '\(path)' must not contain '.' or '..' segments."
        case .forbiddenCharacter:
            "Output path '\(path)' contains a backslash or NUL character."
        case .reservedName:
            "Output path '\(path)' uses a name reserved by bantin."
        case .duplicatePath:
            "Two files would be written to '\(path)'."
        case .pathConflict:
            "Output path '\(path)' is needed both as a file and as a folder."
        case .sourceUnreadable(let code):
            "Cannot read '\(path)' to copy it: \(SystemErrorText.describe(code, in: .english))."
        case .readFailed(let code):
            "Cannot read '\(path)': \(SystemErrorText.describe(code, in: .english))."
        case .writeFailed(let code):
            "Cannot write '\(path)': \(SystemErrorText.describe(code, in: .english))."
        case .removeFailed(let code):
            "Cannot remove '\(path)': \(SystemErrorText.describe(code, in: .english))."
        case .outsideOutput:
            "Refusing to touch '\(path)': it is outside the output folder."
        }
    }
}

extension SiteScaffoldError {
    public var english: String {
        switch reason {
        case .alreadyASite(let existing):
            "the folder \(folder) already has \(existing)/, so a site is there already; bantin init never writes over a site. Choose another folder or an empty one, for example: bantin init trang-moi"
        case .notAFolder:
            "\(folder) is a file, not a folder; choose another folder for the new site"
        case .fileExists(let path):
            "\(folder)/\(path) already exists; bantin init never writes over a file. Choose an empty folder"
        case .badName:
            "the site's name (--name) is empty or has a line break; write the name on one line, for example: --name \"Hội Nông dân tỉnh An Giang\""
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason.text(in: .english))"
        }
    }
}

extension ScaffoldError.Problem {
    public var english: String {
        switch self {
        case .titleWithoutLetters(let title):
            "the title \"\(title)\" has no letters or digits to make a file name from"
        case .badDate(let written, let error):
            "--date \"\(written)\": \(error.english)"
        case .badMonth(let month):
            "--bulletin takes a month written YYYY-MM, like 2021-11, not \"\(month)\""
        case .cannotCreateFolder(let path, let reason):
            "cannot create \(path): \(reason.text(in: .english))"
        case .fileExists(let path):
            "\(path) already exists; bantin new never overwrites a file. Choose another title or edit that file."
        case .cannotCreate(let path, let code):
            "cannot create \(path): \(SystemErrorText.describe(code, in: .english))"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason.text(in: .english))"
        }
    }
}

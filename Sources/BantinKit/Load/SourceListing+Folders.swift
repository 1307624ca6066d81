extension SourceListing {
    /// Whether any listed file is inside `folder`.
    func contains(folder: String) -> Bool {
        let prefix = folder + "/"
        return articles.contains { $0.path.hasPrefix(prefix) } || pages.contains { $0.path.hasPrefix(prefix) }
            || bulletins.contains { $0.path.hasPrefix(prefix) }
            || templates.contains { $0.path.hasPrefix(prefix) } || staticFiles.contains { $0.entry.path.hasPrefix(prefix) }
    }
}

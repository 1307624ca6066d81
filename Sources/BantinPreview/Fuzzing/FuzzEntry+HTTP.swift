/// What the HTTP fuzzer in `Fuzz/` and `FuzzRegressionTests` call with arbitrary bytes.
public enum PreviewFuzzEntry {
    /// The request-head parser, and the questions the server then asks of a head.
    public static func requestHead(_ bytes: [UInt8]) {
        guard let head = try? HTTPRequestHead(bytes[...]) else { return }
        _ = head.keepsAlive
    }
}

/// bantin's version: the one place it is written. `bantin --version` prints it, and `make dist`
/// reads it from this file to name the archive (`dist/bantin-VERSION-linux-x86_64.tar.gz`).
public enum BantinVersion {
    /// The version, e.g. "0.1.0"; keep the `current = "…"` form, which the Makefile reads.
    public static let current = "0.1.0"
}

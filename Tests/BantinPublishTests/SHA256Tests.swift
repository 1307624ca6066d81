@testable import BantinPublish
import Foundation
import Testing

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("Liên minh Hợp tác xã", "5c8d074f495c66de4b075e2056f53e6d32c03f86930dbc7dc9c4d07f7555fcdb"),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func matchesKnownDigests(text: String, digest: String) {
        #expect(SHA256.hex(of: Array(text.utf8)) == digest)
    }

    /// Lengths around the 55/56/64-byte padding edges, fed in two pieces split at every point,
    /// give the digest of the whole.
    @Test(arguments: [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 200])
    func piecesHashLikeTheWhole(length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(of: bytes)
        for split in 0...length {
            var hash = SHA256()
            bytes[..<split].withUnsafeBytes { hash.update($0) }
            bytes[split...].withUnsafeBytes { hash.update($0) }
            #expect(hash.hexDigest() == whole, "split at \(split)")
        }
    }
}

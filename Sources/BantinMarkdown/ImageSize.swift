/// An image's size in CSS pixels, written on `<img>` as `width` and `height` so the browser keeps its
/// place before it arrives and the text does not jump.
public struct ImageSize: Sendable, Equatable, Hashable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

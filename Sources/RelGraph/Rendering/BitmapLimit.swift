/// The largest PNG relgraph asks Graphviz for: 16,384 pixels on a side and 64 million pixels in all.
///
/// Cairo holds the whole bitmap in memory, four bytes a pixel, and fails past 32,767 pixels on a side;
/// an archive of thousands of actors laid out at full size asked it for 27,000 pixels across, gigabytes
/// and a minute before a crash. 64 million pixels is 256 MiB of bitmap, past any screen or page, where
/// SVG or PDF draw the same picture at any size. The size is known once the layout is done, before
/// cairo is asked, so the refusal costs the layout only.
struct BitmapLimit {
    static let maximumSide = 16_384
    static let maximumPixels = 64 << 20
    /// Graphviz's cairo plugin draws at 96 dots an inch (its default, which relgraph keeps); layouts are in points.
    static let dotsPerPoint = 96.0 / 72.0

    /// The bitmap's width and height, in pixels, for a layout whose bounding box (Graphviz's `bb`
    /// attribute, "llx,lly,urx,ury" in points) is `boundingBox`, plus the padding on every side (inches).
    static func size(boundingBox: String, padInches: Double) -> (width: Int, height: Int)? {
        let numbers = boundingBox.split { $0 == "," || $0 == " " }.compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        let pad = 2 * padInches * 72
        let width = ((numbers[2] - numbers[0]).magnitude + pad) * dotsPerPoint
        let height = ((numbers[3] - numbers[1]).magnitude + pad) * dotsPerPoint
        guard width.isFinite, height.isFinite, width < 1e12, height < 1e12 else { return (.max, .max) }
        return (Int(width.rounded(.up)), Int(height.rounded(.up)))
    }

    /// True when a bitmap of this size may be drawn.
    static func allows(width: Int, height: Int) -> Bool {
        width <= maximumSide && height <= maximumSide && width.multipliedReportingOverflow(by: height).partialValue <= maximumPixels
    }
}

import Foundation

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

    /// The memory cairo's bitmap takes, four bytes a pixel, with half as much again for what drawing and
    /// encoding it hold at the same time (glyph caches, the PNG being written): six bytes a pixel.
    static func bytesNeeded(width: Int, height: Int) -> Int {
        let pixels = width.multipliedReportingOverflow(by: height)
        let bitmap = pixels.partialValue.multipliedReportingOverflow(by: 6)
        guard width >= 0, height >= 0, !pixels.overflow, !bitmap.overflow else { return .max }
        return bitmap.partialValue
    }

    /// True when the process can get `bytes` now: mapped and unmapped at once, as `malloc` maps a block this large.
    ///
    /// Graphviz's cairo plugin does not check the surface cairo returns, so under a memory limit (`ulimit -v`,
    /// a container) a bitmap cairo cannot allocate is a crash inside cairo rather than an error; asking first
    /// turns it into one. Without a limit the system may promise memory it lacks, and the probe then says yes.
    /// `mmap` rather than `malloc` and `free`, which the optimiser removes as a pair when nothing reads the block.
    static func memoryAvailable(bytes: Int) -> Bool {
        guard bytes > 0, bytes < Int.max else { return false }
        let block = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let block, block != MAP_FAILED else { return false }
        munmap(block, bytes)
        return true
    }
}

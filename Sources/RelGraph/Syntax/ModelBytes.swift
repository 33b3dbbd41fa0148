/// Bytes of a model, read in place: either embedded in the binary or built in memory by training.
///
/// Embedded models are never copied: the tables are probed where the loader mapped them, so a language's
/// model costs nothing until an article of that language is parsed, and then only the pages it touches.
final class ModelBytes: @unchecked Sendable {
    let base: UnsafeRawBufferPointer
    private let owned: UnsafeMutableRawBufferPointer?
    /// The bytes are a model linked into the binary, whose every bucket the test suite checks
    /// (`SyntaxModelTests`): opening it reads only the headers, so that start-up does not page in and walk
    /// the whole file.
    let isLinked: Bool

    /// Bytes that outlive the process's use of them, such as data linked into the binary.
    /// - Parameter linked: the bytes are one of the models built into this binary.
    init(static base: UnsafeRawBufferPointer, linked: Bool = false) {
        self.base = base
        owned = nil
        isLinked = linked
    }

    /// A copy of `bytes`, aligned as the linked models are, so that each bucket of a weight table is one cache line.
    init(copying bytes: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 64)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        owned = buffer
        base = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<bytes.count])
        isLinked = false
    }

    deinit { owned?.deallocate() }

    var count: Int { base.count }

    @inline(__always)
    func u32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    func u64(at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    func i16(at offset: Int) -> Int16 {
        Int16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int16.self))
    }

    @inline(__always)
    func u8(at offset: Int) -> UInt8 {
        base.load(fromByteOffset: offset, as: UInt8.self)
    }

    @inline(__always)
    func u16(at offset: Int) -> UInt16 {
        UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
}

/// Appends little-endian numbers to a byte array: the writing half of `ModelBytes`.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func i16(_ value: Int16) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func append(_ other: [UInt8]) { bytes += other }

    /// Pads with zeros to a multiple of 8 bytes, so the next table's words are aligned.
    mutating func align() {
        align(to: 8)
    }

    /// Pads with zeros to a multiple of `boundary` bytes.
    mutating func align(to boundary: Int) {
        while bytes.count % boundary != 0 { bytes.append(0) }
    }
}
